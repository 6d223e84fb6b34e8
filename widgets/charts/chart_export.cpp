#include "widgets/charts/chart_export.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace near2::charts {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() in this namespace.
    return QCoreApplication::translate("near2::charts", text);
}

void renderPng(QGraphicsView* view, QSaveFile& out, double scale)
{
    QImage image(view->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter);
    painter.end();
    image.save(&out, "PNG");
}

void renderSvg(QGraphicsView* view, QSaveFile& out)
{
    QSvgGenerator generator;
    generator.setOutputDevice(&out);
    generator.setSize(view->size());
    generator.setViewBox(QRect(QPoint(0, 0), view->size()));
    generator.setTitle(view->windowTitle());
    QPainter painter(&generator);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter);
}

} // namespace

bool exportChartView(QGraphicsView* view, const QString& file, QString* error, double scale)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")) {
        *error = tr("Choose a file ending in .png or .svg.");
        return false;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    if (suffix == QLatin1String("png"))
        renderPng(view, out, scale);
    else
        renderSvg(view, out);
    if (!out.commit()) {
        *error = tr("Cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

} // namespace near2::charts
