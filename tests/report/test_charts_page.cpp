// The charts page over the tiny project: five charts with the adapters' points, clicks turn into dim and
// query selections, and charts export to SVG (vector) and PNG.
#include "core/report/project_runs.h"
#include "report_fixture.h"
#include "tests/core/test_support.h"
#include "widgets/charts/chart_export.h"
#include "widgets/charts/charts_page.h"

#include <QChartView>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace near2;

namespace {

std::shared_ptr<const ProjectSnapshot> tinySnapshot(const std::filesystem::path& file)
{
    test::writeTinyProject(file);
    return std::make_shared<const ProjectSnapshot>(loadExistingProject(file));
}

} // namespace

TEST(ChartsPage, HoldsTheRunsPointsAndSelects)
{
    test::ScratchDir dir;
    charts::ChartsPage page;
    page.setSnapshot(tinySnapshot(dir / "p.near2"));
    page.setRuns({std::make_shared<const StoredRun>(loadRun(dir / "p.near2", "A")),
                  std::make_shared<const StoredRun>(loadRun(dir / "p.near2", "B"))});
    page.setCurrentDim(2);
    page.setReferenceDim(4);
    ASSERT_EQ(page.chartCount(), 5);
    auto* curveA = qobject_cast<QLineSeries*>(page.chartView(0)->chart()->series().at(0));
    ASSERT_NE(curveA, nullptr);
    EXPECT_EQ(curveA->name(), QStringLiteral("A"));
    ASSERT_EQ(curveA->count(), 2);
    EXPECT_DOUBLE_EQ(curveA->at(0).x(), 8.0);
    EXPECT_NEAR(curveA->at(0).y(), (0.5 + 0.2 + 0.9) / 3, 1e-12);
    QSignalSpy dims(&page, &charts::ChartsPage::dimSelected);
    Q_EMIT curveA->clicked(curveA->at(1));
    ASSERT_EQ(dims.count(), 1);
    EXPECT_EQ(dims.at(0).at(0).toInt(), 4);
    auto* shift = qobject_cast<QScatterSeries*>(page.chartView(3)->chart()->series().at(0));
    ASSERT_NE(shift, nullptr);
    EXPECT_EQ(shift->count(), 3); // the three relevant products
    QSignalSpy queries(&page, &charts::ChartsPage::querySelected);
    Q_EMIT shift->clicked(shift->at(1));
    ASSERT_EQ(queries.count(), 1);
    EXPECT_EQ(queries.at(0).at(0).toInt(), 1);
}

TEST(ChartsPage, ExportsSvgAndPng)
{
    test::ScratchDir dir;
    charts::ChartsPage page;
    page.resize(800, 600);
    page.setSnapshot(tinySnapshot(dir / "p.near2"));
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
