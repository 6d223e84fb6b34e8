#include "widgets/charts/chart_interaction.h"

#include <QCoreApplication>
#include <QCursor>
#include <QToolTip>
#include <QXYSeries>

namespace near2::charts {

namespace {

// The entry of `property` for the series point nearest to `point`, or -1.
int entryAt(const QXYSeries* series, const QPointF& point, const char* property)
{
    const QVariantList entries = series->property(property).toList();
    const auto points = series->points();
    int nearest = -1;
    double best = 1e300;
    for (int i = 0; i < points.size() && i < entries.size(); ++i) {
        const double distance = std::abs(points[i].x() - point.x()) + std::abs(points[i].y() - point.y());
        if (distance < best) {
            best = distance;
            nearest = i;
        }
    }
    return nearest < 0 ? -1 : entries[nearest].toInt();
}

} // namespace

void makeInteractive(QChart* chart, QObject* context, std::function<void(int dim)> onDim,
                     std::function<void(int query)> onQuery)
{
    for (auto* abstract : chart->series()) {
        auto* series = qobject_cast<QXYSeries*>(abstract);
        if (!series)
            continue;
        QObject::connect(series, &QXYSeries::hovered, context, [series](const QPointF& point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), QCoreApplication::translate("Charts", "%1\nx = %L2, y = %L3")
                                                   .arg(series->name())
                                                   .arg(point.x(), 0, 'g', 6)
                                                   .arg(point.y(), 0, 'f', 4));
        });
        QObject::connect(
            series, &QXYSeries::clicked, context, [series, onDim, onQuery](const QPointF& point) {
                if (const int dim = entryAt(series, point, "pointDims"); dim > 0 && onDim)
                    onDim(dim);
                if (const int query = entryAt(series, point, "pointQueries"); query >= 0 && onQuery)
                    onQuery(query);
            });
    }
}

} // namespace near2::charts
