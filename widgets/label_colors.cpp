#include "widgets/label_colors.h"

namespace near2::widgets {

QColor labelColor(const QString& label)
{
    if (label == QLatin1String("E"))
        return QColor(0x2e, 0x9e, 0x4f);
    if (label == QLatin1String("S"))
        return QColor(0x3b, 0x7d, 0xd8);
    if (label == QLatin1String("C"))
        return QColor(0xd9, 0x8e, 0x04);
    if (label == QLatin1String("I"))
        return QColor(0xd6, 0x3a, 0x3a);
    return QColor(0x88, 0x88, 0x88);
}

QColor lossColor()
{
    return QColor(0xd6, 0x3a, 0x3a);
}

QColor gainColor()
{
    return QColor(0x2e, 0x9e, 0x4f);
}

} // namespace near2::widgets
