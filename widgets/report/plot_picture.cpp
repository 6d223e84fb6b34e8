#include "widgets/report/plot_picture.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace near2::report {

namespace {

constexpr double kMargin = 8.0, kGap = 6.0;
constexpr double kLabelRoom = 36.0; // right of the plot: the last point's label

QFont pixelFont(double pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(static_cast<int>(pixels));
    font.setBold(bold);
    return font;
}

QString text(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

void drawMarker(QPainter& painter, MarkerShape shape, QPointF at, double size, const QColor& colour)
{
    painter.setPen(QPen(colour.darker(130), 0.8));
    painter.setBrush(colour);
    const double r = size / 2.0;
    switch (shape) {
    case MarkerShape::Circle:
        painter.drawEllipse(at, r, r);
        return;
    case MarkerShape::Square:
        painter.drawRect(QRectF(at.x() - r, at.y() - r, size, size));
        return;
    case MarkerShape::Triangle:
        painter.drawPolygon(
            QPolygonF{{at.x(), at.y() - r}, {at.x() + r, at.y() + r}, {at.x() - r, at.y() + r}});
        return;
    case MarkerShape::Star: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double radius = i % 2 == 0 ? r : r * 0.45;
            const double angle = -std::numbers::pi / 2.0 + i * std::numbers::pi / 5.0;
            star << at + QPointF(radius * std::cos(angle), radius * std::sin(angle));
        }
        painter.drawPolygon(star);
        return;
    }
    }
}

void drawSwatch(QPainter& painter, const PlotSeries& series, QPointF centre)
{
    if (series.joined) {
        painter.setPen(QPen(series.colour, 1.5));
        painter.drawLine(centre - QPointF(8.0, 0.0), centre + QPointF(8.0, 0.0));
    }
    if (series.marker)
        drawMarker(painter, *series.marker, centre, std::min(series.markerSize, 9.0), series.colour);
}

struct LegendEntry
{
    const PlotSeries* series;
    QString name;
    QPointF at; // the swatch's centre, relative to the legend's top left
};

// Entries left to right, wrapping into rows of `width`.
std::vector<LegendEntry> layOutLegend(const Plot& plot, const QFontMetricsF& metrics, double width,
                                      double* height)
{
    std::vector<LegendEntry> entries;
    const double row = metrics.height() + 4.0;
    double x = 0.0, y = row / 2.0;
    std::size_t rowStart = 0;
    const auto centreRow = [&] { // the row's entries moved right by half of what is left of it
        for (std::size_t i = rowStart; i < entries.size(); ++i)
            entries[i].at.rx() += (width - x) / 2.0;
        rowStart = entries.size();
    };
    for (const PlotSeries& series : plot.series) {
        if (series.name.isEmpty())
            continue;
        const QString name = metrics.elidedText(series.name, Qt::ElideMiddle, width / 2.0);
        const double entryWidth = 20.0 + metrics.horizontalAdvance(name) + 14.0;
        if (x > 0.0 && x + entryWidth > width) {
            centreRow();
            x = 0.0;
            y += row;
        }
        entries.push_back({&series, name, QPointF(x + 8.0, y)});
        x += entryWidth;
    }
    centreRow();
    *height = entries.empty() ? 0.0 : y + row / 2.0;
    return entries;
}

// Not a NaN metric, nor a value a log axis cannot show (≤ 0): the PDF writer would draw it at 0.
bool placeable(const QPointF& at)
{
    return std::isfinite(at.x()) && std::isfinite(at.y());
}

// Where a position on the drawn axis (a value, or its log) lies between the axis' ends, 0 to 1.
double positionFraction(const AxisTicks& ticks, double position)
{
    const double span = ticks.high - ticks.low;
    return span > 0.0 ? (position - ticks.low) / span : 0.5;
}

double fraction(const AxisTicks& ticks, double value)
{
    return positionFraction(ticks, ticks.position(value));
}

} // namespace

