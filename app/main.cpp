#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include "app/main_window.h"

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("near2-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("NEAR² Workbench"));
    QApplication::setOrganizationName(QStringLiteral("NEAR2"));
    QApplication::setApplicationVersion(QStringLiteral(NEAR2_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Nested-embedding analysis for product search"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption quitAfter(QStringLiteral("quit-after-ms"),
                                 QApplication::translate("main", "Close after N milliseconds (smoke tests)."),
                                 QStringLiteral("ms"));
    parser.addOption(quitAfter);
    parser.process(application);

    near2::app::MainWindow window;
    window.show();
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &application, &QApplication::quit);
    return application.exec();
}
