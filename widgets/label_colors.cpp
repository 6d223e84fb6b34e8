#include "widgets/label_colors.h"

#include "widgets/palettes.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace near2::widgets {

namespace {

QColor pick(const QPalette& palette, QRgb onLight, QRgb onDark)
{
    return QColor::fromRgb(isDark(palette) ? onDark : onLight);
}

QColor between(QRgb from, QRgb to, double t)
{
    const QColor a = QColor::fromRgb(from), b = QColor::fromRgb(to);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

std::optional<double> numericValue(const QString& label)
{
    bool ok = false;
    const double value = label.toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

} // namespace

QColor gradeColor(double position, const QPalette& palette)
{
    // Viridis anchors, darkened for light backgrounds and lightened for dark ones until each reaches 4.7:1
    // on Base and AlternateBase (the test checks 4.5:1 along the whole scale).
    static const QRgb onLight[] = {0x440154, 0x3b528b, 0x1a7975, 0x367a39, 0x796d0c};
    static const QRgb onDark[] = {0xb58cf2, 0x8fa8ff, 0x4fc8c0, 0x7ddc6a, 0xfde725};
    const QRgb* anchors = isDark(palette) ? onDark : onLight;
    const double scaled = std::clamp(position, 0.0, 1.0) * 4.0;
    const int from = std::min(3, static_cast<int>(scaled));
    return between(anchors[from], anchors[from + 1], scaled - from);
}

std::vector<double> gradePositions(const QStringList& labels)
{
    std::vector<double> values;
    for (const QString& label : labels)
        if (const auto value = numericValue(label))
            values.push_back(*value);
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    std::vector<double> positions;
    for (const QString& label : labels) {
        const auto value = numericValue(label);
        if (!value)
            positions.push_back(-1.0);
        else if (values.size() < 2)
            positions.push_back(1.0);
        else
            positions.push_back(
                static_cast<double>(std::lower_bound(values.begin(), values.end(), *value) - values.begin()) /
                static_cast<double>(values.size() - 1));
    }
    return positions;
}

std::vector<QColor> labelColors(const QStringList& labels, const QPalette& palette)
{
    // Okabe–Ito hues for labels that are neither ESCI letters nor grades.
    static const QRgb otherOnLight[] = {0x0072b2, 0xd55e00, 0x009e73, 0xcc79a7, 0x8c6d00};
    static const QRgb otherOnDark[] = {0x5cb8ff, 0xff9a52, 0x3fe0b0, 0xf0a8d0, 0xf0e442};
    static const QStringList known{QStringLiteral("E"), QStringLiteral("S"),        QStringLiteral("C"),
                                   QStringLiteral("I"), QStringLiteral("unjudged"), QString()};
    const auto positions = gradePositions(labels);
    std::vector<QColor> colours;
    std::size_t others = 0;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const double position = positions[static_cast<std::size_t>(i)];
        if (position >= 0.0)
            colours.push_back(gradeColor(position, palette));
        else if (known.contains(labels[i]))
            colours.push_back(labelColor(labels[i], palette));
        else {
            colours.push_back(pick(palette, otherOnLight[others % 5], otherOnDark[others % 5]));
            ++others;
        }
    }
    return colours;
}

QColor labelColor(const QString& label, const QPalette& palette)
{
    if (const auto value = numericValue(label))
        return gradeColor(*value / 4.0, palette);
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
