#include "widgets/charts/chart_tips.h"

#include "core/report/chart_ticks.h"
#include "widgets/charts/chart_axes.h"

#include <QCoreApplication>
#include <QLocale>

namespace near2::charts {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    // The context lupdate gives tr() in this namespace.
    return QCoreApplication::translate("near2::charts", text, disambiguation, n);
}

QString fixed(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString rankText(int rank, int k)
{
    return rank > k ? tr("outside the top %1").arg(k) : tr("rank %1").arg(rank);
}

} // namespace

QString bytesText(double bytes)
{
    return QString::fromStdString(formatBytes(bytes, numberStyle()));
}

QString metricTip(const QString& run, int dim, const QString& metric, double value)
{
    return tr("%1\ndim %2 · %3 per vector (float32)\n%4 = %5")
        .arg(run, QString::number(dim), bytesText(4.0 * dim), metric, fixed(value, 4));
}

QString scoreTip(const QString& run, int dim, const QString& label, double from, double to, int products,
                 double shareOfLabel)
{
    return tr("%1 at dim %2\n%3, cosine %4 to %5\n%n product(s), %6 of the label's", nullptr, products)
        .arg(run, QString::number(dim), label, fixed(from, 3), fixed(to, 3),
             QLocale().toString(shareOfLabel * 100.0, 'f', 1) + u'%');
}

QString marginTip(double from, double to, int queries)
{
    return tr("%n query(ies) with a margin from %1 to %2", nullptr, queries)
        .arg(fixed(from, 3), fixed(to, 3));
}

QString rankShiftTip(const QString& run, const QString& query, const QString& product, const QString& label,
                     int referenceRank, int referenceDim, int currentRank, int currentDim, int k)
{
    QString tip = query.isEmpty() ? QString() : tr("Query: %1\n").arg(query);
    if (!product.isEmpty())
        tip += tr("Product: %1 (%2)\n").arg(product, label);
    else
        tip += tr("Label: %1\n").arg(label);
    tip += tr("dim %1: %2 → dim %3: %4")
               .arg(QString::number(referenceDim), rankText(referenceRank, k), QString::number(currentDim),
                    rankText(currentRank, k));
    if (!run.isEmpty())
        tip += u'\n' + tr("Run %1").arg(run);
    return tip;
}

QString sliceTip(const QString& slice, int queries, const QString& metric, int currentDim, double current,
                 int referenceDim, double reference)
{
    return tr("%1: %n query(ies)\n%2 at dim %3: %4\n%2 at dim %5: %6", nullptr, queries)
        .arg(slice, metric, QString::number(currentDim), fixed(current, 4), QString::number(referenceDim),
             fixed(reference, 4));
}

} // namespace near2::charts
