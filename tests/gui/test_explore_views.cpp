// The failure explorer's views (issue 17): rank by dim read back against the run's stored lists, judging
// keys on a ranking view, the judgements kept with provenance, stored in the project and exported as qrels,
// the segment chart, and the 2-D map: a click on a product selects it in the ranking.
#include "core/eval/trec_files.h"
#include "core/explore/analyst_judgements.h"
#include "core/store/project_store.h"
#include "tests/gui/synthetic_project.h"
#include "widgets/charts/chart_axes.h"
#include "widgets/duplicate_rows.h"
#include "widgets/explore/analyst_judgement_book.h"
#include "widgets/explore/failure_explorer_panel.h"
#include "widgets/explore/judging_keys.h"
#include "widgets/explore/query_map_view.h"
#include "widgets/explore/rank_by_dim_chart.h"
#include "widgets/explore/rank_by_dim_model.h"
#include "widgets/explore/segment_chart_view.h"
#include "widgets/locale_numbers.h"
#include "widgets/ranking_model.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <sstream>

using namespace near2;
using namespace near2::widgets;

namespace {

// The 1-based position of `row` in the stored list of `query` at dim index `d`, read directly.
std::optional<std::size_t> storedRank(const StoredRun& run, std::size_t d, std::size_t query,
                                      std::int32_t row)
{
    const auto docs = run.rankings.perDim[d].docsOf(query);
    for (std::size_t i = 0; i < docs.size(); ++i)
        if (docs[i] == row)
            return i + 1;
    return std::nullopt;
}

std::vector<RankingRow> topRows(const ProjectSnapshot& snapshot, std::size_t query, std::size_t count)
{
    std::vector<RankingRow> rows;
    const auto docs = snapshot.latestRun->rankings.perDim.back().docsOf(query);
    for (std::size_t i = 0; i < count; ++i) {
        RankingRow row;
        row.rank = static_cast<int>(i + 1);
        row.row = docs[i];
        row.title = QString::fromStdString(snapshot.products.at(docs[i]).title);
        rows.push_back(row);
    }
    return rows;
}

// A synthetic project and the top `rows` of one query's full-dim ranking in a table view.
struct RankingFixture
{
    RankingFixture(int queries, int products, int fullDim, int k, std::size_t query, std::size_t rows)
        : snapshot(test::syntheticSnapshot(queries, products, fullDim, k))
    {
        ranking.setRows(topRows(*snapshot, query, rows));
        view.setModel(&ranking);
    }
    std::shared_ptr<ProjectSnapshot> snapshot;
    RankingModel ranking;
    QTableView view;
};

} // namespace

class TestExploreViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rankByDimShowsTheStoredRanks()
    {
        const auto snapshot = test::syntheticSnapshot(20, 500, 256, 100);
        const auto& run = *snapshot->latestRun;
        const std::size_t query = 3, k = 10;
        const auto labels = explore::datasetLabelsOf(*snapshot, query);
        const auto listings = explore::listingsOf(run.rankings, query);
        auto result = explore::rankByDim(labels, listings, run.rankings.dims, k, explore::ExactCatalog{});
        RankByDimModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(result, relevantTitles(result, *snapshot));

        QCOMPARE(model.rowCount(), static_cast<int>(labels.relevantRows().size()));
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.columnCount(),
                 RankByDimModel::FirstDimColumn + static_cast<int>(run.rankings.dims.size()));
        for (int r = 0; r < model.rowCount(); ++r) {
            const auto productRow =
                model.index(r, 0).data(RankByDimModel::ProductRowRole).value<std::int32_t>();
            QCOMPARE(model.index(r, RankByDimModel::Product).data().toString(),
                     QString::fromStdString(snapshot->products.at(productRow).title));
            std::optional<int> firstInTopK;
            for (std::size_t d = 0; d < run.rankings.dims.size(); ++d) {
                const auto expected = storedRank(run, d, query, productRow);
                const auto cell = model.index(r, RankByDimModel::FirstDimColumn + static_cast<int>(d));
                if (expected) {
                    QCOMPARE(cell.data(RankByDimModel::RankRole).toULongLong(), qulonglong(*expected));
                    if (!firstInTopK && *expected <= k)
                        firstInTopK = run.rankings.dims[d];
                } else {
                    QVERIFY(!cell.data(RankByDimModel::RankRole).isValid()); // below the list, no embeddings
                    QCOMPARE(cell.data().toString(), QStringLiteral("–"));
                }
            }
            const auto first = model.index(r, RankByDimModel::FirstInTopK).data();
            if (firstInTopK)
                QCOMPARE(first.toInt(), *firstInTopK);
            else
                QCOMPARE(first.toString(), QStringLiteral("never"));
        }
        QVERIFY(model.headerData(RankByDimModel::FirstDimColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QString::number(run.rankings.dims.front())));
        model.setResult({}, {});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), static_cast<int>(RankByDimModel::FirstDimColumn));
    }

    void thePanelListsTheGapByDim()
    {
        FailureExplorerPanel panel;
        QCOMPARE(panel.tabs()->count(), 4);
        QVERIFY(panel.gapText().isEmpty());
        explore::RankByDim result;
        result.dims = {8, 16};
        result.gaps.resize(2);
        result.gaps[0].dim = 8;
        result.gaps[0].gap = -0.0125;
        result.gaps[1].dim = 16;
        panel.rankByDimModel()->setResult(result, {});
        QCOMPARE(panel.rankByDimView()->model()->columnCount(), RankByDimModel::FirstDimColumn + 2);
        QVERIFY(panel.gapText().contains(QStringLiteral("8: ") + localeSigned(-0.0125, 4)));
        QVERIFY(panel.gapText().contains(QStringLiteral("16: ?")));
    }

    // The chart above the table: one line per relevant product through its known ranks (a rank below the
    // listing leaves a gap), and the top-k line; read back through the axes' log scales.
    void theRankChartDrawsEachProductsRanks()
    {
        FailureExplorerPanel panel;
        explore::RankByDim result;
        result.dims = {8, 16, 32, 64};
        result.k = 10;
        auto product = [](std::int32_t row, const char* label,
                          std::vector<std::optional<std::size_t>> ranks) {
            explore::RelevantAcrossDims relevant;
            relevant.row = row;
            relevant.label = label;
            for (const auto rank : ranks)
                relevant.ranks.push_back(
                    {rank, rank ? explore::RankSource::Listed : explore::RankSource::Unknown, std::nullopt});
            return relevant;
        };
        result.relevant = {product(4, "E", {240, 31, 3, 1}), product(9, "S", {std::nullopt, 57, 12, 2})};
        result.gaps.resize(4);
        panel.rankByDimModel()->setResult(result, {QStringLiteral("first"), QStringLiteral("second")});
        const auto* chart = panel.rankByDimChart();
        QCOMPARE(chart->productLines().size(), std::size_t{2});
        const std::vector<std::vector<QPointF>> expected = {{{8, 240}, {16, 31}, {32, 3}, {64, 1}},
                                                            {{16, 57}, {32, 12}, {64, 2}}};
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const auto* line = chart->productLines()[i];
            QCOMPARE(line->count(), static_cast<int>(expected[i].size()));
            for (int p = 0; p < line->count(); ++p) {
                const QPointF at = chart->dataPoint(line, p);
                QVERIFY2(
                    std::abs(at.x() - expected[i][static_cast<std::size_t>(p)].x()) < 1e-9 &&
                        std::abs(at.y() - expected[i][static_cast<std::size_t>(p)].y()) < 1e-9,
                    qPrintable(
                        QStringLiteral("line %1 point %2: %3, %4").arg(i).arg(p).arg(at.x()).arg(at.y())));
            }
        }
        QCOMPARE(chart->productLines()[1]->name(), QStringLiteral("second"));
        QVERIFY(chart->topKLine());
        QCOMPARE(chart->dataPoint(chart->topKLine(), 0).y(), 10.0);

        // The next query's result updates the same chart in place: fewer lines, other dims, ranks and k.
        const QChart* shown = chart->chart();
        explore::RankByDim next;
        next.dims = {16, 32, 64, 128, 256, 512};
        next.k = 5;
        next.relevant = {product(2, "E", {900, 400, 90, 20, 4, 2})};
        next.gaps.resize(6);
        panel.rankByDimModel()->setResult(next, {QStringLiteral("third")});
        QCOMPARE(chart->chart(), shown);
        QCOMPARE(chart->productLines().size(), std::size_t{1});
        const auto* line = chart->productLines()[0];
        QCOMPARE(line->name(), QStringLiteral("third"));
        QCOMPARE(line->count(), 6);
        QVERIFY(std::abs(chart->dataPoint(line, 0).x() - 16) < 1e-9);
        QVERIFY(std::abs(chart->dataPoint(line, 0).y() - 900) < 1e-9);
        QVERIFY(std::abs(chart->dataPoint(line, 5).x() - 512) < 1e-9);
        QCOMPARE(chart->dataPoint(chart->topKLine(), 0).y(), 5.0);
        const auto labelsX = charts::tickLabels(chart->chart()->axes(Qt::Horizontal).front());
        QCOMPARE(labelsX.front(), QStringLiteral("16"));
        QCOMPARE(labelsX.back(), QStringLiteral("512"));
        const auto visibleSeries = [&] {
            int visible = 0;
            for (const auto* series : chart->chart()->series())
                visible += series->isVisible() ? 1 : 0;
            return visible;
        };
        QCOMPARE(chart->chart()->axes().size(), 2);
        QCOMPARE(visibleSeries(), 2); // the product and the top-k line
        QCOMPARE(chart->chart()->series().back(), chart->topKLine());

        // More lines again: the new ones are added below the top-k line.
        result.relevant.push_back(product(11, "I", {5, 4, 3, 2}));
        panel.rankByDimModel()->setResult(result, {});
        QCOMPARE(chart->productLines().size(), std::size_t{3});
        QVERIFY(std::abs(chart->dataPoint(chart->productLines()[2], 0).y() - 5) < 1e-9);
        QCOMPARE(chart->productLines()[2]->count(), 4);
        QCOMPARE(chart->chart()->series().back(), chart->topKLine());
        QCOMPARE(visibleSeries(), 4);
        for (const auto* shownLine : chart->productLines())
            QVERIFY(shownLine->isVisible());

        panel.rankByDimModel()->setResult({}, {});
        QVERIFY(chart->productLines().empty());
        QCOMPARE(visibleSeries(), 0);
        for (const auto* axis : chart->chart()->axes())
            QVERIFY(!axis->isVisible());
    }

    // Each query or dim clears the map and the segment chart until the answer arrives: nothing after nothing
    // keeps the chart (a new QChart each time held the GUI thread, issue 14); a result draws a new one.
    void emptyAfterEmptyKeepsTheCharts()
    {
        QueryMapView map;
        const QChart* emptyMap = map.chart();
        map.setMap({}, {}, 64);
        QCOMPARE(map.chart(), emptyMap);
        explore::QueryMap drawn;
        explore::MapPoint query, product;
        product.row = 3;
        product.label = "E";
        product.x = 1.0;
        product.y = 2.0;
        drawn.points = {query, product};
        drawn.explainedVarianceRatio = {0.5, 0.25};
        map.setMap(drawn, {}, 64);
        QVERIFY(map.chart() != emptyMap);
        const QChart* shown = map.chart();
        map.setMap({}, {}, 64);
        QVERIFY(map.chart() != shown); // cleared: the points are gone
        QCOMPARE(map.chart()->series().size(), 0);

        SegmentChartView segments;
        const QChart* emptySegments = segments.chart();
        segments.setComparison({}, 0, {}, {});
        QCOMPARE(segments.chart(), emptySegments);
    }

    void judgingKeysSetLabelsStoredAndExported()
    {
        const std::size_t query = 1;
        RankingFixture fixture(5, 200, 64, 20, query, 5);
        const auto& snapshot = fixture.snapshot;
        snapshot->latestRun->id = 7;
        auto& ranking = fixture.ranking;
        auto& view = fixture.view;
        JudgingKeys keys(&view, GainMap(), RankingModel::ProductRowRole);
        AnalystJudgementBook book;
        book.setSnapshot(snapshot);
        book.setAnalyst(QStringLiteral("ana"));
        connect(&keys, &JudgingKeys::judged, &book,
                [&](std::int32_t row, const QString& label) { book.judge(int(query), row, label); });
        QSignalSpy judged(&keys, &JudgingKeys::judged);
        QSignalSpy stored(&book, &AnalystJudgementBook::judgementSet);

        view.setCurrentIndex(ranking.index(1, 0));
        QTest::keyClick(&view, 's');
        view.setCurrentIndex(ranking.index(3, 0));
        QTest::keyClick(&view, '3'); // 1–4 are E, S, C, I with the ESCI gains
        QTest::keyClick(&view, 'x'); // not a judging key
        view.setCurrentIndex(ranking.index(1, 0));
        QTest::keyClick(&view, 'E'); // re-judged: replaces
        QCOMPARE(judged.count(), 3);
        QCOMPARE(stored.count(), 3);

        const auto rowA = ranking.rows()[1].row, rowB = ranking.rows()[3].row;
        QCOMPARE(book.labelOf(int(query), rowA), QStringLiteral("E"));
        QCOMPARE(book.labelOf(int(query), rowB), QStringLiteral("C"));
        QVERIFY(book.labelOf(int(query), ranking.rows()[0].row).isEmpty());
        QCOMPARE(book.judgements().size(), std::size_t(2));
        for (const auto& judgement : book.judgements()) {
            QCOMPARE(judgement.queryId, snapshot->queries[query].id);
            QCOMPARE(judgement.analyst, std::string("ana"));
            QCOMPARE(judgement.runId, std::int64_t(7));
        }

        QTemporaryDir dir;
        {
            ProjectStore store((std::filesystem::path(dir.path().toStdString()) / "p.near2"));
            store.setAnalystJudgements(book.judgements());
        }
        ProjectStore reopened((std::filesystem::path(dir.path().toStdString()) / "p.near2"));
        const auto loaded = reopened.load().analystJudgements;
        QCOMPARE(loaded.size(), std::size_t(2));
        QVERIFY(!loaded[0].created.empty());
        AnalystJudgementBook again;
        auto withStored = std::make_shared<ProjectSnapshot>(*snapshot);
        withStored->analystJudgements = loaded;
        again.setSnapshot(withStored);
        QCOMPARE(again.labelOf(int(query), rowB), QStringLiteral("C"));

        std::ostringstream qrels;
        writeTrecQrels(explore::analystQrels(book.judgements()), qrels, "analyst.qrels");
        std::vector<std::string> expected;
        for (const auto row : {rowA, rowB})
            expected.push_back(snapshot->queries[query].id + " 0 " + snapshot->products.at(row).id + ' ' +
                               (row == rowA ? "E" : "C"));
        std::sort(expected.begin(), expected.end());
        QCOMPARE(qrels.str(), expected[0] + '\n' + expected[1] + '\n');
    }

    void nearDuplicatesCollapseIntoOneRowWithACount()
    {
        std::vector<RankingRow> rows;
        const char* titles[] = {"Acme Tee Red Size M", "Steel Kettle 1.7 l", "Acme Tee Navy Blue XL",
                                "Acme Tee Red Size M 27 inch", "Steel Kettle 1.7 l Black"};
        for (int i = 0; i < 5; ++i) {
            RankingRow row;
            row.rank = i + 1;
            row.row = 10 + i;
            row.title = QString::fromLatin1(titles[i]);
            rows.push_back(row);
        }
        const auto collapsed = collapseNearDuplicates(rows, nullptr);
        // Groups: the tees without a measurement, the kettles; the 27-inch one stays apart.
        QCOMPARE(collapsed.size(), std::size_t(3));
        QCOMPARE(collapsed[0].row, 10);
        QCOMPARE(collapsed[0].duplicateTitles, QStringList{QString::fromLatin1(titles[2])});
        QCOMPARE(collapsed[1].row, 11);
        QCOMPARE(collapsed[1].duplicateTitles, QStringList{QString::fromLatin1(titles[4])});
        QCOMPARE(collapsed[2].rank, 4);
        RankingModel model;
        model.setRows(collapsed);
        QCOMPARE(model.index(0, RankingModel::Title).data().toString(),
                 QString::fromLatin1(titles[0]) + QStringLiteral(" (+1 similar)"));
        QCOMPARE(model.index(0, 0).data(RankingModel::DuplicateCountRole).toInt(), 1);
        QVERIFY(model.index(0, RankingModel::Title)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QString::fromLatin1(titles[2])));
    }

    void gradesWhereTheGainsAreNotEsci()
    {
        RankingFixture fixture(3, 100, 32, 10, 0, 3);
        auto& ranking = fixture.ranking;
        auto& view = fixture.view;
        JudgingKeys keys(&view, GainMap::parse("0=0,1=1,2=2,3=3"), RankingModel::ProductRowRole);
        QSignalSpy judged(&keys, &JudgingKeys::judged);
        view.setCurrentIndex(ranking.index(2, 0));
        QTest::keyClick(&view, '2');
        QTest::keyClick(&view, 'e'); // no E in these gains
        QCOMPARE(judged.count(), 1);
        QCOMPARE(judged[0][0].value<std::int32_t>(), ranking.rows()[2].row);
        QCOMPARE(judged[0][1].toString(), QStringLiteral("2"));
    }

    void theSegmentChartShowsWhereTheOtherProductWins()
    {
        // 32 dims, segments [0, 8), [8, 16), [16, 32): the relevant product follows the query in the first 16
        // dims, the other one (every second dim there) in the last 16.
        std::vector<float> query(32, 1.0f), relevant(32, 0.0f), other(32, 0.0f);
        for (std::size_t i = 0; i < 32; ++i) {
            relevant[i] = i < 16 ? 1.0f : 0.1f;
            other[i] = i < 16 ? (i % 2 == 0 ? 1.0f : 0.0f) : 1.0f;
        }
        const auto comparison = explore::compareBySegment(query, relevant, other, {8, 16, 32});
        SegmentChartView view;
        view.setComparison(comparison, 2, QStringLiteral("kept"), QStringLiteral("intruder"));
        QVERIFY(view.relevantBars() && view.otherBars());
        QCOMPARE(view.relevantBars()->count(), 3);
        // By hand at 32 dims: ‖q‖ = √32; ‖r‖² = 16 + 16·0.01, ‖o‖² = 8 + 16; segment dots r: 8, 8, 1.6;
        // o: 4, 4, 16.
        const double normQ = std::sqrt(32.0), normR = std::sqrt(16.16), normO = std::sqrt(24.0);
        const double relevantDots[] = {8.0, 8.0, 1.6}, otherDots[] = {4.0, 4.0, 16.0};
        double relevantSum = 0.0;
        for (int j = 0; j < 3; ++j) {
            QVERIFY(std::abs(view.relevantBars()->at(j) - relevantDots[j] / (normQ * normR)) < 1e-6);
            QVERIFY(std::abs(view.otherBars()->at(j) - otherDots[j] / (normQ * normO)) < 1e-6);
            relevantSum += view.relevantBars()->at(j);
        }
        QVERIFY(std::abs(relevantSum - comparison.relevant.prefixCosine[2]) < 1e-12);
        QCOMPARE(view.summary(), QStringLiteral("At 32 dims, intruder gains most in segment [16, 32)"));

        view.setComparison(comparison, 0, QStringLiteral("kept"), QStringLiteral("intruder"));
        QCOMPARE(view.relevantBars()->count(), 1); // at 8 dims only [0, 8) counts
        QCOMPARE(view.summary(), QStringLiteral("At 8 dims, no segment favours intruder"));
        view.setComparison({}, 0, {}, {});
        QVERIFY(!view.relevantBars());
        QVERIFY(view.summary().isEmpty());
    }

    void aClickOnTheMapSelectsTheProductInTheRanking()
    {
        RankingFixture fixture(3, 100, 32, 10, 0, 5);
        const auto& snapshot = fixture.snapshot;
        auto& ranking = fixture.ranking;
        auto& table = fixture.view;

        explore::QueryMap map;
        map.dim = 16;
        map.explainedVarianceRatio = {0.6, 0.3};
        map.points.push_back({-1, explore::QueryPoint, std::nullopt, std::nullopt, "", 0.0, 0.0});
        const double xs[] = {-0.8, 0.5, 0.9, -0.3, 0.2};
        const double ys[] = {0.7, -0.6, 0.4, -0.9, 0.8};
        const char* labels[] = {"E", "", "I", "S", "E"};
        for (std::size_t i = 0; i < 5; ++i)
            map.points.push_back(
                {ranking.rows()[i].row, explore::CurrentTopK, i + 1, std::nullopt, labels[i], xs[i], ys[i]});
        map.layer = {{0.1, 0.1}, {-0.5, -0.5}};
        QueryMapView view;
        view.resize(640, 480);
        view.setMap(map, snapshot->products, 64);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        connect(&view, &QueryMapView::productClicked, &table,
                [&](std::int32_t row) { selectProduct(&table, RankingModel::ProductRowRole, row); });
        QSignalSpy clicked(&view, &QueryMapView::productClicked);

        // Series: the query, E, unjudged, I, S (one per label) and the second layer.
        QCOMPARE(view.chart()->series().size(), qsizetype(6));
        const auto [series, index] = view.seriesPointOf(3); // the I product
        QVERIFY(series);
        QCOMPARE(series->name(), QStringLiteral("I"));
        QCOMPARE(series->at(index), QPointF(0.9, 0.4));
        QVERIFY(view.describe(3).contains(ranking.rows()[2].title));
        QVERIFY(view.describe(3).contains(QStringLiteral("Rank at 16 dims: 3")));

        const auto inChart = view.chart()->mapToPosition(series->at(index), series);
        const auto inView = view.mapFromScene(view.chart()->mapToScene(inChart));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, inView);
        QTRY_COMPARE(clicked.count(), 1);
        QCOMPARE(clicked[0][0].value<std::int32_t>(), ranking.rows()[2].row);
        QCOMPARE(table.currentIndex().row(), 2);

        // The query is not a product: clicking it selects nothing.
        const auto [querySeries, queryIndex] = view.seriesPointOf(0);
        const auto queryInView = view.mapFromScene(
            view.chart()->mapToScene(view.chart()->mapToPosition(querySeries->at(queryIndex), querySeries)));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, queryInView);
        QTest::qWait(50);
        QCOMPARE(clicked.count(), 1);
        QVERIFY(!selectProduct(&table, RankingModel::ProductRowRole, -5));
    }
};

QTEST_MAIN(TestExploreViews)
#include "test_explore_views.moc"
