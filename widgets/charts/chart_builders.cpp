#include "widgets/charts/chart_builders.h"

#include "core/eval/dims.h"
#include "core/report/chart_frame.h"
#include "widgets/charts/chart_axes.h"
#include "widgets/charts/chart_interaction.h"
#include "widgets/charts/chart_tips.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace near2::charts {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() in this namespace.
    return QCoreApplication::translate("near2::charts", text);
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

void addAxes(QChart* chart, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
}

// "d64" beside each point; kept in place when the plot area moves (resizes, layout).
void labelPointsWithDims(QChart* chart, QXYSeries* series, const std::vector<int>& dims)
{
    std::vector<QGraphicsSimpleTextItem*> labels;
    for (const int dim : dims) {
        auto* label = new QGraphicsSimpleTextItem(QStringLiteral("d%1").arg(dim), chart);
        label->setBrush(series->color());
        labels.push_back(label);
    }
    QObject::connect(series, &QXYSeries::colorChanged, chart, [labels](const QColor& color) {
        for (auto* label : labels)
            label->setBrush(color);
    });
    auto place = [chart, series, labels] {
        for (std::size_t i = 0; i < labels.size() && static_cast<int>(i) < series->count(); ++i)
            labels[i]->setPos(chart->mapToPosition(series->at(static_cast<int>(i)), series) +
                              QPointF(4, -16));
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

QVariantList toVariantList(const std::vector<int>& values)
{
    return QVariantList(values.begin(), values.end());
}

// Tooltips on the bars of `set` (QBarSet reports hovers per bar, at any size).
void tipBars(QBarSet* set, const QStringList& tips)
{
    QObject::connect(set, &QBarSet::hovered, set, [tips](bool on, int index) {
        if (on && index >= 0 && index < tips.size())
            QToolTip::showText(QCursor::pos(), tips[index]);
        else
            QToolTip::hideText();
    });
    set->setProperty(kPointTips, tips);
}

QString labelName(const std::string& label)
{
    return label == "unjudged" ? tr("unjudged") : QString::fromStdString(label);
}

} // namespace

QString metricChartTitle(const QString& metric, MemoryAxis axis, int currentDim)
{
    return (axis == MemoryAxis::BytesPerVector ? tr("%1 against memory per vector (large points: dim %2)")
                                               : tr("%1 against dimension (large points: dim %2)"))
        .arg(metric)
        .arg(currentDim);
}

QString memoryAxisTitle(MemoryAxis axis)
{
    return axis == MemoryAxis::BytesPerVector ? tr("Bytes per vector (float32, log scale)")
                                              : tr("Dimension (log scale)");
}

QChart* createMetricChart(const std::vector<Curve>& curves, const QString& metric, MemoryAxis axis,
                          int currentDim)
{
    auto* chart = newChart(metricChartTitle(metric, axis, currentDim));
    const ChartAxes axes = metricChartAxes(curves, axis, numberStyle());
    auto* x = tickAxis(axes.x, memoryAxisTitle(axis));
    auto* y = tickAxis(axes.y, metric);
    addAxes(chart, x, y);
    for (std::size_t run = 0; run < curves.size(); ++run) {
        const auto& curve = curves[run];
        const QString name = QString::fromStdString(curve.name);
        auto* line = new QLineSeries;
        line->setName(name);
        line->setPointsVisible(true);
        line->setMarkerSize(7.0);
        auto* current = new QScatterSeries;
        current->setName(tr("%1 at dim %2").arg(name).arg(currentDim));
        current->setMarkerSize(14.0);
        std::vector<int> dims, currentDims;
        QStringList tips, currentTips;
        for (const auto& point : curve.points) {
            const QPointF at(axisPosition(x, point.x), point.y);
            const QString tip = metricTip(name, point.dim, metric, point.y);
            line->append(at);
            dims.push_back(point.dim);
            tips.append(tip);
            if (point.dim == currentDim) {
                current->append(at);
                currentDims.push_back(point.dim);
                currentTips.append(tip);
            }
        }
        line->setProperty(kPointDims, toVariantList(dims));
        line->setProperty(kPointTips, tips);
        current->setProperty(kPointDims, toVariantList(currentDims));
        current->setProperty(kPointTips, currentTips);
        for (auto* series : std::initializer_list<QXYSeries*>{line, current}) {
            colourByRun(series, static_cast<int>(run));
            attach(chart, series, x, y);
        }
        labelPointsWithDims(chart, line, dims);
        for (auto* marker : chart->legend()->markers(current))
            marker->setVisible(false); // the legend names each run once
    }
    return chart;
}

QChart* createScoreChart(const ScoreDistribution& distribution, int dim, CountScale scale, const QString& run)
{
    const QString title = scale == CountScale::ShareOfLabel
                              ? tr("Cosine scores in the top-k at dim %1, as each label's share").arg(dim)
                              : tr("Cosine scores in the top-k at dim %1").arg(dim);
    auto* chart = newChart(title);
    const NumberStyle style = numberStyle();
    const double width = (distribution.high - distribution.low) / static_cast<double>(distribution.bins);
    QStringList shown;
    double most = 0.0;
    for (const auto& histogram : distribution.labels) {
        shown.append(QString::fromStdString(histogram.label));
        for (const double value : scaledCounts(histogram.counts, scale))
            most = std::max(most, value);
    }
    auto* x = tickAxis(linearTicks(distribution.low, distribution.high, 8, TickFormat::Number, style),
                       tr("Cosine score"));
    QCategoryAxis* y = nullptr;
    if (scale == CountScale::LogCounts)
        y = tickAxis(log10Ticks(1.0, std::max(1.0, most), 8, TickFormat::Integer, 0.15, style),
                     tr("Products (log scale)"));
    else if (scale == CountScale::ShareOfLabel)
        y = tickAxis(linearTicks(0.0, std::max(most, 0.01), 7, TickFormat::Percent, style),
                     tr("Share of the label's products"));
    else
        y = tickAxis(linearTicks(0.0, std::max(most, 1.0), 7, TickFormat::Integer, style), tr("Products"));
    addAxes(chart, x, y);
    for (const auto& histogram : distribution.labels) {
        const QString label = QString::fromStdString(histogram.label);
        auto* line = new QLineSeries;
        line->setName(labelName(histogram.label));
        line->setPointsVisible(true);
        line->setMarkerSize(5.0);
        const auto values = scaledCounts(histogram.counts, scale);
        const auto shares = scaledCounts(histogram.counts, CountScale::ShareOfLabel);
        QStringList tips;
        for (std::size_t bin = 0; bin < values.size(); ++bin) {
            const double from = distribution.low + static_cast<double>(bin) * width;
            const double shownValue = scale != CountScale::LogCounts ? values[bin]
                                      : values[bin] > 0.0            ? axisPosition(y, values[bin])
                                                                     : y->min(); // none: on the axis
            line->append(from + 0.5 * width, shownValue);
            tips.append(
                scoreTip(run, dim, line->name(), from, from + width, histogram.counts[bin], shares[bin]));
        }
        line->setProperty(kPointTips, tips);
        colourByLabel(line, label, shown);
        attach(chart, line, x, y);
    }
    return chart;
}

QChart* createMarginChart(const ScoreDistribution& distribution, int maxBins)
{
    auto* chart = newChart(tr("Best relevant minus best non-relevant score, per query"));
    const Histogram histogram = roundHistogram(distribution.margins, maxBins);
    const auto bins = histogram.counts.size();
    const double high = histogram.low + static_cast<double>(bins) * histogram.width;
    auto* set = new QBarSet(tr("Queries"));
    QStringList tips;
    int most = 1;
    for (std::size_t bin = 0; bin < bins; ++bin) {
        const double from = histogram.low + static_cast<double>(bin) * histogram.width;
        set->append(histogram.counts[bin]);
        tips.append(marginTip(from, from + histogram.width, histogram.counts[bin]));
        most = std::max(most, histogram.counts[bin]);
    }
    tipBars(set, tips);
    auto* series = new QBarSeries;
    series->setBarWidth(0.9);
    series->append(set);
    // Bar i stands at position i; a margin m at (m − low) / width − 0.5, so the labels sit on round margins.
    const NumberStyle style = numberStyle();
    AxisTicks ticks = linearTicks(histogram.low, high, 9, TickFormat::Number, style);
    const auto toBars = [&](double margin) { return (margin - histogram.low) / histogram.width - 0.5; };
    for (auto& tick : ticks.ticks)
        tick.position = toBars(tick.position);
    std::erase_if(ticks.ticks, [&](const AxisTick& tick) {
        return tick.position < -0.5 - 1e-9 || tick.position > static_cast<double>(bins) - 0.5 + 1e-9;
    });
    ticks.low = -0.5;
    ticks.high = static_cast<double>(bins) - 0.5;
    auto* x = tickAxis(ticks, tr("Margin (negative: a non-relevant product outscores every relevant one)"));
    auto* y = tickAxis(linearTicks(0, most, 7, TickFormat::Integer, style), tr("Queries"));
    addAxes(chart, x, y);
    attach(chart, series, x, y);
    chart->legend()->setVisible(false); // one series, named by the y axis
    return chart;
}

QChart* createRankShiftChart(const std::vector<RankShiftPoint>& points, int k, int referenceDim,
                             int currentDim, const ProjectSnapshot* snapshot, const QString& run)
{
    auto* chart = newChart(
        tr("Rank of each relevant product: dim %1 against dim %2").arg(referenceDim).arg(currentDim));
    k = std::max(k, 1);
    // Outside the top k is drawn a fifth of a decade beyond k, labelled "> k".
    const double outside = k * std::pow(10.0, 0.2);
    const NumberStyle style = numberStyle();
    AxisTicks ticks = log10Ticks(1.0, outside, 8, TickFormat::Integer, 0.1, style);
    std::erase_if(ticks.ticks, [&](const AxisTick& tick) { return tick.position > std::log10(k) + 1e-9; });
    ticks.ticks.push_back({std::log10(outside), "> " + formatNumber(k, 0, style)});
    auto* x = tickAxis(ticks, tr("Rank at dim %1 (> %2: outside the top %2)").arg(referenceDim).arg(k));
    auto* y = tickAxis(ticks, tr("Rank at dim %1").arg(currentDim));
    addAxes(chart, x, y);
    const auto place = [&](int rank) { return std::log10(rank > k ? outside : rank); };
    std::vector<std::string> labels;
    for (const auto& point : points)
        labels.push_back(point.label);
    labels = orderLabels(std::move(labels));
    QStringList shown;
    for (const auto& label : labels)
        shown.append(QString::fromStdString(label));
    for (const auto& label : labels) {
        auto* scatter = new QScatterSeries;
        scatter->setName(labelName(label));
        scatter->setMarkerSize(8.0);
        std::vector<int> queries;
        QStringList tips;
        for (const auto& point : points) {
            if (point.label != label)
                continue;
            scatter->append(place(point.referenceRank), place(point.currentRank));
            queries.push_back(static_cast<int>(point.queryIndex));
            QString query, product;
            if (snapshot && point.queryIndex < snapshot->queries.size())
                query = QString::fromStdString(snapshot->queries[point.queryIndex].text);
            if (snapshot)
                if (const auto found = snapshot->products.find(point.productRow);
                    found != snapshot->products.end())
                    product = QString::fromStdString(found->second.title);
            tips.append(rankShiftTip(run, query, product, scatter->name(), point.referenceRank, referenceDim,
                                     point.currentRank, currentDim, k));
        }
        scatter->setProperty(kPointQueries, toVariantList(queries));
        scatter->setProperty(kPointTips, tips);
        colourByLabel(scatter, QString::fromStdString(label), shown);
        attach(chart, scatter, x, y);
    }
    return chart;
}

QChart* createSliceChart(const std::vector<SliceRow>& rows, const QString& metric, int currentDim,
                         int referenceDim)
{
    auto* chart = newChart(tr("%1 per query slice").arg(metric));
    auto* current = new QBarSet(tr("dim %1").arg(currentDim));
    auto* reference = new QBarSet(tr("dim %1").arg(referenceDim));
    QStringList categories, tips;
    double high = 0.0;
    // Listed top down in the slices' order: a horizontal bar chart draws its first category at the bottom.
    for (auto row = rows.rbegin(); row != rows.rend(); ++row) {
        current->append(row->current);
        reference->append(row->reference);
        high = std::max({high, row->current, row->reference});
        const QString name = QString::fromStdString(row->slice);
        categories.append(name);
        tips.append(
            sliceTip(name, row->queries, metric, currentDim, row->current, referenceDim, row->reference));
    }
    tipBars(current, tips);
    tipBars(reference, tips);
    auto* series = new QHorizontalBarSeries;
    series->append(current);
    series->append(reference);
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    auto* values =
        tickAxis(linearTicks(0.0, std::max(high, 0.05), 7, TickFormat::Number, numberStyle()), metric);
    chart->addAxis(values, Qt::AlignBottom);
    chart->addAxis(names, Qt::AlignLeft);
    attach(chart, series, values, names);
    return chart;
}

} // namespace near2::charts
