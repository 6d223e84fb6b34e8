#pragma once
// Status-bar widget for background jobs: what runs, a progress bar with %, the ETA and a cancel button.
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace near2::jobs {
class JobRunner;
}

namespace near2::app {

class JobStatusBar final : public QWidget
{
    Q_OBJECT
public:
    explicit JobStatusBar(QWidget* parent = nullptr);
    void track(jobs::JobRunner* job);

private:
    void idle(const QString& message);

    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
    jobs::JobRunner* m_current = nullptr;
};

} // namespace near2::app
