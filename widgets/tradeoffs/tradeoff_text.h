#pragma once
// How the page, its table and the PDF report spell a trade-off cell: the columns of the cell table and
// each cell's text in them (numbers through QLocale), and a one-line description for tooltips.
#include "core/tradeoffs/tradeoff_types.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace near2::tradeoffs {

// Fixed columns, then one per metric of the grid.
enum CellColumn {
    DimColumn,
    PrecisionColumn,
    IndexColumn,
    ParamsColumn,
    BytesColumn,
    IndexBytesColumn,
    BuildColumn,
    P50Column,
    P95Column,
    QpsColumn,
    ThreadsColumn,
    FixedColumnCount
};

QStringList cellHeader(const std::vector<std::string>& metricColumns);
QString cellText(const CellMeasure& cell, int column);
QVariant cellSortValue(const CellMeasure& cell, int column); // numbers as numbers
// "dim 64 · int8 · hnsw (M=32,efC=200,efS=64)"
QString cellName(const CellMeasure& cell);
// cellName, bytes per vector, p50 latency and the metric, one per line.
QString cellDescription(const CellMeasure& cell, const QString& metric, std::size_t metricColumn);

// The largest compression at which the compression metric (ndcg@10) stays within 1% and within 5% of fp32
// flat at the full dim, one sentence each (the core's answer, worded for the page and the report).
QStringList compressionStatements(const TradeoffReport& report);

} // namespace near2::tradeoffs
