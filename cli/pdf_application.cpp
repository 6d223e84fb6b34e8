#include "cli/pdf_application.h"

#include <QGuiApplication>
#include <QTranslator>

namespace near2::cli {

namespace {

int argc = 1;
char name[] = "near2";
char* argv[] = {name, nullptr};

} // namespace

PdfApplication::PdfApplication()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    m_application = std::make_unique<QGuiApplication>(argc, argv);
    auto* plurals = new QTranslator(m_application.get());
    if (plurals->load(QStringLiteral(":/i18n/near2_en.qm")))
        QCoreApplication::installTranslator(plurals);
}

PdfApplication::~PdfApplication() = default;

} // namespace near2::cli
