#include "app/language.h"
#include "app/main_window.h"
#include "app/screenshot_tour.h"
#include "widgets/jobs/job_pool.h"
#include "widgets/palettes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("near2-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("NEAR² Workbench"));
    QApplication::setOrganizationName(QStringLiteral("NEAR2"));
    QApplication::setApplicationVersion(QStringLiteral(NEAR2_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.near2.Workbench"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.near2.Workbench"),
                                                 QIcon(QStringLiteral(":/icons/near2-workbench.svg"))));
    near2::app::installTranslators(application); // needs the organisation and application names (QSettings)

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Nested-embedding analysis for product search"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "A .near2 project to open."));
    QCommandLineOption quitAfter(QStringLiteral("quit-after-ms"),
                                 QApplication::translate("main", "Close after N milliseconds (smoke tests)."),
                                 QStringLiteral("ms"));
    QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Open the demo shop."));
    QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of each view into DIR, then quit."),
        QStringLiteral("dir"));
    QCommandLineOption palette(
        QStringLiteral("palette"),
        QApplication::translate("main", "Use the workbench's dark or light palette (Fusion style)."),
        QStringLiteral("dark|light"));
    parser.addOption(palette);
    parser.addOption(quitAfter);
    parser.addOption(demo);
    parser.addOption(screenshot);
    parser.process(application);
    if (parser.isSet(palette) && !near2::widgets::applyPalette(parser.value(palette))) {
        qCritical("%s",
                  qPrintable(QApplication::translate("main", "--palette: expected dark or light, got %1")
                                 .arg(parser.value(palette))));
        return 2;
    }

    int code = 0;
    {
        near2::app::MainWindow window;
        window.show();
        if (parser.isSet(screenshot))
            near2::app::runScreenshotTour(&window, parser.value(screenshot));
        if (parser.isSet(demo))
            window.openDemo();
        else if (!parser.positionalArguments().isEmpty())
            window.openProjectFile(parser.positionalArguments().constFirst());
        if (parser.isSet(quitAfter))
            QTimer::singleShot(parser.value(quitAfter).toInt(), &application, &QApplication::quit);
        code = application.exec();
    }
    // The window has handed its results to the jobs' pool: they go, and cancelled jobs end, while Qt is
    // whole.
    near2::jobs::closeJobPool();
    return code;
}
