#pragma once
// How the page, its table and the PDF report spell a trade-off cell: the columns of the cell table and
// each cell's text in them (numbers through QLocale), and a one-line description for tooltips.
#include "core/tradeoffs/tradeoff_types.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

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

// core compressionStatements() worded for the page and the report: the smallest cell keeping ≥ 99% and ≥ 95%
// of fp32 flat's ndcg@10 (and of `chosenColumn`'s metric), e.g. "dim 96 · fp16 · HNSW keeps 99.2% in 1/16 of
// the memory", or "nothing smaller keeps 99%".
QStringList compressionStatements(const TradeoffReport& report, std::optional<std::size_t> chosenColumn = {});
// "1/16 of the memory", "75% of the memory"
QString memoryFraction(double fraction);

// FAISS's training warnings of the grid's cells (CellMeasure::warnings), one line per cell that has any:
// "dim 64 · int8 · ivfpq (…): PQ: 1000 training points for 256 centroids …". Empty when none warned.
QStringList trainingWarningLines(const TradeoffReport& report);

} // namespace near2::tradeoffs
