#include "widgets/charts/chart_axes.h"

#include <cmath>

namespace near2::charts {

namespace {

constexpr const char* kAxisScale = "near2AxisScale";

} // namespace

NumberStyle numberStyle(const QLocale& locale)
{
    return {locale.decimalPoint().toStdString(), locale.groupSeparator().toStdString()};
}

QCategoryAxis* tickAxis(const AxisTicks& ticks, const QString& title)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setTitleText(title);
    setTicks(axis, ticks);
    return axis;
}

void setTicks(QCategoryAxis* axis, const AxisTicks& ticks)
{
    for (const QString& label : axis->categoriesLabels())
        axis->remove(label);
    axis->setRange(ticks.low, ticks.high);
    axis->setStartValue(ticks.low);
    for (const auto& tick : ticks.ticks)
        axis->append(QString::fromStdString(tick.label), tick.position);
    axis->setProperty(kAxisScale, static_cast<int>(ticks.scale));
}

double axisPosition(const QAbstractAxis* axis, double value)
{
    AxisTicks ticks;
    ticks.scale = static_cast<AxisScale>(axis->property(kAxisScale).toInt());
    return ticks.position(value);
}

double axisValue(const QAbstractAxis* axis, double position)
{
    AxisTicks ticks;
    ticks.scale = static_cast<AxisScale>(axis->property(kAxisScale).toInt());
    return ticks.value(position);
}

QStringList tickLabels(const QAbstractAxis* axis)
{
    // categoriesLabels() is not const in Qt 6.4; reading it changes nothing.
    auto* categories = qobject_cast<QCategoryAxis*>(const_cast<QAbstractAxis*>(axis));
    return categories ? categories->categoriesLabels() : QStringList();
}

} // namespace near2::charts
