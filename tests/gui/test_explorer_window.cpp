// The failure explorer in the assembled window (issue 17), on a small built project (stand-in embedder):
// - rank by dim for the selected query equals a brute-force count over the truncated, re-normalised vectors;
//   the segment chart's bars sum to the pair's prefix cosine at the current dim; the map follows the slider
//   (redrawn at the new dim) and a click on a product selects it in the ranking;
// - judging in place (E/S/C/I, 1–4 on the ranking): the judgement is shown, stored in the project with its
//   provenance, exported as TREC qrels (the file checked line by line), and the metrics with the analyst's
//   judgements equal the core's evaluation of the dataset with that qrels file appended; without them, the
//   stored run's metrics come back.
#include "app/explorer_assembly.h"
#include "app/main_window.h"
#include "core/data/loaders.h"
#include "core/embed/embedding_matrix.h"
#include "core/eval/trec_files.h"
#include "core/report/report_data.h"
#include "core/search/evaluation_run.h"
#include "core/session/report_segments.h"
#include "core/store/project_store.h"
#include "tests/gui/small_project.h"
#include "widgets/analysis_state.h"
#include "widgets/explore/analyst_judgement_book.h"
#include "widgets/explore/failure_explorer_panel.h"
#include "widgets/explore/product_pane.h"
#include "widgets/explore/query_map_view.h"
#include "widgets/explore/rank_by_dim_model.h"
#include "widgets/explore/segment_chart_view.h"
#include "widgets/jobs/background_release.h"
#include "widgets/jobs/explore_jobs.h"
#include "widgets/jobs/export_jobs.h"
#include "widgets/jobs/project_session.h"
#include "widgets/ranking_inspector.h"
#include "widgets/ranking_model.h"
#include "widgets/report/pdf_export.h"

#include <QBarSet>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QLineF>
#include <QProcess>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <cmath>

using namespace near2;

namespace {

double prefixCosine(std::span<const float> a, std::span<const float> b, int dim)
{
    double dot = 0.0, na = 0.0, nb = 0.0;
    for (int i = 0; i < dim; ++i) {
        const auto x = static_cast<double>(a[static_cast<std::size_t>(i)]);
        const auto y = static_cast<double>(b[static_cast<std::size_t>(i)]);
        dot += x * y, na += x * x, nb += y * y;
    }
    return dot / std::sqrt(na * nb);
}

// The ranks `row` can hold at `dim`, by brute force: 1 + the products scoring above it, up to that plus the
// products tied with it (equal cosines, frequent at small dims, are ordered by the products' tie ranks).
std::pair<std::size_t, std::size_t> bruteRanks(const EmbeddingMatrix& corpus, std::span<const float> query,
                                               std::int32_t row, int dim)
{
    const double own = prefixCosine(query, corpus.row(static_cast<std::size_t>(row)), dim);
    std::size_t above = 0, tied = 0;
    for (std::size_t other = 0; other < corpus.rows(); ++other) {
        if (static_cast<std::int32_t>(other) == row)
            continue;
        const double score = prefixCosine(query, corpus.row(other), dim);
        if (std::abs(score - own) <= 1e-12)
            ++tied;
        else if (score > own)
            ++above;
    }
    return {above + 1, above + tied + 1};
}

// Whether `shown` is one of those ranks, give or take one place (the sweep lists in float: a near-tie may put
// a neighbour one place apart).
bool rankMatches(std::size_t shown, std::pair<std::size_t, std::size_t> expected)
{
    return shown + 1 >= expected.first && shown <= expected.second + 1;
}

struct OpenedWindow
{
    QTemporaryDir dir;
    session::ProjectSetup setup;
    app::MainWindow window;

    bool open(std::size_t products)
    {
        setup = test::smallProject(dir, products);
        QSignalSpy shown(&window, &app::MainWindow::projectShown);
        QSignalSpy ready(window.session()->explore(), &jobs::ExploreJobs::catalogReady);
        window.session()->createProject(setup);
        return shown.wait(120000) && (!ready.isEmpty() || ready.wait(120000));
    }
    widgets::FailureExplorerPanel* panel() { return window.explorer()->panel(); }
    widgets::RankingInspector* inspector() { return window.explorer()->inspector(); }
};

// The query with the lowest metric at the smallest dim among those with a relevant product.
int failingQuery(const widgets::AnalysisState& state)
{
    int worst = -1;
    for (int q = 0; q < state.queryCount(); ++q)
        if (state.snapshot()->queries[static_cast<std::size_t>(q)].relevantCount > 0 &&
            (worst < 0 ||
             state.value(0, q, state.metricColumn()) < state.value(0, worst, state.metricColumn())))
            worst = q;
    return worst;
}

} // namespace

class TestExplorerWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("NEAR2_NO_DIALOGS", "1");
    }

    void rankByDimSegmentsAndMapFollowTheQueryAndSlider()
    {
        OpenedWindow opened;
        QVERIFY(opened.open(1500));
        auto& window = opened.window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* state = window.state();
        const int query = failingQuery(*state);
        QVERIFY(query >= 0);
        state->setDimIndex(0);
        state->setSelectedQuery(query);
        auto* panel = opened.panel();
        const auto* model = panel->rankByDimModel();
        const auto& record = state->snapshot()->queries[static_cast<std::size_t>(query)];
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), record.relevantCount, 30000);
        const auto& dims = state->dims();
        QCOMPARE(model->columnCount(),
                 widgets::RankByDimModel::FirstDimColumn + static_cast<int>(dims.size()));

        const auto corpus = readEmbeddings(opened.setup.model.paths[0]);
        const auto queries = readEmbeddings(opened.setup.model.paths[1]);
        const Dataset dataset = readBeir(opened.setup.dataset.paths[0]);
        const RecordIndex queryIndex(dataset.queries);
        const auto queryVector = queries.row(static_cast<std::size_t>(queryIndex.find(record.id)));
        for (int r = 0; r < model->rowCount(); ++r) {
            const auto row =
                model->index(r, 0).data(widgets::RankByDimModel::ProductRowRole).value<std::int32_t>();
            std::optional<int> firstInTopK;
            for (std::size_t d = 0; d < dims.size(); ++d) {
                const auto cell =
                    model->index(r, widgets::RankByDimModel::FirstDimColumn + static_cast<int>(d));
                const auto expected = bruteRanks(corpus, queryVector, row, dims[d]);
                QVERIFY2(cell.data(widgets::RankByDimModel::RankRole).isValid(), "exact with embeddings");
                const auto shown = cell.data(widgets::RankByDimModel::RankRole).toULongLong();
                QVERIFY2(rankMatches(static_cast<std::size_t>(shown), expected),
                         qPrintable(QStringLiteral("dim %1: %2 vs %3-%4")
                                        .arg(dims[d])
                                        .arg(shown)
                                        .arg(expected.first)
                                        .arg(expected.second)));
                if (!firstInTopK && shown <= 10)
                    firstInTopK = dims[d];
            }
            const auto first = model->index(r, widgets::RankByDimModel::FirstInTopK).data();
            if (firstInTopK)
                QCOMPARE(first.toInt(), *firstInTopK);
        }

        // Hidden, the map and the segment chart are not computed: a slider step while rank by dim is shown
        // leaves them as they were, and showing the map computes them for the dim shown.
        auto* map = panel->mapView();
        panel->tabs()->setCurrentIndex(0);
        const int mapDimBefore = map->map().dim;
        state->setDimIndex(1);
        QTest::qWait(300);
        QCOMPARE(map->map().dim, mapDimBefore);
        panel->tabs()->setCurrentWidget(map);
        QTRY_COMPARE_WITH_TIMEOUT(map->map().dim, state->currentDim(), 30000);

        // The map and the segment chart at the current dim, and again after the slider moves.
        for (const int dimIndex : {0, 2}) {
            state->setDimIndex(dimIndex);
            const int dim = state->currentDim();
            QTRY_COMPARE_WITH_TIMEOUT(map->map().dim, dim, 30000);
            QVERIFY(map->map().points.size() >= 11); // the query and its top 10
            QCOMPARE(map->map().points.front().row, -1);
            if (const auto* bars = panel->segmentChart()->relevantBars()) {
                const auto* chartDims = &dims;
                const auto segments = static_cast<int>(std::find(chartDims->begin(), chartDims->end(), dim) -
                                                       chartDims->begin()) +
                                      1;
                QCOMPARE(bars->count(), segments);
                double sum = 0.0;
                for (int j = 0; j < bars->count(); ++j)
                    sum += bars->at(j);
                // The charted relevant product is named in the legend; find its row by title.
                bool matched = false;
                for (const auto& [row, product] : state->snapshot()->products)
                    if (QString::fromStdString(product.title) == bars->label() &&
                        std::abs(sum - prefixCosine(queryVector, corpus.row(static_cast<std::size_t>(row)),
                                                    dim)) < 1e-9)
                        matched = true;
                QVERIFY2(matched, "the bars sum to the relevant product's prefix cosine");
            }
        }

        // A click on a product of the map selects it in the ranking.
        panel->tabs()->setCurrentWidget(map);
        QTest::qWait(50);
        const auto top = opened.inspector()->currentModel()->rows();
        QVERIFY(top.size() >= 3);
        // A product of the current top 10 whose marker no other marker touches: markers are up to 14 px wide,
        // so no other point within 16 px (points may coincide; a click goes to the topmost marker under it).
        const auto pixelOf = [&](std::size_t i) {
            const auto [series, index] = map->seriesPointOf(i);
            return map->mapFromScene(
                map->chart()->mapToScene(map->chart()->mapToPosition(series->at(index), series)));
        };
        std::size_t point = 0;
        for (std::size_t i = 1; i < map->map().points.size() && point == 0; ++i) {
            const auto& candidate = map->map().points[i];
            const bool listed = std::any_of(top.begin(), top.end(), [&](const widgets::RankingRow& row) {
                return row.row == candidate.row;
            });
            bool alone = listed;
            for (std::size_t j = 0; j < map->map().points.size() && alone; ++j)
                alone = j == i || QLineF(pixelOf(j), pixelOf(i)).length() > 16;
            if (alone)
                point = i;
        }
        QVERIFY(point > 0);
        const auto inView = pixelOf(point);
        QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, inView);
        const auto* view = opened.inspector()->currentView();
        QTRY_COMPARE(view->currentIndex().data(widgets::RankingModel::ProductRowRole).value<std::int32_t>(),
                     map->map().points[point].row);
        QVERIFY(opened.inspector()->productDetails().contains(
            QString::fromStdString(state->snapshot()->products.at(map->map().points[point].row).title)));
    }

    void judgedInPlaceStoredExportedAndScored()
    {
        OpenedWindow opened;
        QVERIFY(opened.open(1200));
        auto& window = opened.window;
        auto* state = window.state();
        const auto original = state->sharedSnapshot();
        // A query with at least two unjudged products in its top 10 at the full dim.
        auto* inspector = opened.inspector();
        auto* view = inspector->currentView();
        std::vector<int> unjudged;
        int query = -1;
        for (int q = 0; q < state->queryCount() && query < 0; ++q) {
            state->setSelectedQuery(q);
            unjudged.clear();
            const auto& rows = inspector->currentModel()->rows();
            for (std::size_t i = 0; i < rows.size(); ++i)
                if (rows[i].label.isEmpty())
                    unjudged.push_back(static_cast<int>(i));
            if (unjudged.size() >= 2)
                query = q;
        }
        QVERIFY(query >= 0);
        const auto rowA = inspector->currentModel()->rows()[static_cast<std::size_t>(unjudged[0])].row;
        const auto rowB = inspector->currentModel()->rows()[static_cast<std::size_t>(unjudged[1])].row;
        view->setFocus();
        view->setCurrentIndex(view->model()->index(unjudged[0], 0));
        QTest::keyClick(view, 'e');
        view->setCurrentIndex(view->model()->index(unjudged[1], 0));
        QTest::keyClick(view, '2'); // S with the ESCI gains
        auto* book = window.explorer()->judgements();
        QCOMPARE(book->judgements().size(), std::size_t(2));
        QCOMPARE(book->labelOf(query, rowA), QStringLiteral("E"));
        QCOMPARE(book->labelOf(query, rowB), QStringLiteral("S"));
        // Shown in the ranking, marked as the analyst's.
        const auto labelOfRow = [&](std::int32_t row) {
            for (int r = 0; r < view->model()->rowCount(); ++r)
                if (view->model()
                        ->index(r, 0)
                        .data(widgets::RankingModel::ProductRowRole)
                        .value<std::int32_t>() == row)
                    return view->model()->index(r, widgets::RankingModel::Label).data().toString();
            return QString();
        };
        QCOMPARE(labelOfRow(rowA), QStringLiteral("E*"));
        QCOMPARE(labelOfRow(rowB), QStringLiteral("S*"));
        // The keys moved on to the next row, as in Quepid.
        QCOMPARE(view->currentIndex().row(), std::min(unjudged[1] + 1, view->model()->rowCount() - 1));

        // Stored in the project through the writer, apart from the dataset's judgements, with provenance.
        QVERIFY(window.session()->flushWrites(std::chrono::seconds(10)));
        const auto& queryId = state->snapshot()->queries[static_cast<std::size_t>(query)].id;
        const auto& products = state->snapshot()->products;
        {
            ProjectStore store(opened.setup.projectFile, ProjectAccess::ReadOnly);
            const auto stored = store.load().analystJudgements;
            QCOMPARE(stored.size(), std::size_t(2));
            for (const auto& judgement : stored) {
                QCOMPARE(judgement.queryId, queryId);
                QVERIFY(judgement.productId == products.at(rowA).id ||
                        judgement.productId == products.at(rowB).id);
                QCOMPARE(judgement.label,
                         std::string(judgement.productId == products.at(rowA).id ? "E" : "S"));
                QCOMPARE(judgement.runId, original->latestRun->id);
                QVERIFY(!judgement.created.empty());
                QVERIFY(!judgement.analyst.empty());
            }
        }

        // Exported as TREC qrels.
        const QString qrelsFile = opened.dir.filePath(QStringLiteral("analyst.qrels"));
        QSignalSpy exported(window.session()->exports(), &jobs::ExportJobs::exported);
        window.explorer()->exportAnalystQrels(qrelsFile);
        QVERIFY(exported.wait(30000));
        QFile file(qrelsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList expected{QString::fromStdString(queryId + " 0 " + products.at(rowA).id + " E"),
                             QString::fromStdString(queryId + " 0 " + products.at(rowB).id + " S")};
        expected.sort();
        QCOMPARE(QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);

        // Metrics with the analyst's judgements: the core's evaluation with the exported qrels appended.
        Dataset dataset = readBeir(opened.setup.dataset.paths[0]);
        for (const auto& judgement : readTrecQrels(qrelsFile.toStdString()).judgements)
            dataset.splits.at("test").judgements.push_back(judgement);
        const auto& settings = original->settings;
        EvaluationInputs inputs;
        inputs.corpusEmbeddings = readEmbeddings(opened.setup.model.paths[0]);
        inputs.queryEmbeddings = readEmbeddings(opened.setup.model.paths[1]);
        inputs.dims = original->latestRun->result.dims;
        inputs.gains = GainMap::parse(settings.gains);
        inputs.scoring.relevantThreshold = settings.relevantThreshold;
        inputs.scoring.spec.cutoffs = {settings.k, 100};
        const EvaluationOutcome core = evaluate(dataset, inputs);

        window.explorer()->setAnalystMetrics(true);
        QTRY_VERIFY_WITH_TIMEOUT(state->sharedSnapshot() != original, 30000);
        // Kept by the views beyond the job's result: freed on the jobs' pool when they let it go.
        QVERIFY(std::get_deleter<jobs::BackgroundRelease<ProjectSnapshot>>(state->sharedSnapshot()));
        QCOMPARE(state->run()->result.queryIds, core.result.queryIds);
        QCOMPARE(state->run()->result.perQuery, core.result.perQuery);
        QVERIFY(state->run()->result.perQuery != original->latestRun->result.perQuery);
        QCOMPARE(state->selectedQuery(), query);

        window.explorer()->setAnalystMetrics(false);
        QCOMPARE(state->sharedSnapshot(), original);
        QCOMPARE(state->run()->result.perQuery, original->latestRun->result.perQuery);
    }

    void productSearchDetailsAndNearDuplicates()
    {
        OpenedWindow opened;
        QVERIFY(opened.open(1500));
        auto* state = opened.window.state();
        const int query = failingQuery(*state);
        state->setSelectedQuery(query);
        auto* inspector = opened.inspector();
        QTRY_VERIFY(!inspector->refreshPending());
        const auto rows = inspector->currentModel()->rows();
        QCOMPARE(rows.size(), std::size_t(10));

        // Collapsed near-duplicates: each row stands for itself and its count; ranks stay in order.
        inspector->collapseDuplicates()->setChecked(true);
        const auto* collapsed = inspector->currentModel();
        int represented = 0, lastRank = 0;
        for (int r = 0; r < collapsed->rowCount(); ++r) {
            represented += 1 + collapsed->index(r, 0).data(widgets::RankingModel::DuplicateCountRole).toInt();
            QVERIFY(collapsed->rows()[static_cast<std::size_t>(r)].rank > lastRank);
            lastRank = collapsed->rows()[static_cast<std::size_t>(r)].rank;
        }
        QCOMPARE(represented, 10);
        inspector->collapseDuplicates()->setChecked(false);
        QCOMPARE(inspector->currentModel()->rowCount(), 10);

        // Found by id in the catalog: its rank at both dims, exact beyond the stored list.
        const auto corpus = readEmbeddings(opened.setup.model.paths[0]);
        const auto queries = readEmbeddings(opened.setup.model.paths[1]);
        const Dataset dataset = readBeir(opened.setup.dataset.paths[0]);
        const auto& record = state->snapshot()->queries[static_cast<std::size_t>(query)];
        const auto queryVector =
            queries.row(static_cast<std::size_t>(RecordIndex(dataset.queries).find(record.id)));
        auto* pane = opened.panel()->productPane();
        const auto find = [&](const std::string& text) {
            QSignalSpy searched(opened.window.session()->explore(), &jobs::ExploreJobs::searched);
            pane->searchEdit()->setText(QString::fromStdString(text));
            QTest::keyClick(pane->searchEdit(), Qt::Key_Return);
            return searched.wait(30000);
        };
        QVERIFY(find(dataset.corpus[static_cast<std::size_t>(rows[2].row)].id));
        QVERIFY(pane->hits()->rowCount() >= 1);
        QCOMPARE(pane->hits()
                     ->item(0, widgets::ProductPane::Product)
                     ->data(widgets::ProductPane::ProductRowRole)
                     .toInt(),
                 rows[2].row);
        QCOMPARE(pane->hits()->item(0, widgets::ProductPane::CurrentRank)->text(), QStringLiteral("3"));
        // The product the query ranks lowest at the current dim is far below the stored list.
        std::int32_t lowest = 0;
        for (std::size_t row = 1; row < corpus.rows(); ++row)
            if (prefixCosine(queryVector, corpus.row(row), state->currentDim()) <
                prefixCosine(queryVector, corpus.row(static_cast<std::size_t>(lowest)), state->currentDim()))
                lowest = static_cast<std::int32_t>(row);
        QVERIFY(find(dataset.corpus[static_cast<std::size_t>(lowest)].id));
        const auto rank = pane->hits()->item(0, widgets::ProductPane::CurrentRank)->text().toULongLong();
        QVERIFY2(rankMatches(rank, bruteRanks(corpus, queryVector, lowest, state->currentDim())),
                 qPrintable(QString::number(rank)));
        // Chosen: every field of the catalog record.
        pane->hits()->setCurrentCell(0, 0);
        const auto& product = dataset.corpus[static_cast<std::size_t>(lowest)];
        QVERIFY(pane->detailsText().contains(QString::fromStdString(product.title)));
        if (!product.text.empty())
            QVERIFY(pane->detailsText().contains(QString::fromStdString(product.text).left(40)));
    }

    void theWorstQueriesPagesGetTheSegmentChart()
    {
        OpenedWindow opened;
        QVERIFY(opened.open(1200));
        opened.window.session()->close();
        const auto data = assembleReport(opened.setup.projectFile, {.currentDim = 8});
        QVERIFY(!data.worst.empty());
        const auto pages = session::worstQuerySegments(data);
        QVERIFY(!pages.empty());
        // Independently: each page's relevant bars sum to the product's prefix cosine at the current dim.
        const auto corpus = readEmbeddings(opened.setup.model.paths[0]);
        const auto queries = readEmbeddings(opened.setup.model.paths[1]);
        const Dataset dataset = readBeir(opened.setup.dataset.paths[0]);
        const RecordIndex queryIndex(dataset.queries);
        for (const auto& page : pages) {
            const auto& dims = page.comparison.relevant.dims;
            QCOMPARE(dims[page.dimIndex], 8);
            double sum = 0.0;
            for (std::size_t j = 0; j <= page.dimIndex; ++j)
                sum += page.comparison.relevant.contribution(page.dimIndex, j);
            const auto query = queries.row(static_cast<std::size_t>(queryIndex.find(page.queryId)));
            bool found = false;
            for (std::size_t row = 0; row < corpus.rows() && !found; ++row)
                found = dataset.corpus[row].title == page.relevantTitle &&
                        std::abs(prefixCosine(query, corpus.row(row), 8) - sum) < 1e-9;
            QVERIFY2(found, page.queryId.c_str());
        }
        const QString pdf = opened.dir.filePath(QStringLiteral("report.pdf"));
        report::writePdfReport(data, pdf.toStdString());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(content.contains(QStringLiteral("Where the worst queries lose, by nested segment")));
        QVERIFY(content.contains(QStringLiteral("[0, 8)")));
        QVERIFY(content.contains(QString::fromStdString(pages.front().queryText)));
    }
};

QTEST_MAIN(TestExplorerWindow)
#include "test_explorer_window.moc"
