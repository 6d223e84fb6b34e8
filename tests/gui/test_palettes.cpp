// Label (E/S/C/I, unjudged, numeric grades along the whole sequential scale) and gain/loss colours reach
// WCAG AA contrast (4.5:1) on the table backgrounds (Base and AlternateBase) of the workbench's light and
// dark palettes; grades 1–4 get four different colours, none of them the unjudged grey.
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

    void gradeColoursReadAndDiffer_data() { labelColoursReadOnBothPalettes_data(); }

    void gradeColoursReadAndDiffer()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? widgets::darkPalette() : widgets::lightPalette();
        for (int step = 0; step <= 40; ++step) {
            const QColor colour = widgets::gradeColor(step / 40.0, palette);
            for (const auto role : {QPalette::Base, QPalette::AlternateBase})
                QVERIFY2(contrast(colour, palette.color(role)) >= 4.5,
                         qPrintable(QStringLiteral("grade %1: %2").arg(step / 40.0).arg(colour.name())));
        }
        const QStringList grades{QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("2"),
                                 QStringLiteral("1"), QStringLiteral("unjudged")};
        QCOMPARE(widgets::gradePositions(grades), (std::vector<double>{1.0, 2.0 / 3, 1.0 / 3, 0.0, -1.0}));
        const auto colours = widgets::labelColors(grades, palette);
        const QColor grey = widgets::labelColor(QStringLiteral("unjudged"), palette);
        QCOMPARE(colours.back(), grey);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(colours[static_cast<std::size_t>(i)] != grey);
            QVERIFY(widgets::labelColor(grades[i], palette) != grey); // also without the chart's context
            for (int j = i + 1; j < 4; ++j)
                QVERIFY(colours[static_cast<std::size_t>(i)] != colours[static_cast<std::size_t>(j)]);
        }
        // Labels that are neither letters nor grades get colours of their own.
        const auto others = widgets::labelColors({QStringLiteral("good"), QStringLiteral("bad")}, palette);
        QVERIFY(others[0] != others[1]);
    }

    void darkAndLightVariantsDiffer()
    {
        QVERIFY(widgets::labelColor(QStringLiteral("E"), widgets::darkPalette()) !=
                widgets::labelColor(QStringLiteral("E"), widgets::lightPalette()));
    }
};

QTEST_MAIN(TestPalettes)
#include "test_palettes.moc"
