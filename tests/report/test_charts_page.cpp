// The charts page over the tiny project: five charts with the adapters' points, one metric curve per run
// (also per slice), clicks turn into dim and query selections, an empty snapshot clears every chart, the
// charts follow the application palette, and charts export to SVG (vector) and PNG.
#include "core/report/project_runs.h"
#include "report_fixture.h"
#include "slice_table.h"
#include "tests/core/test_support.h"
#include "widgets/charts/chart_builders.h"
#include "widgets/charts/chart_export.h"
#include "widgets/charts/chart_interaction.h"
#include "widgets/charts/charts_page.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace near2;

namespace {

std::shared_ptr<const ProjectSnapshot> tinySnapshot(const std::filesystem::path& file)
{
    test::writeTinyProject(file);
    return std::make_shared<const ProjectSnapshot>(loadExistingProject(file));
}

// What the main window hands the page: the snapshot with its slices.
void showSnapshot(charts::ChartsPage& page, std::shared_ptr<const ProjectSnapshot> snapshot)
{
    auto slices = snapshot ? computeQuerySlices(*snapshot) : std::vector<QuerySlice>{};
    page.setSnapshot(std::move(snapshot), std::move(slices));
}

// The tiny project with both runs plotted, B (the newest) as the main run.
void showBothRuns(charts::ChartsPage& page, const std::filesystem::path& file)
{
    showSnapshot(page, tinySnapshot(file));
    page.setRuns({std::make_shared<const StoredRun>(loadRun(file, "B")),
                  std::make_shared<const StoredRun>(loadRun(file, "A"))});
}

template <typename Series> std::vector<Series*> seriesOf(QChart* chart)
{
    std::vector<Series*> found;
    for (auto* series : chart->series())
        if (auto* typed = qobject_cast<Series*>(series);
            typed && typed->metaObject() == &Series::staticMetaObject)
            found.push_back(typed);
    return found;
}

// A left click 5 px right of and 3 px below point `index` (within its 8 px hit area), its action delivered.
void clickNear(QChartView* view, QXYSeries* series, int index)
{
    if (auto* tabs = qobject_cast<QTabWidget*>(view->parentWidget()->parentWidget()))
        tabs->setCurrentWidget(view);
    QApplication::processEvents(); // shown and laid out
    const QPoint at = charts::pointPosition(view, series, index) + QPoint(5, 3);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QApplication::processEvents(); // the action is queued
}

std::vector<QPointF> pointsOf(const QXYSeries* series)
{
    const auto points = series->points();
    return {points.begin(), points.end()};
}

} // namespace

TEST(ChartsPage, HoldsTheRunsPointsAndSelects)
{
    test::ScratchDir dir;
    charts::ChartsPage page;
    showSnapshot(page, tinySnapshot(dir / "p.near2"));
    page.setRuns({std::make_shared<const StoredRun>(loadRun(dir / "p.near2", "A")),
                  std::make_shared<const StoredRun>(loadRun(dir / "p.near2", "B"))});
    page.setCurrentDim(2);
    page.setReferenceDim(4);
    ASSERT_EQ(page.chartCount(), 5);
    auto* curveA = qobject_cast<QLineSeries*>(page.chartView(0)->chart()->series().at(0));
    ASSERT_NE(curveA, nullptr);
    EXPECT_EQ(curveA->name(), QStringLiteral("A"));
    ASSERT_EQ(curveA->count(), 2);
    EXPECT_DOUBLE_EQ(curveA->at(0).x(), 3.0); // 8 bytes at dim 2, on a log2 axis
    EXPECT_NEAR(curveA->at(0).y(), (0.5 + 0.2 + 0.9) / 3, 1e-12);
    page.resize(900, 700);
    page.show();
    QSignalSpy dims(&page, &charts::ChartsPage::dimSelected);
    clickNear(page.chartView(0), curveA, 1);
    ASSERT_EQ(dims.count(), 1);
    EXPECT_EQ(dims.at(0).at(0).toInt(), 4);
    auto* shift = qobject_cast<QScatterSeries*>(page.chartView(3)->chart()->series().at(0));
    ASSERT_NE(shift, nullptr);
    EXPECT_EQ(shift->count(), 3); // the three relevant products
    QSignalSpy queries(&page, &charts::ChartsPage::querySelected);
    clickNear(page.chartView(3), shift, 1);
    ASSERT_EQ(queries.count(), 1);
    EXPECT_EQ(queries.at(0).at(0).toInt(), 1);
}

TEST(ChartsPage, ExportsSvgAndPng)
{
    test::ScratchDir dir;
    charts::ChartsPage page;
    page.resize(800, 600);
    showSnapshot(page, tinySnapshot(dir / "p.near2"));
    QString error;
    const auto svg = QString::fromStdString((dir / "chart.svg").string());
    ASSERT_TRUE(charts::exportChartView(page.chartView(0), svg, &error)) << error.toStdString();
    EXPECT_NE(test::readText(dir / "chart.svg").find("<svg"), std::string::npos);
    ASSERT_TRUE(charts::exportChartView(page.chartView(4),
                                        QString::fromStdString((dir / "chart.png").string()), &error));
    EXPECT_GT(std::filesystem::file_size(dir / "chart.png"), 100u);
    EXPECT_FALSE(charts::exportChartView(page.chartView(0),
                                         QString::fromStdString((dir / "chart.gif").string()), &error));
    EXPECT_FALSE(charts::exportChartView(page.chartView(0),
                                         QString::fromStdString((dir / "no" / "c.svg").string()), &error));
}

