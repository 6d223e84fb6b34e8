#pragma once
// Colours of the charts: runs (Okabe–Ito), labels (widgets/label_colors.h, numeric grades on a sequential
// scale) and the palette's background, text and grid, re-applied when the palette changes.
#include <QChart>
#include <QColor>
#include <QPalette>
#include <QStringList>

class QXYSeries;

namespace near2::charts {

// The colour of the metric curve of run `index`, readable on a light or a dark background.
QColor runColor(int index, bool dark);
bool isDark(const QPalette& palette); // a dark Base colour

// Marks `series` as drawn in run `index`'s colour (followPalette keeps it so).
void colourByRun(QXYSeries* series, int index);
// Marks `series` as drawn in the colour of `label` among `shown` (the labels the chart shows, which places
// numeric grades on the sequential scale), and colours it for the application palette.
void colourByLabel(QXYSeries* series, const QString& label, const QStringList& shown);

// Applies the palette's base, text and grid colours to a chart, and the light or dark run and label
// colours to its series.
void followPalette(QChart* chart, const QPalette& palette);

} // namespace near2::charts
