// Charts an analyst can read on their own (issue 16): every axis has its tick labels (bytes, dims, integer
// counts), none is elided, distributions offer shares and log counts, numeric grades get a sequential palette
// and the legend only labels found, points answer the mouse within 8 px with a tooltip naming what they are,
// and the screen, the SVG export and the PDF's recorded chart carry the same tick labels.
#include "core/report/project_runs.h"
#include "core/report/report_data.h"
#include "report_fixture.h"
#include "tests/core/test_support.h"
#include "widgets/charts/chart_axes.h"
#include "widgets/charts/chart_builders.h"
#include "widgets/charts/chart_export.h"
#include "widgets/charts/chart_interaction.h"
#include "widgets/charts/charts_page.h"
#include "widgets/label_colors.h"
#include "widgets/report/pdf_charts.h"
#include "widgets/report/pdf_export.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBuffer>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QProcess>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QValueAxis>
#include <cmath>
#include <gtest/gtest.h>
#include <numeric>

using namespace near2;

namespace {

constexpr int kCharts = 5;

std::shared_ptr<const ProjectSnapshot> tinySnapshot(const std::filesystem::path& file)
{
    test::writeTinyProject(file);
    return std::make_shared<const ProjectSnapshot>(loadExistingProject(file));
}

// The page over the tiny project, shown at a readable size, run A plotted, dims 2 against 4.
void showTiny(charts::ChartsPage& page, const std::filesystem::path& file,
              std::shared_ptr<const ProjectSnapshot> snapshot = nullptr)
{
    if (!snapshot)
        snapshot = tinySnapshot(file);
    else
        test::writeTinyProject(file);
    page.resize(900, 700);
    page.showSnapshot(snapshot, computeQuerySlices(*snapshot), 2, 4, QStringLiteral("ndcg@3"));
    page.setRuns({std::make_shared<const StoredRun>(loadRun(file, "A"))});
    page.show();
    QApplication::processEvents();
}

QChartView* showTab(charts::ChartsPage& page, int index)
{
    page.findChild<QTabWidget*>()->setCurrentIndex(index);
    QApplication::processEvents();
    return page.chartView(index);
}

QStringList axisLabels(QChart* chart, Qt::Orientation orientation)
{
    return charts::tickLabels(chart->axes(orientation).value(0));
}

// The text the chart's scene shows (axis labels are QGraphicsTextItems, elided with "…" when too long).
QStringList sceneTexts(QChartView* view)
{
    QStringList texts;
    for (auto* item : view->scene()->items())
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
            texts.append(text->toPlainText());
    return texts;
}

QString svgOf(const std::function<void(QPainter&)>& draw, QSize size)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    QPainter painter(&generator);
    draw(painter);
    painter.end();
    return QString::fromUtf8(buffer.data());
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

TEST(ChartReadability, EveryAxisHasItsTickLabels)
{
    test::ScratchDir dir;
    charts::ChartsPage page;
    showTiny(page, dir / "p.near2");
    // Memory per vector: 8 and 16 bytes at dims 2 and 4.
    EXPECT_EQ(axisLabels(showTab(page, 0)->chart(), Qt::Horizontal),
              (QStringList{QStringLiteral("8 B"), QStringLiteral("16 B")}));
    page.findChild<QComboBox*>(QStringLiteral("axisBox"))->setCurrentIndex(1); // against dimension
    EXPECT_EQ(axisLabels(showTab(page, 0)->chart(), Qt::Horizontal),
              (QStringList{QStringLiteral("2"), QStringLiteral("4")}));
    for (int chart = 0; chart < kCharts; ++chart) {
        for (auto* axis : showTab(page, chart)->chart()->axes()) {
            QStringList labels = charts::tickLabels(axis);
            if (labels.isEmpty()) // the Slices chart's names
                labels = qobject_cast<QBarCategoryAxis*>(axis)->categories();
            EXPECT_GE(labels.size(), 2) << chart << " " << axis->titleText().toStdString();
        }
    }
    // Counts are integers: the score distribution's products and the margins' queries.
    for (const int chart : {1, 2})
        for (const QString& label : axisLabels(showTab(page, chart)->chart(), Qt::Vertical))
            EXPECT_FALSE(label.contains(u'.') || label.contains(u',')) << label.toStdString();
    // Ranks: 1, 2, and "> 3" for outside the top 3.
    EXPECT_EQ(axisLabels(showTab(page, 3)->chart(), Qt::Horizontal),
              (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("> 3")}));
}

