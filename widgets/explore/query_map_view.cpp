#include "widgets/explore/query_map_view.h"

#include "widgets/charts/chart_builders.h"
#include "widgets/label_colors.h"
#include "widgets/locale_numbers.h"

#include <QAbstractItemView>
#include <QCursor>
#include <QEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace near2::widgets {

QueryMapView::QueryMapView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    rebuild();
}

void QueryMapView::setMap(explore::QueryMap map, const std::map<std::int32_t, ProductRecord>& products,
                          int referenceDim)
{
    // An empty map after an empty map (each query or dim clears the map until its answer arrives) draws
    // nothing new: a new QChart each time held the GUI thread (issue 14).
    const bool stillEmpty = map.points.empty() && map.layer.empty() && m_map.points.empty() &&
                            m_map.layer.empty() && map.explainedVarianceRatio == m_map.explainedVarianceRatio;
    m_map = std::move(map);
    m_referenceDim = referenceDim;
    m_titles.clear();
    if (stillEmpty)
        return;
    for (const auto& point : m_map.points) {
        const auto product = products.find(point.row);
        m_titles.push_back(point.row < 0               ? tr("the query")
                           : product == products.end() ? QString::number(point.row)
                                                       : QString::fromStdString(product->second.title));
    }
    rebuild();
}

void QueryMapView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

QString QueryMapView::describe(std::size_t point) const
{
    const auto& mapped = m_map.points[point];
    const auto rankText = [this](const std::optional<std::size_t>& rank) {
        return rank ? QString::number(*rank) : tr("not in the stored ranking");
    };
    QString text = m_titles[point];
    if (mapped.row >= 0) {
        text +=
            QLatin1Char('\n') +
            tr("Label: %1").arg(mapped.label.empty() ? tr("unjudged") : QString::fromStdString(mapped.label));
        text +=
            QLatin1Char('\n') + tr("Rank at %1 dims: %2").arg(m_map.dim).arg(rankText(mapped.currentRank));
        text += QLatin1Char('\n') +
                tr("Rank at %1 dims: %2").arg(m_referenceDim).arg(rankText(mapped.referenceRank));
    }
    return text;
}

std::pair<QScatterSeries*, int> QueryMapView::seriesPointOf(std::size_t point) const
{
    for (const auto& [series, members] : m_members)
        if (const auto at = std::find(members.begin(), members.end(), point); at != members.end())
            return {const_cast<QScatterSeries*>(series), static_cast<int>(at - members.begin())};
    return {nullptr, -1};
}

std::ptrdiff_t QueryMapView::pointAt(const QScatterSeries* series, const QPointF& value) const
{
    const auto members = m_members.find(series);
    if (members == m_members.end())
        return -1;
    // The nearest of the series' points: the value a click reports is the point's own.
    std::ptrdiff_t best = -1;
    double bestDistance = 0.0;
    for (std::size_t i = 0; i < members->second.size(); ++i) {
        const auto& point = m_map.points[members->second[i]];
        const double distance = std::hypot(point.x - value.x(), point.y - value.y());
        if (best < 0 || distance < bestDistance) {
            best = static_cast<std::ptrdiff_t>(members->second[i]);
            bestDistance = distance;
        }
    }
    return best;
}

void QueryMapView::rebuild()
{
    auto* built = new QChart;
    built->legend()->setAlignment(Qt::AlignBottom);
    m_members.clear();
    std::map<std::string, QScatterSeries*> byLabel;
    const auto seriesFor = [&](const explore::MapPoint& point) {
        const std::string key = point.row < 0 ? std::string("\x01query") : point.label;
        auto& series = byLabel[key];
        if (!series) {
            series = new QScatterSeries;
            series->setName(point.row < 0         ? tr("Query")
                            : point.label.empty() ? tr("Unjudged")
                                                  : QString::fromStdString(point.label));
            series->setColor(point.row < 0 ? palette().color(QPalette::Text)
                                           : labelColor(QString::fromStdString(point.label), palette()));
            series->setMarkerShape(point.row < 0 ? QScatterSeries::MarkerShapeRectangle
                                                 : QScatterSeries::MarkerShapeCircle);
            series->setMarkerSize(point.row < 0 ? 14.0 : 10.0);
        }
        return series;
    };
    double minX = -1.0, maxX = 1.0, minY = -1.0, maxY = 1.0;
    for (std::size_t i = 0; i < m_map.points.size(); ++i) {
        const auto& point = m_map.points[i];
        auto* series = seriesFor(point);
        series->append(point.x, point.y);
        m_members[series].push_back(i);
        minX = std::min(minX, point.x), maxX = std::max(maxX, point.x);
        minY = std::min(minY, point.y), maxY = std::max(maxY, point.y);
    }
    if (!m_map.layer.empty()) {
        auto* layer = new QScatterSeries;
        layer->setName(tr("Other queries"));
        layer->setColor(palette().color(QPalette::PlaceholderText));
        layer->setMarkerSize(6.0);
        for (const auto& [x, y] : m_map.layer) {
            layer->append(x, y);
            minX = std::min(minX, x), maxX = std::max(maxX, x);
            minY = std::min(minY, y), maxY = std::max(maxY, y);
        }
        built->addSeries(layer);
    }
    auto* axisX = new QValueAxis;
    auto* axisY = new QValueAxis;
    axisX->setTitleText(
        tr("PC 1 (%1 % of the variance)").arg(localeFixed(100.0 * m_map.explainedVarianceRatio[0], 0)));
    axisY->setTitleText(
        tr("PC 2 (%1 % of the variance)").arg(localeFixed(100.0 * m_map.explainedVarianceRatio[1], 0)));
    const double marginX = 0.05 * (maxX - minX), marginY = 0.05 * (maxY - minY);
    axisX->setRange(minX - marginX, maxX + marginX);
    axisY->setRange(minY - marginY, maxY + marginY);
    built->addAxis(axisX, Qt::AlignBottom);
    built->addAxis(axisY, Qt::AlignLeft);
    for (auto& [key, series] : byLabel) {
        built->addSeries(series);
        connect(series, &QScatterSeries::hovered, this, [this, series](const QPointF& value, bool on) {
            const auto point = pointAt(series, value);
            if (!on || point < 0)
                QToolTip::hideText();
            else
                QToolTip::showText(QCursor::pos(), describe(static_cast<std::size_t>(point)), this);
        });
        // Emitted later: following the click may rebuild the map, deleting the clicked series.
        connect(series, &QScatterSeries::clicked, this, [this, series](const QPointF& value) {
            const auto point = pointAt(series, value);
            if (point < 0)
                return;
            const auto row = m_map.points[static_cast<std::size_t>(point)].row;
            if (row >= 0)
                QMetaObject::invokeMethod(
                    this, [this, row] { Q_EMIT productClicked(row); }, Qt::QueuedConnection);
        });
    }
    for (auto* series : built->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    charts::followPalette(built, palette());
    QChart* old = chart();
    setChart(built);
    delete old;
}

bool selectProduct(QAbstractItemView* view, int productRowRole, std::int32_t row)
{
    auto* model = view->model();
    if (!model)
        return false;
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto index = model->index(r, 0);
        if (index.data(productRowRole).toInt() == row) {
            view->setCurrentIndex(index);
            view->scrollTo(index);
            return true;
        }
    }
    return false;
}

} // namespace near2::widgets
