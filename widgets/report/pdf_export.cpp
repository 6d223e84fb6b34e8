#include "widgets/report/pdf_export.h"

#include "core/util/error.h"
#include "widgets/report/pdf_canvas.h"
#include "widgets/report/pdf_sections.h"
#include "widgets/report/pdf_segment_section.h"
#include "widgets/report/pdf_summary_section.h"
#include "widgets/report/pdf_tradeoff_section.h"

#include <QGuiApplication>
#include <QPdfWriter>
#include <QSaveFile>
#include <functional>

namespace near2::report {

void writePdfReport(const ReportData& data, const std::filesystem::path& file, const JobControl& job)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw InputError(file, "the PDF report needs a QGuiApplication (fonts)");
    QSaveFile out(QString::fromStdString(file.string()));
    if (!out.open(QIODevice::WriteOnly))
        throw InputError(file, "cannot write the PDF here: " + out.errorString().toStdString());
    {
        QPdfWriter writer(&out);
        writer.setPageLayout(reportPageLayout());
        writer.setResolution(300);
        writer.setTitle(QCoreApplication::translate("PdfReport", "NEAR² evaluation report"));
        writer.setCreator(QStringLiteral("NEAR² Workbench"));
        PdfCanvas canvas(writer, QString::fromStdString(data.projectFile.filename().string()));
        const std::function<void(PdfCanvas&)> sections[] = {
            [&](PdfCanvas& c) { drawTitlePage(c, data); },
            [&](PdfCanvas& c) { drawExecutiveSummary(c, executiveSummary(data)); },
            [&](PdfCanvas& c) { drawSources(c, data); },
            [&](PdfCanvas& c) { drawSummary(c, data); },
            [&](PdfCanvas& c) { drawMemoryChart(c, data); },
            [&](PdfCanvas& c) { drawSlices(c, data); },
            [&](PdfCanvas& c) { drawComparison(c, data); },
            [&](PdfCanvas& c) { drawRegressions(c, data); },
            [&](PdfCanvas& c) { drawWorstQuerySegments(c, data); },
            [&](PdfCanvas& c) { drawTradeoffs(c, data); },
            [&](PdfCanvas& c) { drawDefinitions(c, data); },
        };
        const auto count = static_cast<std::int64_t>(std::size(sections));
        for (std::int64_t i = 0; i < count; ++i) {
            job.checkCancelled(); // QSaveFile drops the partial file
            job.report("write the report", i, count);
            sections[i](canvas);
        }
        if (!canvas.finish())
            throw InputError(file, "the PDF could not be drawn");
    }
    if (!out.commit())
        throw InputError(file, "cannot write the PDF here: " + out.errorString().toStdString());
}

} // namespace near2::report
