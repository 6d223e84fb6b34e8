#pragma once
#include <QDialog>

class QTextBrowser;

namespace near2::app {

// Help → User guide: docs/user-guide.md and its screenshots, compiled into the resources, so the guide works
// installed and offline. Links to web pages open in the browser.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace near2::app
