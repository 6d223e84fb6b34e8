#pragma once
// Hover tooltips and clicks on the points of a chart built by chart_builders.h or the Pareto chart, found by
// their position on screen: the nearest point within max(8 px, half its marker) of the mouse, so a point is
// hit without landing on its exact pixel. Series carry, per point, the tooltip (`kPointTips`) and what a
// click selects (`kPointDims`, `kPointQueries`, `kPointCells`).
#include <QPoint>
#include <QString>
#include <functional>

class QChartView;
class QXYSeries;

namespace near2::charts {

inline constexpr const char* kPointTips = "pointTips";       // QStringList: the tooltip of each point
inline constexpr const char* kPointDims = "pointDims";       // QVariantList of int: a click selects the dim
inline constexpr const char* kPointQueries = "pointQueries"; // … the query (index in the main run)
inline constexpr const char* kPointCells = "pointCells";     // … the trade-off cell
inline constexpr double kMinimumHitRadius = 8.0;             // px around a point's centre

struct PointHit
{
    QXYSeries* series = nullptr;
    int index = -1; // the point's index in the series
    explicit operator bool() const { return series && index >= 0; }
};

// The point under `viewportPos` (in `view`'s viewport coordinates), or none.
PointHit pointAt(const QChartView* view, QPoint viewportPos);
// Its tooltip, empty when there is none.
QString tipAt(const QChartView* view, QPoint viewportPos);
// Where a series' point `index` is drawn, in viewport coordinates (for tests and for placing tooltips).
QPoint pointPosition(const QChartView* view, const QXYSeries* series, int index);

struct PointActions
{
    std::function<void(int dim)> onDim = {};
    std::function<void(int query)> onQuery = {};
    std::function<void(int cell)> onCell = {};
};

// Tooltips on hover and `actions` on a left click, for whatever chart `view` shows now or later. The
// actions run queued (a selection may rebuild the chart and delete the clicked series).
void makeInteractive(QChartView* view, PointActions actions);

} // namespace near2::charts
