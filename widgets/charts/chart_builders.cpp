#include "widgets/charts/chart_builders.h"

#include "widgets/label_colors.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCoreApplication>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPalette>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace near2::charts {

namespace {

constexpr const char* kRunIndex = "runIndex"; // a metric curve's run, for its palette colour

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
    chart->setLocalizeNumbers(true); // axis labels in the user's locale
    return chart;
}

void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
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
    QVariantList list;
    for (const int value : values)
        list.append(value);
    return list;
}

} // namespace

QChart* createMetricChart(const std::vector<Curve>& curves, const QString& metric, MemoryAxis axis,
                          int currentDim)
{
    const bool byMemory = axis == MemoryAxis::BytesPerVector;
    auto* chart = newChart(
        byMemory ? tr("%1 against memory per vector (large points: dim %2)").arg(metric).arg(currentDim)
                 : tr("%1 against dimension (large points: dim %2)").arg(metric).arg(currentDim));
    auto* x = new QLogValueAxis;
    x->setBase(2.0);
    x->setLabelFormat(QStringLiteral("%g"));
    x->setTitleText(byMemory ? tr("Bytes per vector (float32, log scale)") : tr("Dimension (log scale)"));
    auto* y = new QValueAxis;
    y->setTitleText(metric);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double low = 1.0, high = 0.0, left = 1e300, right = 0.0;
    for (std::size_t run = 0; run < curves.size(); ++run) {
        const auto& curve = curves[run];
        auto* line = new QLineSeries;
        line->setName(QString::fromStdString(curve.name));
        line->setPointsVisible(true);
        line->setProperty(kRunIndex, static_cast<int>(run));
        std::vector<int> dims;
        for (const auto& point : curve.points) {
            line->append(point.x, point.y);
            dims.push_back(point.dim);
            low = std::min(low, point.y);
            high = std::max(high, point.y);
            left = std::min(left, point.x);
            right = std::max(right, point.x);
        }
        line->setProperty("pointDims", toVariantList(dims));
        attach(chart, line, x, y);
        labelPointsWithDims(chart, line, dims);
        auto* current = new QScatterSeries;
        current->setName(tr("%1 at dim %2").arg(line->name()).arg(currentDim));
        current->setMarkerSize(14.0);
        current->setProperty(kRunIndex, static_cast<int>(run));
        for (const auto& point : curve.points)
            if (point.dim == currentDim)
                current->append(point.x, point.y);
        attach(chart, current, x, y);
        for (auto* marker : chart->legend()->markers(current))
            marker->setVisible(false); // the legend names each run once
    }
    if (right > 0.0)
        x->setRange(left / 1.5, right * 1.5);
    y->setRange(std::max(0.0, low - 0.05), std::min(1.0, high + 0.05) + 1e-9);
    y->applyNiceNumbers(); // ticks at round values (0.05, 0.1, …) instead of fifths of the data's range
    return chart;
}

