#include "widgets/report/pdf_export.h"

#include "core/util/error.h"
#include "widgets/report/pdf_canvas.h"
#include "widgets/report/pdf_sections.h"
#include "widgets/report/pdf_tradeoff_section.h"

#include <QApplication>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTranslator>

namespace near2::report {

namespace {

// Chart items are QGraphicsWidgets: they need a QApplication. Headless runs get an offscreen one.
void ensureApplication()
{
    if (qobject_cast<QApplication*>(QCoreApplication::instance()))
        return;
    if (QCoreApplication::instance())
        throw InputError("the PDF report needs a QApplication (charts are widgets)");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "near2";
    static char* argv[] = {name, nullptr};
    // Never destroyed: tearing Qt down among other static destructors at exit is riskier than the leak.
    static auto* application = new QApplication(argc, argv);
    // English plural forms ("1 query"), which the workbench loads with its language.
    auto* plurals = new QTranslator(application);
    if (plurals->load(QStringLiteral(":/i18n/near2_en.qm")))
        QCoreApplication::installTranslator(plurals);
}

} // namespace

void exportPdfReport(const ReportData& data, const std::filesystem::path& file)
{
    ensureApplication();
    QSaveFile out(QString::fromStdString(file.string()));
    if (!out.open(QIODevice::WriteOnly))
        throw InputError(file, "cannot write the PDF here: " + out.errorString().toStdString());
    {
        QPdfWriter writer(&out);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 14), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QCoreApplication::translate("PdfReport", "NEAR² evaluation report"));
        writer.setCreator(QStringLiteral("NEAR² Workbench"));
        PdfCanvas canvas(writer, QString::fromStdString(data.projectFile.filename().string()));
        drawTitlePage(canvas, data);
        drawSummary(canvas, data);
        drawMemoryChart(canvas, data);
        drawSlices(canvas, data);
        drawComparison(canvas, data);
        drawRegressions(canvas, data);
        drawTradeoffs(canvas, data);
        drawDefinitions(canvas, data);
        if (!canvas.finish())
            throw InputError(file, "the PDF could not be drawn");
    }
    if (!out.commit())
        throw InputError(file, "cannot write the PDF here: " + out.errorString().toStdString());
}

} // namespace near2::report
