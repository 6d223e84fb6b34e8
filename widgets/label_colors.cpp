#include "widgets/label_colors.h"

#include "widgets/palettes.h"

namespace near2::widgets {

namespace {

QColor pick(const QPalette& palette, QRgb onLight, QRgb onDark)
{
    return QColor::fromRgb(isDark(palette) ? onDark : onLight);
}

} // namespace

QColor labelColor(const QString& label, const QPalette& palette)
{
    if (label == QLatin1String("E"))
        return pick(palette, 0x1a7f37, 0x3fb950);
    if (label == QLatin1String("S"))
        return pick(palette, 0x0b5cad, 0x58a6ff);
    if (label == QLatin1String("C"))
        return pick(palette, 0x8a5a00, 0xd29922);
    if (label == QLatin1String("I"))
        return pick(palette, 0xc4212c, 0xff7b72);
    return pick(palette, 0x5f6670, 0xa3acb6);
}

QColor lossColor(const QPalette& palette)
{
    return labelColor(QStringLiteral("I"), palette);
}

QColor gainColor(const QPalette& palette)
{
    return labelColor(QStringLiteral("E"), palette);
}

} // namespace near2::widgets