TEST(ChartsPage, DrawsOneCurvePerRunWithDimLabelsAndTheCurrentDim)
{
    test::ScratchDir dir;
    charts::ChartsPage page;
    showBothRuns(page, dir / "p.near2");
    page.setCurrentDim(2);
    QChart* chart = page.chartView(0)->chart();
    const auto curves = seriesOf<QLineSeries>(chart);
    ASSERT_EQ(curves.size(), 2u);
    EXPECT_EQ(curves[0]->name(), QStringLiteral("B"));
    EXPECT_EQ(curves[1]->name(), QStringLiteral("A"));
    // x = log2 of the float32 bytes per vector (8 and 16 at dims 2 and 4), y = the run's mean ndcg@3.
    EXPECT_EQ(pointsOf(curves[0]), (std::vector<QPointF>{{3.0, (0.6 + 0.3 + 0.9) / 3}, {4.0, 2.5 / 3}}));
    EXPECT_EQ(pointsOf(curves[1]), (std::vector<QPointF>{{3.0, (0.5 + 0.2 + 0.9) / 3}, {4.0, 2.5 / 3}}));
    EXPECT_NE(curves[0]->color(), curves[1]->color());
    const auto marks = seriesOf<QScatterSeries>(chart); // the current dim, one mark per run
    ASSERT_EQ(marks.size(), 2u);
    EXPECT_EQ(pointsOf(marks[0]), (std::vector<QPointF>{{3.0, (0.6 + 0.3 + 0.9) / 3}}));
    EXPECT_EQ(marks[1]->color(), curves[1]->color());
    QStringList legend;
    for (auto* marker : chart->legend()->markers())
        if (marker->isVisible())
            legend.append(marker->label());
    EXPECT_EQ(legend, (QStringList{QStringLiteral("B"), QStringLiteral("A")})); // one entry per run
    QStringList labels;
    for (auto* item : chart->childItems())
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            labels.append(text->text());
    labels.sort();
    EXPECT_EQ(labels, (QStringList{QStringLiteral("d2"), QStringLiteral("d2"), QStringLiteral("d4"),
                                   QStringLiteral("d4")}));
}

TEST(ChartsPage, SliceCurvesAverageTheSlicesQueriesPerRun)
{
    test::ScratchDir dir;
    charts::ChartsPage page;
    showBothRuns(page, dir / "p.near2");
    auto* slices = page.findChild<QComboBox*>(QStringLiteral("sliceBox"));
    ASSERT_NE(slices, nullptr);
    const int longQueries = slices->findText(QStringLiteral("type: long")); // q2 alone
    ASSERT_GT(longQueries, 0);
    slices->setCurrentIndex(longQueries);
    const auto curves = seriesOf<QLineSeries>(page.chartView(0)->chart());
    ASSERT_EQ(curves.size(), 2u);
    EXPECT_EQ(pointsOf(curves[0]), (std::vector<QPointF>{{3.0, 0.3}, {4.0, 0.8}})); // B
    EXPECT_EQ(pointsOf(curves[1]), (std::vector<QPointF>{{3.0, 0.2}, {4.0, 0.8}})); // A
}

