#include "widgets/tradeoffs/pareto_chart.h"

#include "core/tradeoffs/tradeoff_names.h"
#include "widgets/tradeoffs/tradeoff_points.h"

#include <QCoreApplication>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace near2::tradeoffs {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ParetoChart", text);
}

QLogValueAxis* costAxis(ParetoAxis axis, double low, double high)
{
    auto* x = new QLogValueAxis;
    x->setBase(axis == ParetoAxis::BytesPerVector ? 2.0 : 10.0);
    x->setLabelFormat(QStringLiteral("%g"));
    x->setTitleText(axis == ParetoAxis::BytesPerVector ? tr("bytes per vector (log)")
                                                       : tr("p50 latency, ms (log)"));
    x->setRange(low / 1.5, high * 1.5);
    return x;
}

} // namespace

QColor precisionColor(Precision precision)
{
    switch (precision) {
    case Precision::Fp32:
        return QColor(0x1f, 0x77, 0xb4);
    case Precision::Fp16:
        return QColor(0x17, 0xbe, 0xcf);
    case Precision::Int8:
        return QColor(0xff, 0x7f, 0x0e);
    case Precision::Binary:
        return QColor(0xd6, 0x27, 0x28);
    case Precision::BinaryRescore:
        return QColor(0x94, 0x67, 0xbd);
    case Precision::ProductQuantized:
        return QColor(0x2c, 0xa0, 0x2c);
    }
    return Qt::gray;
}

QScatterSeries::MarkerShape indexMarker(IndexKind index)
{
    switch (index) {
    case IndexKind::Flat:
        return QScatterSeries::MarkerShapeCircle;
    case IndexKind::Hnsw:
        return QScatterSeries::MarkerShapeRectangle;
    case IndexKind::IvfPq:
        return QScatterSeries::MarkerShapeTriangle;
    case IndexKind::Funnel:
        return QScatterSeries::MarkerShapeStar;
    }
    return QScatterSeries::MarkerShapeCircle;
}

QChart* createParetoChart(const TradeoffReport& report, std::size_t metricColumn, ParetoAxis axis)
{
    auto* chart = new QChart;
    const ChartPoints points = chartPoints(report, metricColumn, axis);
    const QString metric = metricColumn < report.columns.size()
                               ? QString::fromStdString(report.columns[metricColumn])
                               : QString();
    chart->setTitle(
        tr("%1 against %2").arg(metric, axis == ParetoAxis::BytesPerVector ? tr("memory") : tr("latency")));
    double low = INFINITY, high = 0, bottom = INFINITY, top = -INFINITY;
    const auto pointOf = [&](std::size_t cell) {
        const QPointF point(costOf(report.cells[cell], axis), report.cells[cell].metrics[metricColumn]);
        low = std::min(low, point.x());
        high = std::max(high, point.x());
        bottom = std::min(bottom, point.y());
        top = std::max(top, point.y());
        return point;
    };
    std::vector<QXYSeries*> series;
    for (const PointGroup& group : points.groups) {
        auto* scatter = new QScatterSeries;
        scatter->setName(QStringLiteral("%1 · %2").arg(QString::fromUtf8(precisionName(group.precision)),
                                                       QString::fromUtf8(indexName(group.index))));
        scatter->setColor(precisionColor(group.precision));
        scatter->setBorderColor(precisionColor(group.precision).darker(130));
        scatter->setMarkerShape(indexMarker(group.index));
        // Flat points larger: an approximate index's point at the same place stays visible inside them.
        scatter->setMarkerSize(group.index == IndexKind::Flat ? 13.0 : 8.0);
        QVariantList cells;
        for (const std::size_t cell : group.cells) {
            scatter->append(pointOf(cell));
            cells.append(static_cast<int>(cell));
        }
        scatter->setProperty("pointCells", cells);
        series.push_back(scatter);
    }
    if (!points.front.empty()) {
        auto* front = new QLineSeries;
        front->setName(tr("Pareto front"));
        front->setColor(Qt::gray);
        for (const std::size_t cell : points.front)
            front->append(pointOf(cell));
        series.insert(series.begin(), front); // drawn below the points
    }
    for (auto* each : series)
        chart->addSeries(each);
    if (series.empty())
        return chart;
    auto* x = costAxis(axis, low, high);
    auto* y = new QValueAxis;
    y->setTitleText(metric);
    const double margin = std::max(0.01, (top - bottom) * 0.08);
    y->setRange(std::max(0.0, bottom - margin), top + margin);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* each : series) {
        each->attachAxis(x);
        each->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    return chart;
}

int cellAtPoint(const QXYSeries* series, const QPointF& point)
{
    const QVariantList cells = series->property("pointCells").toList();
    const auto found = series->points().indexOf(point);
    if (found >= 0 && found < cells.size())
        return cells[found].toInt();
    // Hover/click positions may be off by rounding: take the nearest point in value space.
    qsizetype best = -1;
    double bestDistance = INFINITY;
    const auto all = series->points();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const double distance = std::abs(std::log(all[i].x() / point.x())) + std::abs(all[i].y() - point.y());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best >= 0 && best < cells.size() ? cells[best].toInt() : -1;
}

} // namespace near2::tradeoffs
