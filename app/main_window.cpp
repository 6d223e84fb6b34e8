#include "app/main_window.h"

#include <QLabel>

#include "widgets/about_text.h"

namespace near2::app {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("NEAR² Workbench — %1").arg(widgets::applicationTagline()));
    auto* placeholder = new QLabel(tr("Open a project or the demo to begin."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1100, 720);
}

} // namespace near2::app