RecordedChart paintPlot(const Plot& plot, double heightMm)
{
    RecordedChart recorded = blankChart(heightMm);
    const QSizeF size = recorded.size;
    const QFont titleFont = pixelFont(12.0), tickFont = pixelFont(11.0), axisFont = pixelFont(11.0, true),
                labelFont = pixelFont(10.0);
    const QFontMetricsF titleMetrics(titleFont), tickMetrics(tickFont), axisMetrics(axisFont);

    double legendHeight = 0.0;
    const auto legend = layOutLegend(plot, tickMetrics, size.width() - 2.0 * kMargin, &legendHeight);
    double yTickWidth = 0.0;
    for (const AxisTick& tick : plot.y.ticks.ticks)
        yTickWidth = std::max(yTickWidth, tickMetrics.horizontalAdvance(text(tick.label)));
    const double titleHeight = plot.title.isEmpty() ? 0.0 : titleMetrics.height() + kGap;
    const double left = kMargin + axisMetrics.height() + kGap + yTickWidth + kGap;
    const double bottom = size.height() - kMargin - (legendHeight > 0.0 ? legendHeight + kGap : 0.0) -
                          axisMetrics.height() - kGap - tickMetrics.height() - kGap;
    const QRectF area(QPointF(left, kMargin + titleHeight + tickMetrics.height() / 2.0),
                      QPointF(size.width() - kMargin - kLabelRoom, bottom));
    const auto at = [&](double x, double y) {
        return QPointF(area.left() + fraction(plot.x.ticks, x) * area.width(),
                       area.bottom() - fraction(plot.y.ticks, y) * area.height());
    };

    QPainter painter(&recorded.picture);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    painter.setPen(Qt::black);
    painter.setFont(titleFont);
    painter.drawText(QRectF(0.0, kMargin, size.width(), titleMetrics.height()), Qt::AlignHCenter, plot.title);

    painter.setFont(tickFont);
    const QPen grid(QColor(0xd0, 0xd0, 0xd0), 0.7);
    for (const AxisTick& tick : plot.x.ticks.ticks) {
        const double x = area.left() + positionFraction(plot.x.ticks, tick.position) * area.width();
        painter.setPen(grid);
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x - 60.0, area.bottom() + kGap, 120.0, tickMetrics.height()),
                         Qt::AlignHCenter, text(tick.label));
    }
    for (const AxisTick& tick : plot.y.ticks.ticks) {
        const double y = area.bottom() - positionFraction(plot.y.ticks, tick.position) * area.height();
        painter.setPen(grid);
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left() - kGap - yTickWidth, y - tickMetrics.height() / 2.0, yTickWidth,
                                tickMetrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, text(tick.label));
    }
    painter.setPen(QPen(Qt::gray, 0.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);

    painter.setPen(Qt::black);
    painter.setFont(axisFont);
    const double xTitleTop = area.bottom() + kGap + tickMetrics.height() + kGap;
    painter.drawText(QRectF(area.left(), xTitleTop, area.width(), axisMetrics.height()), Qt::AlignHCenter,
                     plot.x.title);
    painter.save();
    painter.translate(kMargin, area.center().y());
    painter.rotate(-90.0);
    painter.drawText(QRectF(-area.height() / 2.0, 0.0, area.height(), axisMetrics.height()), Qt::AlignHCenter,
                     plot.y.title);
    painter.restore();

    painter.setFont(labelFont);
    for (const PlotSeries& series : plot.series) {
        if (series.joined) { // broken where a point cannot be placed
            painter.setPen(QPen(series.colour, 1.5));
            painter.setBrush(Qt::NoBrush);
            QPolygonF line;
            for (const PlotPoint& point : series.points) {
                const QPointF centre = at(point.x, point.y);
                if (placeable(centre))
                    line << centre;
                if (!placeable(centre) || &point == &series.points.back()) {
                    if (line.size() > 1)
                        painter.drawPolyline(line);
                    line.clear();
                }
            }
        }
        for (const PlotPoint& point : series.points) {
            const QPointF centre = at(point.x, point.y);
            if (!placeable(centre))
                continue;
            const double markerSize = point.emphasised ? series.emphasisedSize : series.markerSize;
            if (series.marker)
                drawMarker(painter, *series.marker, centre, markerSize, series.colour);
            if (!point.label.isEmpty()) {
                painter.setPen(series.colour);
                painter.drawText(centre + QPointF(markerSize / 2.0 + 1.0, -markerSize / 2.0 - 1.0),
                                 point.label);
            }
        }
    }

    painter.setFont(tickFont);
    const QPointF legendTop(kMargin, size.height() - kMargin - legendHeight);
    for (const LegendEntry& entry : legend) {
        const QPointF centre = legendTop + entry.at;
        drawSwatch(painter, *entry.series, centre);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(centre.x() + 12.0, centre.y() - tickMetrics.height() / 2.0, size.width(),
                                tickMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, entry.name);
    }
    painter.end();
    return recorded;
}

} // namespace near2::report