// The slice table (slice_table.h) through the Charts tab: the slice box lists every slice, the Slices chart
// has one bar pair per slice with the mean over the hand-worked members, and the metric curve of a slice is
// the mean over the same queries.
TEST(ChartsPage, SliceTableBarsAndCurvesUseTheSameMembers)
{
    const auto table = test::sliceTable();
    const auto& run = *table.snapshot.latestRun;
    charts::ChartsPage page;
    showSnapshot(page, std::make_shared<const ProjectSnapshot>(table.snapshot));
    page.setCurrentDim(2);
    page.setReferenceDim(4);
    const auto mean = [&](const std::vector<std::string>& ids, std::size_t dim) {
        double sum = 0;
        for (const auto& id : ids)
            sum += run.result.value(dim, static_cast<std::size_t>(std::stoi(id.substr(1)) - 1), 0);
        return sum / static_cast<double>(ids.size());
    };
    auto* box = page.findChild<QComboBox*>(QStringLiteral("sliceBox"));
    ASSERT_EQ(box->count(), static_cast<int>(table.types.size() + table.expected.size()));
    // Rebuilding (a slice chosen) replaces every chart: read the bars first.
    auto* bars = qobject_cast<QAbstractBarSeries*>(page.chartView(4)->chart()->series().value(0));
    auto* axis = qobject_cast<QBarCategoryAxis*>(page.chartView(4)->chart()->axes(Qt::Vertical).value(0));
    ASSERT_NE(bars, nullptr);
    ASSERT_NE(axis, nullptr);
    const QStringList categories = axis->categories();
    QList<double> currentBars, referenceBars;
    for (int i = 0; i < bars->barSets()[0]->count(); ++i) {
        currentBars.push_back(bars->barSets()[0]->at(i));
        referenceBars.push_back(bars->barSets()[1]->at(i));
    }
    for (std::size_t r = 0; r < table.expected.size(); ++r) {
        const auto name = QString::fromStdString(table.snapshot.sliceRules[r].name);
        const int at = static_cast<int>(table.types.size() + r);
        const auto bar = categories.size() - 1 - at; // horizontal bars: the first slice on top
        EXPECT_EQ(box->itemText(at), name);
        EXPECT_EQ(categories.value(bar), name);
        EXPECT_NEAR(currentBars.value(bar), mean(table.expected[r], 0), 1e-12) << name.toStdString();
        EXPECT_NEAR(referenceBars.value(bar), mean(table.expected[r], 1), 1e-12) << name.toStdString();
        box->setCurrentIndex(at);
        const auto curves = seriesOf<QLineSeries>(page.chartView(0)->chart());
        ASSERT_EQ(curves.size(), 1u);
        EXPECT_NEAR(curves[0]->at(0).y(), mean(table.expected[r], 0), 1e-12) << name.toStdString();
        EXPECT_NEAR(curves[0]->at(1).y(), mean(table.expected[r], 1), 1e-12) << name.toStdString();
    }
}

TEST(ChartsPage, AnEmptySnapshotClearsEveryChart)
{
    test::ScratchDir dir;
    charts::ChartsPage page;
    showBothRuns(page, dir / "p.near2");
    ASSERT_FALSE(page.chartView(0)->chart()->series().isEmpty());
    showSnapshot(page, nullptr);
    for (int i = 0; i < page.chartCount(); ++i) {
        EXPECT_TRUE(page.chartView(i)->chart()->series().isEmpty()) << i;
        EXPECT_TRUE(page.chartView(i)->chart()->title().isEmpty()) << i;
    }
    EXPECT_EQ(page.findChild<QComboBox*>(QStringLiteral("metricBox"))->count(), 0);
    showSnapshot(page, std::make_shared<const ProjectSnapshot>(test::tinyCatalogue())); // no run at all
    EXPECT_TRUE(page.chartView(0)->chart()->series().isEmpty());
}

TEST(ChartsPage, TheMetricBoxAnnouncesTheAnalystsChoiceOnly)
{
    test::ScratchDir dir;
    charts::ChartsPage page;
    showBothRuns(page, dir / "p.near2");
    QSignalSpy chosen(&page, &charts::ChartsPage::metricChosen);
    page.setMetric(QStringLiteral("p@3")); // following the main selection: no echo
    EXPECT_EQ(chosen.count(), 0);
    EXPECT_EQ(page.findChild<QComboBox*>(QStringLiteral("metricBox"))->currentText(), QStringLiteral("p@3"));
    page.findChild<QComboBox*>(QStringLiteral("metricBox"))->setCurrentText(QStringLiteral("ndcg@3"));
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.at(0).at(0).toString(), QStringLiteral("ndcg@3"));
    EXPECT_EQ(page.metric(), QStringLiteral("ndcg@3"));
}

TEST(ChartsPage, FollowsTheApplicationPalette)
{
    test::ScratchDir dir;
    charts::ChartsPage page;
    showBothRuns(page, dir / "p.near2");
    page.show();
    const QPalette original = QApplication::palette();
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::Mid, Qt::gray);
    QApplication::setPalette(light);
    QApplication::processEvents();
    const auto check = [&page](const QColor& base, const QColor& text, bool dark) {
        for (int i = 0; i < page.chartCount(); ++i) {
            QChart* chart = page.chartView(i)->chart();
            EXPECT_EQ(chart->backgroundBrush().color(), base) << i;
            EXPECT_EQ(chart->titleBrush().color(), text) << i;
            for (auto* axis : chart->axes())
                EXPECT_EQ(axis->labelsColor(), text) << i;
        }
        const auto curves = seriesOf<QLineSeries>(page.chartView(0)->chart());
        ASSERT_EQ(curves.size(), 2u);
        EXPECT_EQ(curves[0]->color(), charts::runColor(0, dark));
        EXPECT_EQ(curves[1]->color(), charts::runColor(1, dark));
    };
    check(Qt::white, Qt::black, false);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    QApplication::setPalette(dark);
    QApplication::processEvents(); // the change reaches the widgets through posted events
    check(QColor(0x20, 0x20, 0x24), QColor(0xee, 0xee, 0xee), true);
    EXPECT_NE(charts::runColor(0, true), charts::runColor(0, false));
    page.setCurrentDim(4); // rebuilt charts keep following the dark palette
    check(QColor(0x20, 0x20, 0x24), QColor(0xee, 0xee, 0xee), true);
    QApplication::setPalette(original);
    QApplication::processEvents();
}
