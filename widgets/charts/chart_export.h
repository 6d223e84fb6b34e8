#pragma once
// Saving a chart view as PNG (raster, at the view's size × `scale`) or SVG (vector, QSvgGenerator), chosen by
// the file's suffix, in two halves: rendering the view (GUI thread: views are widgets) and writing the file
// (any thread; through QSaveFile: a failed export leaves no partial file).
#include <QByteArray>
#include <QImage>
#include <QString>
#include <filesystem>

class QGraphicsView;

namespace near2::charts {

struct ChartImage
{
    QImage png;     // when the file is a PNG
    QByteArray svg; // else the SVG document
};

// A translated message when `file` ends in neither .png nor .svg; empty otherwise.
QString chartFileError(const QString& file);
ChartImage renderChartView(QGraphicsView* view, const QString& file, double scale = 2.0);
// Throws InputError (a translated message naming the file) when it cannot be written.
void writeChartImage(const ChartImage& image, const std::filesystem::path& file);

// Both halves at once; false and a translated message on failure.
bool exportChartView(QGraphicsView* view, const QString& file, QString* error, double scale = 2.0);

} // namespace near2::charts
