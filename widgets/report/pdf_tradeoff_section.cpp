#include "widgets/report/pdf_tradeoff_section.h"

#include "core/tradeoffs/pareto.h"
#include "widgets/charts/chart_builders.h"
#include "widgets/tradeoffs/pareto_chart.h"
#include "widgets/tradeoffs/tradeoff_text.h"

#include <QCoreApplication>
#include <QPalette>

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
    for (const QString& line : tradeoffs::compressionStatements(grid))
        canvas.paragraph(line);
    QChart* chart = tradeoffs::createParetoChart(grid, metric, ParetoAxis::BytesPerVector);
    charts::followPalette(chart, QPalette(Qt::white));
    chart->setBackgroundBrush(Qt::white);
    canvas.chart(chart, 110.0);
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
    canvas.table(header, rows, {0.6, 1.3, 0.9, 2.8, 1.7, 1.1, 1.2, 1.2});
}

} // namespace near2::report
