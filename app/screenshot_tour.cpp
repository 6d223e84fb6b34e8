#include "app/screenshot_tour.h"

#include "app/main_window.h"
#include "widgets/analysis_state.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTimer>

namespace near2::app {

namespace {

void shoot(MainWindow* window, const QString& folder, int step)
{
    const int tabs = window->tabs()->count();
    if (step >= tabs) {
        QApplication::quit();
        return;
    }
    window->tabs()->setCurrentIndex(step);
    QTimer::singleShot(400, window, [window, folder, step] {
        const QString name = window->tabs()
                                 ->tabText(step)
                                 .toLower()
                                 .replace(QLatin1Char(' '), QLatin1Char('-'))
                                 .remove(QLatin1Char('&'));
        window->grab().save(QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(step + 1).arg(name)));
        shoot(window, folder, step + 1);
    });
}

} // namespace

void runScreenshotTour(MainWindow* window, const QString& folder)
{
    QDir().mkpath(folder);
    QObject::connect(window, &MainWindow::projectShown, window, [window, folder] {
        // A mid-size dim makes the comparison visible.
        window->state()->setDimIndex(std::max(0, static_cast<int>(window->state()->dims().size()) - 4));
        window->state()->setSelectedQuery(std::min(3, window->state()->queryCount() - 1));
        QTimer::singleShot(1500, window, [window, folder] { shoot(window, folder, 0); });
    });
}

} // namespace near2::app
