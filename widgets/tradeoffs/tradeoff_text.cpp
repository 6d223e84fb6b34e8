#include "widgets/tradeoffs/tradeoff_text.h"

#include "core/tradeoffs/compression_statements.h"
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

QString memoryFraction(double fraction)
{
    const QLocale locale;
    if (fraction > 0.5)
        return tr("%1% of the memory").arg(locale.toString(100.0 * fraction, 'f', 0));
    const double ratio = 1.0 / fraction;
    return tr("1/%1 of the memory")
        .arg(ratio >= 10 ? locale.toString(qRound64(ratio)) : locale.toString(ratio, 'g', 2));
}

QStringList compressionStatements(const TradeoffReport& report, std::optional<std::size_t> chosenColumn)
{
    QStringList lines;
    const QLocale locale;
    for (const CompressionStatement& statement : near2::compressionStatements(report, chosenColumn)) {
        const QString share = locale.toString(100.0 * statement.share, 'g', 3);
        const QString head = tr("%1 ≥ %2% of fp32 flat at dim %3 (%4): ")
                                 .arg(QString::fromStdString(report.columns[statement.metricColumn]), share)
                                 .arg(report.cells[report.reference].spec.dim)
                                 .arg(locale.toString(statement.referenceValue, 'f', 4));
        if (!statement.cell) {
            lines.append(head + tr("nothing smaller keeps %1%").arg(share));
            continue;
        }
        lines.append(head + tr("%1 keeps %2% in %3 (%4, %5 bytes per vector)")
                                .arg(QString::fromStdString(cellLabel(report.cells[*statement.cell])),
                                     locale.toString(100.0 * statement.kept, 'f', 1),
                                     memoryFraction(statement.memoryFraction),
                                     locale.toString(statement.value, 'f', 4),
                                     locale.toString(statement.memory, 'g', 6)));
    }
    return lines;
}

QStringList trainingWarningLines(const TradeoffReport& report)
{
    QStringList lines;
    for (const auto& cell : report.cells) {
        QStringList warnings;
        for (const auto& warning : cell.warnings)
            warnings.append(QString::fromStdString(warning));
        if (!warnings.isEmpty())
            lines.append(QStringLiteral("%1: %2").arg(cellName(cell), warnings.join(QStringLiteral("; "))));
    }
    return lines;
}

} // namespace near2::tradeoffs
