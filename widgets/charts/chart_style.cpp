#include "widgets/charts/chart_style.h"

#include "widgets/label_colors.h"

#include <QGuiApplication>
#include <QLegend>
#include <QScatterSeries>
#include <QXYSeries>
#include <iterator>

namespace near2::charts {

namespace {

constexpr const char* kRunIndex = "runIndex";       // a metric curve's run, for its palette colour
constexpr const char* kLabel = "colourLabel";       // a series drawn in a label's colour
constexpr const char* kShownLabels = "shownLabels"; // … among these labels

QColor seriesColour(const QXYSeries* series, const QPalette& palette)
{
    if (const QVariant run = series->property(kRunIndex); run.isValid())
        return runColor(run.toInt(), isDark(palette));
    const QString label = series->property(kLabel).toString();
    const QStringList shown = series->property(kShownLabels).toStringList();
    const auto colours = widgets::labelColors(shown, palette);
    const auto at = shown.indexOf(label);
    return at >= 0 ? colours[static_cast<std::size_t>(at)] : widgets::labelColor(label, palette);
}

void applyColour(QXYSeries* series, const QColor& colour)
{
    series->setColor(colour);
    if (auto* scatter = qobject_cast<QScatterSeries*>(series))
        scatter->setBorderColor(colour.darker(125));
}

} // namespace

QColor runColor(int index, bool dark)
{
    // Colour-blind-safe (Okabe–Ito) hues; lighter variants on dark backgrounds.
    static const QRgb light[] = {0x0072b2, 0xd55e00, 0x009e73, 0xcc79a7, 0x8c6d00, 0x56b4e9};
    static const QRgb onDark[] = {0x5cb8ff, 0xff9a52, 0x3fe0b0, 0xf0a8d0, 0xf0e442, 0xa8dcff};
    const auto slot = static_cast<std::size_t>(index) % std::size(light);
    return QColor::fromRgb(dark ? onDark[slot] : light[slot]);
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

void colourByRun(QXYSeries* series, int index)
{
    series->setProperty(kRunIndex, index);
    applyColour(series, runColor(index, isDark(QGuiApplication::palette())));
}

void colourByLabel(QXYSeries* series, const QString& label, const QStringList& shown)
{
    series->setProperty(kLabel, label);
    series->setProperty(kShownLabels, shown);
    applyColour(series, seriesColour(series, QGuiApplication::palette()));
}

void followPalette(QChart* chart, const QPalette& palette)
{
    for (auto* series : chart->series())
        if (auto* xy = qobject_cast<QXYSeries*>(series);
            xy && (xy->property(kRunIndex).isValid() || xy->property(kLabel).isValid()))
            applyColour(xy, seriesColour(xy, palette));
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    for (auto* axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::Text));
        axis->setGridLineColor(palette.color(QPalette::Mid));
    }
}

} // namespace near2::charts
