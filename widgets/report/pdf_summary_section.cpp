#include "widgets/report/pdf_summary_section.h"

#include "core/stats/paired_tests.h"
#include "core/tradeoffs/compression_statements.h"

#include <QCoreApplication>

namespace near2::report {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
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
QString signedNumber(double value)
{
    return (value >= 0 ? QStringLiteral("+") : QString()) + number(value);
}

// "dim 128 (0.4090, 1/6 of the memory)" or "only the full dim"
QString keepingText(const RunSummary& run, const DimKeeping& keeping)
{
    if (!keeping.dim || *keeping.dim >= run.fullDim)
        return tr("only the full dim");
    return tr("dim %1 (%2, %3 of the memory)")
        .arg(*keeping.dim)
        .arg(number(keeping.value), text(memoryFractionText(double(*keeping.dim) / double(run.fullDim))));
}

void drawRuns(PdfCanvas& canvas, const ExecutiveSummary& summary)
{
    // Every run's full-dim metrics: a row per metric (the union of the runs' columns), a column per run, so
    // that a dozen metrics never squeeze the numbers into elided cells.
    std::vector<std::string> columns;
    for (const auto& run : summary.runs)
        for (const auto& column : run.columns)
            if (std::find(columns.begin(), columns.end(), column) == columns.end())
                columns.push_back(column);
    QStringList header{tr("metric")};
    std::vector<double> weights{1.6};
    for (const auto& run : summary.runs) {
        header.append(tr("%1 (dim %2)").arg(text(run.run)).arg(run.fullDim));
        weights.push_back(2.0);
    }
    std::vector<QStringList> rows;
    for (const auto& column : columns) {
        QStringList cells{text(column)};
        for (const auto& run : summary.runs) {
            const auto found = std::find(run.columns.begin(), run.columns.end(), column);
            cells.append(found == run.columns.end()
                             ? QString()
                             : number(run.fullValues[static_cast<std::size_t>(found - run.columns.begin())]));
        }
        rows.push_back(cells);
    }
    canvas.subheading(tr("Quality at the full dimension"));
    canvas.table(header, rows, weights);

    canvas.subheading(tr("How far each run's dimension can shrink on %1").arg(text(summary.metric)));
    std::vector<QStringList> shrink;
    for (const auto& run : summary.runs) {
        if (run.keeping.size() < 2)
            continue;
        shrink.push_back({text(run.run), number(run.fullValue), keepingText(run, run.keeping[0]),
                          keepingText(run, run.keeping[1])});
    }
    canvas.table({tr("run"), tr("%1 at the full dim").arg(text(summary.metric)), tr("smallest dim within 1%"),
                  tr("smallest dim within 5%")},
                 shrink, {1.5, 1.4, 3.1, 3.1});
}

void drawComparisonSummary(PdfCanvas& canvas, const ExecutiveSummary& summary)
{
    if (summary.comparison.empty())
        return;
    canvas.subheading(
        tr("%1 (B) against %2 (A) on %3").arg(text(summary.runB), text(summary.runA), text(summary.metric)));
    canvas.paragraph(
        tr("Over %n shared queries; paired randomisation test (10,000 sign flips, seed 42) and paired "
           "t-test, as in the workbench. B − A > 0: B is better.",
           nullptr, static_cast<int>(summary.sharedQueries)),
        9.0);
    std::vector<QStringList> rows;
    for (const auto& [dim, metric] : summary.comparison)
        rows.push_back(comparisonCells(dim, metric));
    canvas.table({tr("dim"), tr("A"), tr("B"), tr("B − A"), tr("p (randomisation)"), tr("p (t-test)")}, rows,
                 {1.0, 1.2, 1.2, 1.2, 1.6, 1.4});
}

void drawLosses(PdfCanvas& canvas, const ExecutiveSummary& summary)
{
    canvas.subheading(tr("Slices that lose most at dim %1 (against dim %2)")
                          .arg(summary.currentDim)
                          .arg(summary.referenceDim),
                      15.0);
    if (summary.slices.empty())
        canvas.paragraph(tr("No slice loses on %1.").arg(text(summary.metric)), 9.5);
    for (const auto& slice : summary.slices)
        canvas.paragraph(tr("%1 (%n queries): %2 → %3 (%4)", nullptr, slice.queries)
                             .arg(text(slice.slice), number(slice.reference), number(slice.current),
                                  signedNumber(slice.current - slice.reference)),
                         9.5);
}

} // namespace

QStringList comparisonCells(int dim, const MetricComparison& metric)
{
    return {QString::number(dim),
            number(metric.a),
            number(metric.b),
            signedNumber(metric.delta),
            text(stats::formatPValue(metric.pRandomisation)),
            text(stats::formatPValue(metric.pTTest))};
}

void drawExecutiveSummary(PdfCanvas& canvas, const ExecutiveSummary& summary)
{
    canvas.heading(tr("Executive summary"));
    drawRuns(canvas, summary);
    drawComparisonSummary(canvas, summary);
    drawLosses(canvas, summary);
    if (!summary.statements.empty()) {
        canvas.subheading(tr("Memory: the smallest configurations that keep the quality"), 15.0);
        for (const auto& statement : summary.statements)
            canvas.paragraph(text(statement), 9.5);
    }
    canvas.subheading(tr("The analyst's tags"), 10.0);
    if (summary.tags.empty())
        canvas.paragraph(tr("No query tagged yet."), 9.5);
    QStringList tags;
    for (const auto& tag : summary.tags)
        tags.append(tr("%1: %n queries", nullptr, static_cast<int>(tag.queries)).arg(text(tag.tag)));
    if (!tags.isEmpty())
        canvas.paragraph(tags.join(QStringLiteral("; ")), 9.5);
}

} // namespace near2::report