QChart* createScoreChart(const ScoreDistribution& distribution, int dim)
{
    auto* chart = newChart(tr("Cosine scores in the top-k at dim %1").arg(dim));
    auto* x = new QValueAxis;
    x->setTitleText(tr("Cosine score"));
    x->setRange(distribution.low, distribution.high);
    auto* y = new QValueAxis;
    y->setTitleText(tr("Products"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const double width = (distribution.high - distribution.low) / static_cast<double>(distribution.bins);
    int most = 1;
    for (const auto& histogram : distribution.labels) {
        auto* line = new QLineSeries;
        const QString label = QString::fromStdString(histogram.label);
        line->setName(label == QLatin1String("unjudged") ? tr("unjudged") : label);
        line->setColor(widgets::labelColor(label));
        line->setPointsVisible(true);
        for (std::size_t bin = 0; bin < histogram.counts.size(); ++bin) {
            line->append(distribution.low + (static_cast<double>(bin) + 0.5) * width, histogram.counts[bin]);
            most = std::max(most, histogram.counts[bin]);
        }
        attach(chart, line, x, y);
    }
    y->setRange(0, most * 1.05);
    return chart;
}

QChart* createMarginChart(const ScoreDistribution& distribution, int bins)
{
    auto* chart = newChart(tr("Best relevant minus best non-relevant score, per query"));
    const auto [lowest, highest] =
        std::minmax_element(distribution.margins.begin(), distribution.margins.end());
    const double low = distribution.margins.empty() ? -1.0 : *lowest;
    const double high = distribution.margins.empty() ? 1.0 : std::max(*highest, low + 1e-6);
    auto* set = new QBarSet(tr("Queries"));
    std::vector<int> counts(static_cast<std::size_t>(std::max(bins, 1)), 0);
    for (const double margin : distribution.margins)
        ++counts[std::min(counts.size() - 1, static_cast<std::size_t>((margin - low) / (high - low) *
                                                                      static_cast<double>(counts.size())))];
    QStringList categories;
    for (std::size_t bin = 0; bin < counts.size(); ++bin) {
        set->append(counts[bin]);
        categories.append(QLocale().toString(low + (high - low) * (static_cast<double>(bin) + 0.5) /
                                                       static_cast<double>(counts.size()),
                                             'f', 2));
    }
    auto* series = new QBarSeries;
    series->append(set);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("Margin (negative: a non-relevant product outscores every relevant one)"));
    auto* y = new QValueAxis;
    y->setTitleText(tr("Queries"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, series, x, y);
    y->setRange(0, *std::max_element(counts.begin(), counts.end()) * 1.05 + 1);
    return chart;
}

QChart* createRankShiftChart(const std::vector<RankShiftPoint>& points, int k, int referenceDim,
                             int currentDim)
{
    auto* chart = newChart(
        tr("Rank of each relevant product: dim %1 against dim %2").arg(referenceDim).arg(currentDim));
    auto* x = new QLogValueAxis;
    x->setTitleText(tr("Rank at dim %1 (%2 = beyond the top-k)").arg(referenceDim).arg(k + 1));
    auto* y = new QLogValueAxis;
    y->setTitleText(tr("Rank at dim %1").arg(currentDim));
    for (auto* axis : {x, y}) {
        axis->setBase(10.0);
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setRange(0.8, (k + 1) * 1.25);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    std::vector<std::string> labels;
    for (const auto& point : points)
        if (std::find(labels.begin(), labels.end(), point.label) == labels.end())
            labels.push_back(point.label);
    for (const auto& label : labels) {
        auto* scatter = new QScatterSeries;
        scatter->setName(QString::fromStdString(label));
        scatter->setColor(widgets::labelColor(scatter->name()));
        scatter->setMarkerSize(7.0);
        std::vector<int> queries;
        for (const auto& point : points)
            if (point.label == label) {
                scatter->append(point.referenceRank, point.currentRank);
                queries.push_back(static_cast<int>(point.queryIndex));
            }
        scatter->setProperty("pointQueries", toVariantList(queries));
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
    QStringList categories;
    for (const auto& row : rows) {
        current->append(row.current);
        reference->append(row.reference);
        categories.append(QString::fromStdString(row.slice));
    }
    auto* series = new QBarSeries;
    series->append(current);
    series->append(reference);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setTitleText(metric);
    y->setRange(0.0, 1.0);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, series, x, y);
    return chart;
}

QColor runColor(int index, bool dark)
{
    // Colour-blind-safe (Okabe–Ito) hues; lighter variants on dark backgrounds.
    static const QRgb light[] = {0x0072b2, 0xd55e00, 0x009e73, 0xcc79a7, 0x8c6d00, 0x56b4e9};
    static const QRgb onDark[] = {0x5cb8ff, 0xff9a52, 0x3fe0b0, 0xf0a8d0, 0xf0e442, 0xa8dcff};
    const auto slot = static_cast<std::size_t>(index) % std::size(light);
    return QColor::fromRgb(dark ? onDark[slot] : light[slot]);
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

void followPalette(QChart* chart, const QPalette& palette)
{
    for (auto* series : chart->series())
        if (auto* xy = qobject_cast<QXYSeries*>(series); xy && xy->property(kRunIndex).isValid())
            xy->setColor(runColor(xy->property(kRunIndex).toInt(), isDark(palette)));
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    for (auto* axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::Text));
        axis->setGridLineColor(palette.color(QPalette::Mid));
    }
}

} // namespace near2::charts
