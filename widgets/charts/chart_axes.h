#pragma once
// Chart axes whose ticks and labels come from core/report/chart_ticks.h, so that the Charts tab, its PNG/SVG
// export and the PDF report label the same values the same way (QValueAxis and QLogValueAxis pick their own
// ticks and format them with printf: no bytes, "1,296.8" on counts, and no labels on a short log range). The
// axis is a QCategoryAxis over the ticks' positions (a log axis: the data's logs), one label on each tick.
#include "core/report/chart_ticks.h"

#include <QCategoryAxis>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace near2::charts {

// The locale's decimal point and thousands separator for tick labels.
NumberStyle numberStyle(const QLocale& locale = QLocale());

// A new axis over `ticks` (range and labels), titled `title`. It keeps the ticks' scale so that
// axisPosition() maps data values onto it.
QCategoryAxis* tickAxis(const AxisTicks& ticks, const QString& title);
// Replaces the range, labels and scale of an axis built by tickAxis (a chart updated in place keeps its
// axes and series: building a new QChart costs tens of ms on the GUI thread).
void setTicks(QCategoryAxis* axis, const AxisTicks& ticks);
// Where `value` goes on an axis built by tickAxis (its log on a log axis).
double axisPosition(const QAbstractAxis* axis, double value);
// The data value at `position` on such an axis (the inverse of axisPosition).
double axisValue(const QAbstractAxis* axis, double position);
// The labels of an axis built by tickAxis, in order (what the screen, the export and the PDF show).
QStringList tickLabels(const QAbstractAxis* axis);

} // namespace near2::charts