TEST(ChartReadability, NoLabelIsElidedAndEveryTickLabelIsDrawn)
{
    test::ScratchDir dir;
    charts::ChartsPage page;
    showTiny(page, dir / "p.near2");
    for (int chart = 0; chart < kCharts; ++chart) {
        QChartView* view = showTab(page, chart);
        const QStringList texts = sceneTexts(view);
        for (const QString& text : texts)
            EXPECT_FALSE(text.contains(QChar(0x2026))) << chart << ": " << text.toStdString();
        for (auto* axis : view->chart()->axes())
            for (const QString& label : charts::tickLabels(axis))
                EXPECT_TRUE(texts.contains(label)) << chart << ": " << label.toStdString();
    }
}

TEST(ChartReadability, DistributionsShowSharesAndLogCounts)
{
    const auto snapshot = test::tinyCatalogue();
    const auto distribution = scoreDistribution(test::tinyRun("A", 0.0), snapshot, 2, 4);
    std::unique_ptr<QChart> shares(charts::createScoreChart(distribution, 2, CountScale::ShareOfLabel));
    for (auto* series : shares->series()) {
        const auto* line = qobject_cast<QLineSeries*>(series);
        double sum = 0.0;
        for (const QPointF& point : line->points())
            sum += point.y();
        EXPECT_NEAR(sum, 1.0, 1e-12) << line->name().toStdString(); // each label's products add up to 100%
    }
    const QStringList percent = axisLabels(shares.get(), Qt::Vertical);
    EXPECT_TRUE(std::all_of(percent.begin(), percent.end(), [](const QString& l) {
        return l.endsWith(u'%');
    })) << percent.join(u' ').toStdString();
    std::unique_ptr<QChart> logs(charts::createScoreChart(distribution, 2, CountScale::LogCounts));
    EXPECT_EQ(axisLabels(logs.get(), Qt::Vertical).value(0), QStringLiteral("1"));
    // Each bin at log10 of its count, empty bins on the axis' floor.
    const auto* unjudged = qobject_cast<QLineSeries*>(logs->series().last());
    const double floor = qobject_cast<const QValueAxis*>(logs->axes(Qt::Vertical).value(0))->min();
    const auto& counts = distribution.labels.back().counts;
    ASSERT_EQ(unjudged->count(), static_cast<int>(counts.size()));
    for (std::size_t bin = 0; bin < counts.size(); ++bin)
        EXPECT_DOUBLE_EQ(unjudged->at(static_cast<int>(bin)).y(),
                         counts[bin] > 0 ? std::log10(counts[bin]) : floor)
            << bin;
}

TEST(ChartReadability, NumericGradesGetASequentialPaletteAndOnlyLabelsFoundAreListed)
{
    auto snapshot = test::tinyCatalogue();
    snapshot.queries[0].judged[1].row = 3; // q1's I: not in its top 3 at dim 2
    std::unique_ptr<QChart> esci(
        charts::createScoreChart(scoreDistribution(test::tinyRun("A", 0.0), snapshot, 2, 4), 2));
    QStringList legend;
    for (auto* marker : esci->legend()->markers())
        legend.append(marker->label());
    EXPECT_EQ(legend, (QStringList{QStringLiteral("E"), QStringLiteral("S"), QStringLiteral("C"),
                                   QStringLiteral("unjudged")}));
    // Grades 1–4 (as on a graded catalog): four colours, none of them the unjudged grey.
    for (auto& query : snapshot.queries)
        for (auto& judged : query.judged)
            judged.label = judged.label == "E" ? "4" : judged.label == "S" ? "3" : "2";
    snapshot.queries[0].judged[1] = {2, "1", 0.0}; // back in the top 3, as grade 1
    std::unique_ptr<QChart> graded(
        charts::createScoreChart(scoreDistribution(test::tinyRun("A", 0.0), snapshot, 2, 4), 2));
    std::vector<QColor> colours;
    legend.clear();
    for (auto* series : graded->series()) {
        legend.append(series->name());
        colours.push_back(qobject_cast<QLineSeries*>(series)->color());
    }
    EXPECT_EQ(legend, (QStringList{QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("2"),
                                   QStringLiteral("1"), QStringLiteral("unjudged")}));
    const QColor grey = widgets::labelColor(QStringLiteral("unjudged"));
    for (std::size_t i = 0; i < colours.size(); ++i)
        for (std::size_t j = i + 1; j < colours.size(); ++j)
            EXPECT_NE(colours[i], colours[j]) << i << " " << j;
    for (std::size_t i = 0; i + 1 < colours.size(); ++i)
        EXPECT_NE(colours[i], grey) << i;
    EXPECT_EQ(colours[0], widgets::gradeColor(1.0)); // the highest grade at the scale's end
    EXPECT_EQ(colours[3], widgets::gradeColor(0.0));
}

