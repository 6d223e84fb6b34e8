// Label (E/S/C/I, unjudged) and gain/loss colours reach WCAG AA contrast (4.5:1) on the table backgrounds
// (Base and AlternateBase) of the workbench's light and dark palettes.
#include "widgets/label_colors.h"
#include "widgets/palettes.h"

#include <QTest>
#include <cmath>

using namespace near2;

namespace {

double luminance(const QColor& color)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestPalettes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labelColoursReadOnBothPalettes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void labelColoursReadOnBothPalettes()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? widgets::darkPalette() : widgets::lightPalette();
        QCOMPARE(widgets::isDark(palette), dark);
        std::vector<std::pair<QString, QColor>> colours;
        for (const auto* label : {"E", "S", "C", "I", ""})
            colours.emplace_back(QString::fromLatin1(label),
                                 widgets::labelColor(QString::fromLatin1(label), palette));
        colours.emplace_back(QStringLiteral("gain"), widgets::gainColor(palette));
        colours.emplace_back(QStringLiteral("loss"), widgets::lossColor(palette));
        for (const auto& [name, colour] : colours)
            for (const auto role : {QPalette::Base, QPalette::AlternateBase}) {
                const double ratio = contrast(colour, palette.color(role));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 %2 on %3: %4:1")
                                                      .arg(name, colour.name(), palette.color(role).name())
                                                      .arg(ratio, 0, 'f', 2)));
            }
        // The text itself reads too.
        QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7.0);
    }

    void darkAndLightVariantsDiffer()
    {
        QVERIFY(widgets::labelColor(QStringLiteral("E"), widgets::darkPalette()) !=
                widgets::labelColor(QStringLiteral("E"), widgets::lightPalette()));
    }
};

QTEST_MAIN(TestPalettes)
#include "test_palettes.moc"
