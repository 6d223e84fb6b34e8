#include "widgets/report/recorded_chart.h"

#include "widgets/charts/chart_builders.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>

namespace near2::report {

QPageLayout reportPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 14),
                       QPageLayout::Millimeter);
}

RecordedChart recordChart(QChart* chart, double heightMm)
{
    const double widthMm = reportPageLayout().paintRect(QPageLayout::Millimeter).width();
    RecordedChart recorded;
    recorded.size = QSizeF(720.0, 720.0 * heightMm / widthMm);
    recorded.heightMm = heightMm;
    charts::followPalette(chart, QPalette(Qt::white));
    chart->setBackgroundBrush(Qt::white);
    chart->setDropShadowEnabled(false);
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns and deletes the chart
    chart->resize(recorded.size);
    scene.setSceneRect(QRectF(QPointF(0, 0), recorded.size));
    QPainter painter(&recorded.picture);
    scene.render(&painter, scene.sceneRect(), scene.sceneRect());
    painter.end();
    return recorded;
}

} // namespace near2::report
