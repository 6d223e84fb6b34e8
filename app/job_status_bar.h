#pragma once
// Status-bar widget for background jobs: what runs, a progress bar with %, the ETA and a cancel button (for a
// job that runs more than kBarDelayMs); and the confirmations and errors the analyst must be able to read,
// kept for a few seconds whatever jobs end.
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
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
    static constexpr int kNoticeMs = 8000;
    static constexpr int kBarDelayMs = 400; // a job's progress bar and Cancel appear once it runs this long

    void track(jobs::JobRunner* job);
    // Shown for kNoticeMs even if a job starts or ends meanwhile (a job's progress shows beside it).
    void notify(const QString& message);
    QString text() const;
    bool showsProgress() const; // the bar and Cancel are shown

private:
    void idle(const QString& message);
    void showText();

    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
    QTimer* m_noticeTimer;
    QTimer* m_barTimer;
    QString m_jobText;
    QString m_notice;
    jobs::JobRunner* m_current = nullptr;
};

} // namespace near2::app
