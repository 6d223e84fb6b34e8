#include "widgets/tradeoffs/tradeoff_text.h"

#include "core/tradeoffs/pareto.h"
#include "core/tradeoffs/tradeoff_names.h"

#include <QCoreApplication>
#include <QLocale>

namespace near2::tradeoffs {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TradeoffCells", text);
}

} // namespace

QStringList cellHeader(const std::vector<std::string>& metricColumns)
{
    QStringList header{tr("Dim"),          tr("Precision"),  tr("Index"),     tr("Parameters"),
                       tr("Bytes/vector"), tr("Index size"), tr("Build (s)"), tr("p50 (ms)"),
                       tr("p95 (ms)"),     tr("Queries/s"),  tr("Threads")};
    for (const auto& column : metricColumns)
        header.append(QString::fromStdString(column));
    return header;
}

QVariant cellSortValue(const CellMeasure& cell, int column)
{
    switch (column) {
    case DimColumn:
        return cell.spec.dim;
    case PrecisionColumn:
        return QString::fromUtf8(precisionName(cell.spec.precision));
    case IndexColumn:
        return QString::fromUtf8(indexName(cell.spec.index));
    case ParamsColumn:
        return QString::fromStdString(cell.params);
    case BytesColumn:
        return cell.bytesPerVector;
    case IndexBytesColumn:
        return static_cast<qulonglong>(cell.indexBytes);
    case BuildColumn:
        return cell.buildSeconds;
    case P50Column:
        return cell.latencyP50Ms;
    case P95Column:
        return cell.latencyP95Ms;
    case QpsColumn:
        return cell.queriesPerSecond;
    case ThreadsColumn:
        return cell.threads;
    default:
        const auto metric = static_cast<std::size_t>(column - FixedColumnCount);
        return metric < cell.metrics.size() ? QVariant(cell.metrics[metric]) : QVariant();
    }
}

QString cellText(const CellMeasure& cell, int column)
{
    const QLocale locale;
    switch (column) {
    case BytesColumn:
        return locale.toString(cell.bytesPerVector, 'g', 6);
    case IndexBytesColumn:
        return locale.formattedDataSize(static_cast<qint64>(cell.indexBytes));
    case BuildColumn:
        return locale.toString(cell.buildSeconds, 'f', 3);
    case P50Column:
        return locale.toString(cell.latencyP50Ms, 'f', 3);
    case P95Column:
        return locale.toString(cell.latencyP95Ms, 'f', 3);
    case QpsColumn:
        return locale.toString(cell.queriesPerSecond, 'f', 0);
    default:
        if (column >= FixedColumnCount)
            return locale.toString(cellSortValue(cell, column).toDouble(), 'f', 4);
        return cellSortValue(cell, column).toString();
    }
}

QString cellName(const CellMeasure& cell)
{
    const QString name = tr("dim %1 · %2 · %3")
                             .arg(cell.spec.dim)
                             .arg(QString::fromUtf8(precisionName(cell.spec.precision)),
                                  QString::fromUtf8(indexName(cell.spec.index)));
    return cell.params.empty() ? name
                               : name + QStringLiteral(" (%1)").arg(QString::fromStdString(cell.params));
}

QString cellDescription(const CellMeasure& cell, const QString& metric, std::size_t metricColumn)
{
    const QLocale locale;
    return tr("%1\n%2 bytes per vector, p50 %3 ms\n%4 %5")
        .arg(cellName(cell), locale.toString(cell.bytesPerVector, 'g', 6),
             locale.toString(cell.latencyP50Ms, 'f', 3), metric,
             locale.toString(metricColumn < cell.metrics.size() ? cell.metrics[metricColumn] : 0.0, 'f', 4));
}

QStringList compressionStatements(const TradeoffReport& report)
{
    QStringList lines;
    if (report.cells.empty() || report.reference >= report.cells.size())
        return lines;
    const QLocale locale;
    const std::size_t column = compressionMetricColumn(report.columns);
    const CellMeasure& base = report.cells[report.reference];
    const QString metric = QString::fromStdString(report.columns[column]);
    for (const double tolerance : {0.01, 0.05}) {
        const auto answer = largestCompressionWithin(report.cells, report.reference, column, tolerance);
        const QString head = tr("%1 within %2% of fp32 flat at %3 dims (%4): ")
                                 .arg(metric)
                                 .arg(tolerance * 100, 0, 'f', 0)
                                 .arg(base.spec.dim)
                                 .arg(locale.toString(base.metrics[column], 'f', 4));
        if (!answer)
            lines.append(head + tr("no cell qualifies"));
        else
            lines.append(head + tr("%1× smaller with %2 (%3)")
                                    .arg(locale.toString(answer->compression, 'f', 1),
                                         cellName(report.cells[answer->cell]),
                                         locale.toString(answer->quality, 'f', 4)));
    }
    return lines;
}

} // namespace near2::tradeoffs
