#pragma once
// Saving a chart view as PNG (raster, at the view's size × `scale`) or SVG (vector, QSvgGenerator), chosen by
// the file's suffix. Written through QSaveFile: a failed export leaves no partial file. Returns false and a
// translated message on failure.
#include <QString>

class QGraphicsView;

namespace near2::charts {

bool exportChartView(QGraphicsView* view, const QString& file, QString* error, double scale = 2.0);

} // namespace near2::charts