TEST(ChartReadability, PointsAnswerWithin8PixelsWithTheirData)
{
    test::ScratchDir dir;
    charts::ChartsPage page;
    showTiny(page, dir / "p.near2");
    QChartView* view = showTab(page, 0);
    auto* curve = qobject_cast<QLineSeries*>(view->chart()->series().at(0));
    const QPoint point = charts::pointPosition(view, curve, 1);
    const QString tip = charts::tipAt(view, point + QPoint(6, 3)); // 6.7 px away
    EXPECT_EQ(tip, QStringLiteral("A\ndim 4 · 16 B per vector (float32)\nndcg@3 = %1")
                       .arg(QLocale().toString(2.5 / 3, 'f', 4)));
    EXPECT_FALSE(charts::pointAt(view, point + QPoint(6, 3)).series == nullptr);
    EXPECT_TRUE(charts::tipAt(view, point + QPoint(9, 0)).isEmpty()); // beyond 8 px
    EXPECT_TRUE(charts::tipAt(view, point + QPoint(-40, 40)).isEmpty());

    // A rank-shift point is a query and a product: the tooltip names both, and the run.
    view = showTab(page, 3);
    auto* shift = qobject_cast<QScatterSeries*>(view->chart()->series().at(0));
    ASSERT_EQ(shift->name(), QStringLiteral("E"));
    const QString shiftTip = charts::tipAt(view, charts::pointPosition(view, shift, 0) + QPoint(0, -7));
    EXPECT_TRUE(shiftTip.contains(QStringLiteral("Query: usb \"c\", cable"))) << shiftTip.toStdString();
    EXPECT_TRUE(shiftTip.contains(QStringLiteral("Product: USB-C cable 1 m (E)"))) << shiftTip.toStdString();
    EXPECT_TRUE(shiftTip.contains(QStringLiteral("dim 4: rank 1 → dim 2: rank 2"))) << shiftTip.toStdString();
    EXPECT_TRUE(shiftTip.contains(QStringLiteral("Run A"))) << shiftTip.toStdString();
}

TEST(ChartReadability, ScreenSvgAndPdfCarryTheSameTickLabels)
{
    test::ScratchDir dir;
    charts::ChartsPage page;
    showTiny(page, dir / "p.near2");
    for (int chart = 0; chart < kCharts; ++chart) {
        QChartView* view = showTab(page, chart);
        const auto file = dir / ("chart" + std::to_string(chart) + ".svg");
        QString error;
        ASSERT_TRUE(charts::exportChartView(view, QString::fromStdString(file.string()), &error))
            << error.toStdString();
        const QString svg = QString::fromStdString(test::readText(file));
        for (auto* axis : view->chart()->axes())
            for (const QString& label : charts::tickLabels(axis))
                EXPECT_TRUE(svg.contains(u'>' + escaped(label) + u'<'))
                    << chart << ": " << label.toStdString();
    }
    // The PDF paints the chart from the same data and axes: the same labels, drawn into its picture.
    const QStringList screen = axisLabels(showTab(page, 0)->chart(), Qt::Horizontal); // against memory
    const report::RecordedChart recorded = report::paintPlot(
        report::memoryPlot(assembleReport(dir / "p.near2", {.runs = {"A"}, .currentDim = 2})), 80.0);
    const QString pdfSvg = svgOf([&](QPainter& painter) { painter.drawPicture(0, 0, recorded.picture); },
                                 recorded.size.toSize());
    ASSERT_FALSE(screen.isEmpty());
    for (const QString& label : screen)
        EXPECT_TRUE(pdfSvg.contains(u'>' + escaped(label) + u'<')) << label.toStdString();
}

// The written PDF (pdftotext): its memory chart carries the screen's tick labels as text.
TEST(ChartReadability, ThePdfsMemoryChartHasTheScreensTicks)
{
    test::ScratchDir dir;
    charts::ChartsPage page;
    showTiny(page, dir / "p.near2");
    const QStringList screen = axisLabels(showTab(page, 0)->chart(), Qt::Horizontal);
    report::writePdfReport(assembleReport(dir / "p.near2", {.runs = {"A"}, .currentDim = 2}), dir / "r.pdf");
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QString::fromStdString((dir / "r.pdf").string()), QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    // pdftotext may drop the narrow space of "8 B": compare without spaces.
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).remove(u' ');
    ASSERT_EQ(screen, (QStringList{QStringLiteral("8 B"), QStringLiteral("16 B")}));
    for (const QString& label : screen)
        EXPECT_TRUE(text.contains(QString(label).remove(u' '))) << label.toStdString();
}
