#pragma once
// Hover tooltips and click selection for the series of a chart built by chart_builders.h: hovering shows
// the point's values, clicking calls `onDim` for a point with a "pointDims" entry or `onQuery` for one with a
// "pointQueries" entry.
#include <QChart>
#include <functional>

namespace near2::charts {

void makeInteractive(QChart* chart, QObject* context, std::function<void(int dim)> onDim,
                     std::function<void(int query)> onQuery);

} // namespace near2::charts
