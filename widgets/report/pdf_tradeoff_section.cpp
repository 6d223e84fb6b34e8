#include "widgets/report/pdf_tradeoff_section.h"

#include "core/tradeoffs/compression_statements.h"
#include "core/tradeoffs/pareto.h"
#include "widgets/report/pdf_charts.h"
#include "widgets/tradeoffs/tradeoff_text.h"

#include <QCoreApplication>

namespace near2::report {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PdfReport", text);
}

} // namespace

void drawTradeoffs(PdfCanvas& canvas, const ReportData& data)
{
    if (!data.snapshot.tradeoffs)
        return;
    const TradeoffReport& grid = *data.snapshot.tradeoffs;
    const std::size_t metric = compressionMetricColumn(grid.columns);
    canvas.newPage();
    canvas.heading(tr("Memory, quality and latency trade-offs"));
    for (const QString& line : tradeoffs::compressionStatements(grid, tradeoffColumnOf(grid, data.metric)))
        canvas.paragraph(line);
    canvas.chart(paintPlot(paretoPlot(grid, metric), 110.0));
    const int metricColumn = tradeoffs::FixedColumnCount + static_cast<int>(metric);
    const std::vector<int> shown{
        tradeoffs::DimColumn,   tradeoffs::PrecisionColumn, tradeoffs::IndexColumn, tradeoffs::ParamsColumn,
        tradeoffs::BytesColumn, tradeoffs::P50Column,       tradeoffs::QpsColumn,   metricColumn};
    const QStringList fullHeader = tradeoffs::cellHeader(grid.columns);
    QStringList header;
    for (const int column : shown)
        header.append(fullHeader[column]);
    std::vector<QStringList> rows;
    for (const auto& cell : grid.cells) {
        QStringList row;
        for (const int column : shown)
            row.append(tradeoffs::cellText(cell, column));
        rows.push_back(row);
    }
    canvas.table(header, rows, {0.6, 1.9, 0.9, 2.2, 1.7, 1.1, 1.2, 1.2}); // "binary+rescore" unelided
    const QStringList warnings = tradeoffs::trainingWarningLines(grid);
    if (!warnings.isEmpty()) {
        canvas.paragraph(tr("FAISS warned while training these cells (their numbers are less reliable):"));
        for (const QString& line : warnings)
            canvas.paragraph(line);
    }
}

} // namespace near2::report
