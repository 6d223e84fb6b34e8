#include "widgets/charts/chart_interaction.h"

#include <QChartView>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QXYSeries>
#include <cmath>

namespace near2::charts {

namespace {

double hitRadius(const QXYSeries* series)
{
    const double marker = series->markerSize();
    return std::max(kMinimumHitRadius, marker / 2.0 + 1.0);
}

// The entry of `property` for point `index`, or -1.
int entryOf(const QXYSeries* series, int index, const char* property)
{
    const QVariantList entries = series->property(property).toList();
    return index >= 0 && index < entries.size() ? entries[index].toInt() : -1;
}

class PointerFilter final : public QObject
{
public:
    PointerFilter(QChartView* view, PointActions actions)
        : QObject(view), m_view(view), m_viewport(view->viewport()), m_actions(std::move(actions))
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // Compared with the viewport kept at construction: the viewport still sends events while the view
        // is destroyed, when calling m_view->viewport() would be a call on a half-destroyed object (UBSan).
        if (watched != m_viewport)
            return false;
        if (event->type() == QEvent::MouseMove)
            hover(static_cast<QMouseEvent*>(event)->position().toPoint());
        else if (event->type() == QEvent::Leave && m_showing) {
            QToolTip::hideText();
            m_showing = false;
        } else if (event->type() == QEvent::MouseButtonRelease &&
                   static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton)
            click(static_cast<QMouseEvent*>(event)->position().toPoint());
        return false;
    }

private:
    void hover(QPoint position)
    {
        const PointHit hit = pointAt(m_view, position);
        const QString tip = hit ? tipAt(m_view, position) : QString();
        if (!tip.isEmpty()) {
            QToolTip::showText(m_view->viewport()->mapToGlobal(pointPosition(m_view, hit.series, hit.index)),
                               tip, m_view->viewport());
            m_showing = true;
        } else if (m_showing) {
            QToolTip::hideText();
            m_showing = false;
        }
        const bool clickable = hit && (entryOf(hit.series, hit.index, kPointDims) > 0 ||
                                       entryOf(hit.series, hit.index, kPointQueries) >= 0 ||
                                       entryOf(hit.series, hit.index, kPointCells) >= 0);
        if (clickable)
            m_view->viewport()->setCursor(Qt::PointingHandCursor);
        else
            m_view->viewport()->unsetCursor();
    }

    void click(QPoint position)
    {
        const PointHit hit = pointAt(m_view, position);
        if (!hit)
            return;
        const int dim = entryOf(hit.series, hit.index, kPointDims);
        const int query = entryOf(hit.series, hit.index, kPointQueries);
        const int cell = entryOf(hit.series, hit.index, kPointCells);
        QMetaObject::invokeMethod(
            this,
            [actions = m_actions, dim, query, cell] {
                if (dim > 0 && actions.onDim)
                    actions.onDim(dim);
                if (query >= 0 && actions.onQuery)
                    actions.onQuery(query);
                if (cell >= 0 && actions.onCell)
                    actions.onCell(cell);
            },
            Qt::QueuedConnection);
    }

    QChartView* m_view;
    const QObject* m_viewport; // the filtered widget
    PointActions m_actions;
    bool m_showing = false;
};

} // namespace

QPoint pointPosition(const QChartView* view, const QXYSeries* series, int index)
{
    QChart* chart = view->chart();
    const QPointF inChart = chart->mapToPosition(series->at(index), const_cast<QXYSeries*>(series));
    return view->mapFromScene(chart->mapToScene(inChart));
}

PointHit pointAt(const QChartView* view, QPoint viewportPos)
{
    QChart* chart = view ? view->chart() : nullptr;
    if (!chart)
        return {};
    PointHit best;
    double bestDistance = INFINITY;
    const QRectF plot = chart->plotArea().adjusted(-1, -1, 1, 1);
    for (auto* abstract : chart->series()) {
        auto* series = qobject_cast<QXYSeries*>(abstract);
        if (!series || !series->isVisible() || !series->property(kPointTips).isValid())
            continue;
        const double radius = hitRadius(series);
        for (int i = 0; i < series->count(); ++i) {
            const QPointF inChart = chart->mapToPosition(series->at(i), series);
            if (!plot.contains(inChart))
                continue;
            const QPoint at = view->mapFromScene(chart->mapToScene(inChart));
            const double distance = std::hypot(at.x() - viewportPos.x(), at.y() - viewportPos.y());
            if (distance <= radius && distance < bestDistance) {
                bestDistance = distance;
                best = {series, i};
            }
        }
    }
    return best;
}

QString tipAt(const QChartView* view, QPoint viewportPos)
{
    const PointHit hit = pointAt(view, viewportPos);
    if (!hit)
        return {};
    const QStringList tips = hit.series->property(kPointTips).toStringList();
    return hit.index < tips.size() ? tips[hit.index] : QString();
}

void makeInteractive(QChartView* view, PointActions actions)
{
    auto* filter = new PointerFilter(view, std::move(actions));
    view->viewport()->setMouseTracking(true);
    view->viewport()->installEventFilter(filter);
}

} // namespace near2::charts
