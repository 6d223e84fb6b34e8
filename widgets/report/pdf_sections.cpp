#include "widgets/report/pdf_sections.h"

#include "core/eval/result_files.h"
#include "core/report/project_runs.h"
#include "widgets/report/pdf_charts.h"
#include "widgets/report/pdf_summary_section.h"
#include "widgets/slice_names.h"

#include <QCoreApplication>
#include <QDateTime>

namespace near2::report {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    // The context lupdate gives tr() in this namespace.
    return QCoreApplication::translate("near2::report", text, disambiguation, n);
}
QString text(const std::string& value)
{
    return QString::fromStdString(value);
}
QString number(double value)
{
    return QString::number(value, 'f', 4);
}

QString joined(const std::vector<std::string>& values)
{
    QStringList list;
    for (const auto& value : values)
        list.append(text(value));
    return list.join(QStringLiteral(", "));
}

QString dimList(const std::vector<int>& dims)
{
    QStringList list;
    for (const int dim : dims)
        list.append(QString::number(dim));
    return list.join(QStringLiteral(", "));
}

// The cutoff of a column such as "ndcg@10"; 10 when it has none.
std::size_t cutoffOf(const std::string& column)
{
    const auto at = column.find('@');
    try {
        return at == std::string::npos ? 10 : std::stoul(column.substr(at + 1));
    } catch (const std::exception&) {
        return 10;
    }
}

std::vector<QStringList> rankingRows(const std::vector<RankedProduct>& ranking, std::size_t limit)
{
    std::vector<QStringList> rows;
    for (const auto& product : ranking) {
        if (rows.size() >= limit)
            break;
        rows.push_back({QString::number(product.rank), text(product.productId), text(product.title),
                        product.label.empty() ? tr("unjudged") : text(product.label),
                        QString::number(product.score, 'f', 4)});
    }
    return rows;
}

// The run's own model files and settings (issue 16); runs stored before they were recorded say so and show
// the project's model, which is the latest build's.
void drawRunProvenance(PdfCanvas& canvas, const ReportData& data, const StoredRun& run)
{
    canvas.paragraph(
        tr("Run %1 (id %2, stored %3): dims %4")
            .arg(text(runName(run)), QString::number(run.id), text(run.created), dimList(run.result.dims)),
        10.5);
    const auto found = data.provenance.find(run.id);
    if (found == data.provenance.end()) {
        canvas.paragraph(tr("Stored before runs recorded their own model; the project's model (that of its "
                            "latest build): %1, %2")
                             .arg(text(data.snapshot.model.kind), joined(data.snapshot.model.paths)),
                         9.0);
        return;
    }
    const RunProvenance& provenance = found->second;
    canvas.paragraph(tr("Model: %1 %2, full dimension %3; split %4, k = %5, gains %6, relevant from gain %7; "
                        "NEAR² %8")
                         .arg(text(provenance.modelKind), joined(provenance.modelPaths))
                         .arg(provenance.dim)
                         .arg(text(provenance.split))
                         .arg(provenance.k)
                         .arg(text(provenance.gains))
                         .arg(provenance.relevantThreshold)
                         .arg(text(provenance.toolVersion)),
                     9.0);
    constexpr std::size_t shown = 12;
    for (std::size_t i = 0; i < provenance.files.size() && i < shown; ++i) {
        const auto& file = provenance.files[i];
        canvas.paragraph(file.contentHash.empty() ? tr("%1: not readable when stored").arg(text(file.path))
                                                  : tr("%1: %2 bytes, content hash %3")
                                                        .arg(text(file.path))
                                                        .arg(file.bytes)
                                                        .arg(text(file.contentHash)),
                         8.0);
    }
    if (provenance.files.size() > shown)
        canvas.paragraph(
            tr("… and %n more file(s)", nullptr, static_cast<int>(provenance.files.size() - shown)), 8.0);
}

} // namespace

