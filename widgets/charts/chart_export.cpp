#include "widgets/charts/chart_export.h"

#include "core/util/error.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsView>
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

bool isPng(const QString& file)
{
    return QFileInfo(file).suffix().toLower() == QLatin1String("png");
}

QImage renderPng(QGraphicsView* view, double scale)
{
    QImage image(view->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter);
    painter.end();
    return image;
}

QByteArray renderSvg(QGraphicsView* view)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(view->size());
    generator.setViewBox(QRect(QPoint(0, 0), view->size()));
    generator.setTitle(view->windowTitle());
    QPainter painter(&generator);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter);
    painter.end();
    return buffer.data();
}

} // namespace

QString chartFileError(const QString& file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return tr("Choose a file ending in .png or .svg.");
    return {};
}

ChartImage renderChartView(QGraphicsView* view, const QString& file, double scale)
{
    ChartImage image;
    if (isPng(file))
        image.png = renderPng(view, scale);
    else
        image.svg = renderSvg(view);
    return image;
}

void writeChartImage(const ChartImage& image, const std::filesystem::path& file)
{
    const QString name = QString::fromStdU16String(file.u16string());
    const auto failed = [&](const QSaveFile& out) {
        return InputError(tr("Cannot write %1: %2").arg(name, out.errorString()).toStdString());
    };
    QSaveFile out(name);
    if (!out.open(QIODevice::WriteOnly))
        throw failed(out);
    if (!image.png.isNull())
        image.png.save(&out, "PNG");
    else
        out.write(image.svg);
    if (!out.commit())
        throw failed(out);
}

bool exportChartView(QGraphicsView* view, const QString& file, QString* error, double scale)
{
    if (*error = chartFileError(file); !error->isEmpty())
        return false;
    try {
        writeChartImage(renderChartView(view, file, scale), file.toStdU16String());
    } catch (const InputError& failure) {
        *error = QString::fromUtf8(failure.what());
        return false;
    }
    return true;
}

} // namespace near2::charts