void drawTitlePage(PdfCanvas& canvas, const ReportData& data)
{
    canvas.title(tr("NEAR² evaluation report"));
    canvas.paragraph(tr("Project: %1").arg(QString::fromStdString(data.projectFile.filename().string())),
                     11.0);
    canvas.paragraph(tr("Created: %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)), 11.0);
    canvas.space(2.0);
}

void drawSources(PdfCanvas& canvas, const ReportData& data)
{
    const auto& snapshot = data.snapshot;
    canvas.newPage();
    canvas.heading(tr("Dataset"));
    canvas.paragraph(
        tr("Format: %1; split: %2").arg(text(snapshot.dataset.format), text(snapshot.dataset.split)));
    canvas.paragraph(tr("Files: %1").arg(joined(snapshot.dataset.paths)));
    canvas.paragraph(tr("Content hash: %1").arg(text(snapshot.dataset.contentHash)));
    canvas.paragraph(tr("Queries: %1; products in the report: %2")
                         .arg(snapshot.queries.size())
                         .arg(snapshot.products.size()));
    canvas.heading(tr("Model"));
    for (const auto& run : data.runs)
        drawRunProvenance(canvas, data, run);
    canvas.heading(tr("Settings"));
    canvas.paragraph(tr("Gains applied to the labels present: %1; relevant from gain %2; k = %3")
                         .arg(text(appliedGainsText(data.gains)))
                         .arg(snapshot.settings.relevantThreshold)
                         .arg(snapshot.settings.k));
    canvas.paragraph(tr("Current dim %1 against reference dim %2; slices and regressions on %3")
                         .arg(data.currentDim)
                         .arg(data.referenceDim)
                         .arg(text(data.metric)));
}

void drawSummary(PdfCanvas& canvas, const ReportData& data)
{
    canvas.newPage();
    canvas.heading(tr("Summary per dim"));
    canvas.paragraph(tr("Mean over every query of the split; bytes per vector as float32."), 9.0);
    QStringList header{tr("run"), tr("dim"), tr("bytes")};
    std::vector<double> weights{2.0, 1.0, 1.2};
    for (const auto& column : data.aggregateColumns) {
        header.append(text(column));
        weights.push_back(1.4);
    }
    std::vector<QStringList> rows;
    for (const auto& row : data.aggregate) {
        QStringList cells{text(row.run), QString::number(row.dim), QString::number(row.bytesPerVector)};
        for (const auto& value : row.values)
            cells.append(value ? number(*value) : QString());
        rows.push_back(cells);
    }
    canvas.table(header, rows, weights);
}

void drawMemoryChart(PdfCanvas& canvas, const ReportData& data)
{
    canvas.heading(tr("%1 against memory").arg(text(data.metric)));
    canvas.chart(paintPlot(memoryPlot(data), 110.0));
}

void drawSlices(PdfCanvas& canvas, const ReportData& data)
{
    canvas.heading(tr("%1 per query slice").arg(text(data.metric)));
    std::vector<QStringList> rows;
    for (const auto& row : data.slices)
        rows.push_back({row.sliceIndex < data.querySlices.size()
                            ? widgets::sliceDisplayName(data.querySlices[row.sliceIndex])
                            : text(row.slice),
                        QString::number(row.queries), number(row.current), number(row.reference),
                        number(row.current - row.reference)});
    canvas.table({tr("slice"), tr("queries"), tr("dim %1").arg(data.currentDim),
                  tr("dim %1").arg(data.referenceDim), tr("change")},
                 rows, {4.0, 1.2, 1.5, 1.5, 1.5});
    for (const auto& slice : data.querySlices)
        if (slice.problem)
            canvas.paragraph(
                tr("Slice “%1”: %2")
                    .arg(widgets::sliceDisplayName(slice), widgets::sliceProblemText(*slice.problem)));
}

void drawComparison(PdfCanvas& canvas, const ReportData& data)
{
    if (!data.comparison)
        return;
    const auto& comparison = *data.comparison;
    canvas.heading(tr("Runs compared on %1: A = %2, B = %3")
                       .arg(text(data.metric), text(comparison.runA), text(comparison.runB)));
    canvas.paragraph(
        tr("Over %n shared queries; p-values of the paired randomisation test (10,000 sign flips, "
           "seed 42) and the paired t-test, as in the workbench.",
           nullptr, static_cast<int>(comparison.sharedQueries)),
        9.0);
    std::vector<QStringList> rows;
    for (const auto& dim : comparison.dims)
        for (const auto& metric : dim.metrics)
            if (metric.column == data.metric)
                rows.push_back(comparisonCells(dim.dim, metric));
    canvas.table({tr("dim"), tr("A"), tr("B"), tr("B − A"), tr("p (randomisation)"), tr("p (t-test)")}, rows,
                 {1.0, 1.2, 1.2, 1.2, 1.6, 1.4});
}

void drawRegressions(PdfCanvas& canvas, const ReportData& data)
{
    canvas.newPage();
    canvas.heading(tr("The %n queries that lose most from dim %1 to dim %2", nullptr,
                      static_cast<int>(data.worst.size()))
                       .arg(data.referenceDim)
                       .arg(data.currentDim));
    if (data.worst.empty())
        canvas.paragraph(tr("No query loses on %1.").arg(text(data.metric)));
    const QStringList header{tr("rank"), tr("product"), tr("title"), tr("label"), tr("score")};
    const std::vector<double> weights{0.8, 1.6, 6.0, 1.2, 1.2};
    const std::size_t limit = cutoffOf(data.metric);
    constexpr double kCaptionMm = 7.0, kQueryLineMm = 12.0;
    for (const auto& drop : data.worst) {
        const auto referenceRows = rankingRows(drop.referenceRanking, limit);
        const auto currentRows = rankingRows(drop.currentRanking, limit);
        // The query's line never ends a page: it stays with its first ranking, each caption with its table.
        canvas.keepTogether(kQueryLineMm + kCaptionMm + canvas.tableHeightMm(referenceRows.size()));
        canvas.paragraph(
            tr("Query %1: “%2” — %3 %4 at dim %5, %6 at dim %7")
                .arg(text(drop.queryId), text(drop.text), text(data.metric), number(drop.reference))
                .arg(data.referenceDim)
                .arg(number(drop.current))
                .arg(data.currentDim),
            10.0);
        if (!drop.tag.empty() || !drop.note.empty())
            canvas.paragraph(tr("Annotation: %1 — %2").arg(text(drop.tag), text(drop.note)), 9.0);
        canvas.paragraph(tr("Top %1 at dim %2").arg(limit).arg(data.referenceDim), 9.0);
        canvas.table(header, referenceRows, weights);
        canvas.keepTogether(kCaptionMm + canvas.tableHeightMm(currentRows.size()));
        canvas.paragraph(tr("Top %1 at dim %2").arg(limit).arg(data.currentDim), 9.0);
        canvas.table(header, currentRows, weights);
    }
}

void drawDefinitions(PdfCanvas& canvas, const ReportData& data)
{
    canvas.newPage();
    canvas.heading(tr("Gains and metric definitions"));
    canvas.paragraph(tr("Gains applied to the labels present (label=gain): %1. The gain map: %2. A product "
                        "counts as relevant from gain %3.")
                         .arg(text(appliedGainsText(data.gains)), text(data.snapshot.settings.gains))
                         .arg(data.snapshot.settings.relevantThreshold));
    for (const auto& [name, definition] : metricDefinitions())
        canvas.paragraph(text(name) + QStringLiteral(": ") + text(definition), 9.5);
}

} // namespace near2::report
