// Through the assembled window on a small built project (stand-in embedder):
// - a dim the run lacks, typed into the dimension box, is evaluated in the background with the core's
//   sweep and every view follows it (state, slider, query table, summary, inspector, charts); its per-query
//   metrics and rankings equal the core's evaluation at that dim; a nested dim typed in just moves the
//   slider;
// - an ad-hoc query typed in is encoded and ranked at the current and reference dims; both top-10 lists equal
//   a brute-force cosine ranking of the truncated, re-normalised vectors.
#include "app/main_window.h"
#include "core/data/loaders.h"
#include "core/embed/embedding_matrix.h"
#include "core/search/evaluation_run.h"
#include "core/session/project_builder.h"
#include "core/session/stand_in_model.h"
#include "core/store/evaluation_records.h"
#include "tests/gui/small_project.h"
#include "widgets/adhoc_query_panel.h"
#include "widgets/analysis_state.h"
#include "widgets/charts/charts_page.h"
#include "widgets/dimension_bar.h"
#include "widgets/jobs/project_session.h"
#include "widgets/jobs/tradeoff_jobs.h"
#include "widgets/query_table_model.h"
#include "widgets/query_table_panel.h"
#include "widgets/ranking_inspector.h"
#include "widgets/ranking_model.h"
#include "widgets/summary_model.h"
#include "widgets/summary_panel.h"
#include "widgets/tradeoffs/tradeoffs_page.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <numeric>

using namespace near2;

namespace {

void typeDim(widgets::DimensionBar* bar, int dim)
{
    bar->dimEdit()->selectAll();
    QTest::keyClicks(bar->dimEdit(), QString::number(dim));
    QTest::keyClick(bar->dimEdit(), Qt::Key_Return);
}

struct Scored
{
    std::int32_t row;
    float score;
};

std::vector<Scored> bruteForceTop(const EmbeddingMatrix& corpus, std::span<const float> query, int dim,
                                  std::size_t k)
{
    const auto d = static_cast<std::size_t>(dim);
    const auto norm = [d](std::span<const float> v) {
        return std::sqrt(
            std::inner_product(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(d), v.begin(), 0.0));
    };
    const double queryNorm = norm(query);
    std::vector<Scored> scored;
    for (std::size_t row = 0; row < corpus.rows(); ++row) {
        const auto product = corpus.row(row);
        const double dot = std::inner_product(query.begin(), query.begin() + static_cast<std::ptrdiff_t>(d),
                                              product.begin(), 0.0);
        scored.push_back(
            {static_cast<std::int32_t>(row), static_cast<float>(dot / (queryNorm * norm(product)))});
    }
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(k), scored.end(),
                      [](const Scored& a, const Scored& b) { return a.score > b.score; });
    scored.resize(k);
    return scored;
}

void compareRanking(const std::vector<widgets::RankingRow>& shown, const std::vector<Scored>& expected)
{
    QCOMPARE(shown.size(), expected.size());
    for (std::size_t i = 0; i < shown.size(); ++i) {
        QCOMPARE(shown[i].rank, static_cast<int>(i) + 1);
        QVERIFY2(std::abs(shown[i].score - expected[i].score) < 1e-4f, qPrintable(QString::number(i)));
        // Near-ties may swap within float rounding; otherwise the same product.
        if (i + 1 >= expected.size() || expected[i].score - expected[i + 1].score > 1e-5f)
            QCOMPARE(shown[i].row, expected[i].row);
        QVERIFY(!shown[i].title.isEmpty());
    }
}

} // namespace

class TestWorkbenchFlows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("NEAR2_NO_DIALOGS", "1");
    }

    void typedDimEqualsTheCoresEvaluation()
    {
        QTemporaryDir dir;
        const auto setup = test::smallProject(dir, 3000);
        app::MainWindow window;
        QSignalSpy shown(&window, &app::MainWindow::projectShown);
        window.session()->createProject(setup);
        QVERIFY(shown.wait(120000));
        auto* state = window.state();
        auto* bar = window.findChild<widgets::DimensionBar*>();
        QVERIFY(bar);
        const std::vector<int> nested = state->dims();
        QCOMPARE(nested.front(), 8);
        constexpr int kTyped = 40;
        QVERIFY(std::find(nested.begin(), nested.end(), kTyped) == nested.end());
        const int referenceDim = nested[static_cast<std::size_t>(state->referenceDimIndex())];
        constexpr int kQuery = 3;
        state->setSelectedQuery(kQuery);

        // Typed while the catalog may still be loading: the request waits for it.
        QSignalSpy evaluated(window.session(), &jobs::ProjectSession::dimEvaluated);
        typeDim(bar, kTyped);
        QVERIFY(!evaluated.isEmpty() || evaluated.wait(120000));
        const auto& dims = state->dims();
        QCOMPARE(dims.size(), nested.size() + 1);
        QVERIFY(std::is_sorted(dims.begin(), dims.end()));
        const auto index = static_cast<std::size_t>(state->dimIndex());
        QCOMPARE(dims[index], kTyped);
        QCOMPARE(dims[static_cast<std::size_t>(state->referenceDimIndex())], referenceDim);
        QCOMPARE(state->selectedQuery(), kQuery);
        QCOMPARE(bar->dimEdit()->value(), kTyped);
        QCOMPARE(bar->slider()->value(), static_cast<int>(index));
        QCOMPARE(bar->slider()->maximum(), static_cast<int>(dims.size()) - 1);
        QCOMPARE(window.charts()->currentDim(), kTyped);

        // The core's own evaluation at that dim, with the project's settings.
        const Dataset dataset = readBeir(setup.dataset.paths[0]);
        const auto& settings = state->snapshot()->settings;
        EvaluationInputs inputs;
        inputs.corpusEmbeddings = readEmbeddings(setup.model.paths[0]);
        inputs.queryEmbeddings = readEmbeddings(setup.model.paths[1]);
        inputs.dims = {kTyped};
        inputs.gains = GainMap::parse(settings.gains);
        inputs.scoring.relevantThreshold = settings.relevantThreshold;
        inputs.scoring.spec.cutoffs = {settings.k, 100};
        const EvaluationOutcome core = evaluate(dataset, inputs);
        const auto& run = *state->run();
        QCOMPARE(run.result.queryIds, core.result.queryIds);
        QCOMPARE(run.result.perQuery[index], core.result.perQuery.front());
        QCOMPARE(run.result.mean[index], core.result.mean.front());
        const auto records = recordsOf(dataset, "test", core.plan, core.rankings, core.result);
        QCOMPARE(run.rankings.perDim[index].docs, records.run.rankings.perDim.front().docs);

        // The query table and the summary show the typed dim's values.
        const auto* table = window.findChild<widgets::QueryTablePanel*>()->model();
        const int metric = state->metricColumn();
        for (int q = 0; q < table->rowCount(); ++q)
            QCOMPARE(table->index(q, widgets::QueryTableModel::Current)
                         .data(widgets::QueryTableModel::SortRole)
                         .toDouble(),
                     core.result.value(0, static_cast<std::size_t>(q), static_cast<std::size_t>(metric)));
        const auto* summary = window.findChild<widgets::SummaryPanel*>()->model();
        QTRY_VERIFY(!summary->recomputePending());
        QVERIFY(summary->headerData(2, Qt::Horizontal, Qt::DisplayRole)
                    .toString()
                    .endsWith(QStringLiteral("@%1d").arg(kTyped)));

        // The inspector shows the query's top 10 at the typed dim.
        const auto* inspector = window.findChild<widgets::RankingInspector*>();
        QTRY_VERIFY(!inspector->refreshPending());
        const auto& shown10 = inspector->currentModel()->rows();
        QCOMPARE(shown10.size(), std::size_t{widgets::RankingInspector::kShownDepth});
        const auto expected = records.run.rankings.perDim.front().docsOf(kQuery);
        for (std::size_t rank = 0; rank < shown10.size(); ++rank)
            QCOMPARE(shown10[rank].row, expected[rank]);
        const auto* model = inspector->currentModel();
        QCOMPARE(model->index(0, widgets::RankingModel::Title).data(Qt::ToolTipRole).toString(),
                 shown10.front().title); // the full title, however narrow the column

        // A typed dim cancelled midway: the box shows the current dim again (unless it finished first).
        QSignalSpy cancelled(window.session()->dimJob(), &jobs::JobRunner::cancelled);
        const auto evaluations = evaluated.count();
        typeDim(bar, kTyped + 8);
        window.session()->dimJob()->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!cancelled.isEmpty() || evaluated.count() > evaluations, 60000);
        if (evaluated.count() == evaluations)
            QCOMPARE(bar->dimEdit()->value(), kTyped);

        // A nested dim typed in moves the slider without a job.
        typeDim(bar, 16);
        QCOMPARE(state->dims()[static_cast<std::size_t>(state->dimIndex())], 16);
        QVERIFY(!window.session()->dimJob()->isRunning());
        // Typing the evaluated dim again finds it.
        typeDim(bar, kTyped);
        QCOMPARE(state->dims()[static_cast<std::size_t>(state->dimIndex())], kTyped);
        QVERIFY(!window.session()->dimJob()->isRunning());

        // The project file holds the typed dim (once the writer ran): reopening shows it, nothing recomputed.
        QVERIFY(window.session()->flushWrites(std::chrono::seconds(10)));
        const auto stored = session::openProject(setup.projectFile).latestRun;
        QVERIFY(stored.has_value());
        const auto storedIndex = static_cast<std::size_t>(
            std::find(stored->result.dims.begin(), stored->result.dims.end(), kTyped) -
            stored->result.dims.begin());
        QVERIFY(storedIndex < stored->result.dims.size());
        QVERIFY(std::is_sorted(stored->result.dims.begin(), stored->result.dims.end()));
        QCOMPARE(stored->result.perQuery[storedIndex], core.result.perQuery.front());
        QCOMPARE(stored->rankings.perDim[storedIndex].docs, records.run.rankings.perDim.front().docs);
    }

    void typedQueryRankedAtCurrentAndReferenceDims()
    {
        QTemporaryDir dir;
        const auto setup = test::smallProject(dir, 2000);
        app::MainWindow window;
        QSignalSpy shown(&window, &app::MainWindow::projectShown);
        QSignalSpy catalogLoaded(window.session()->contextJob(), &jobs::JobRunner::finished);
        window.session()->createProject(setup);
        QVERIFY(shown.wait(120000));
        QVERIFY(!catalogLoaded.isEmpty() || catalogLoaded.wait(120000));
        // The Trade-offs page works on the session's loaded catalog rather than a second copy.
        auto* tradeoffPage = window.findChild<tradeoffs::TradeoffsPage*>();
        QVERIFY(tradeoffPage && window.session()->rankingContext());
        QCOMPARE(tradeoffPage->jobs()->rankingContext(), window.session()->rankingContext());
        // Opening does not make the nested blocks: the first ad-hoc query does, into a cache file.
        const auto nestedFile = session::nestedLayoutPathOf(setup.projectFile);
        QVERIFY(!window.session()->rankingContext()->catalog->layoutIfReady());
        QVERIFY(!std::filesystem::exists(nestedFile));
        auto* state = window.state();
        state->setDimIndex(1);
        const int dim = state->dims()[1];
        const int referenceDim = state->dims()[static_cast<std::size_t>(state->referenceDimIndex())];
        QCOMPARE(dim, 16);
        QVERIFY(referenceDim > dim);

        auto* panel = window.findChild<widgets::AdhocQueryPanel*>();
        QVERIFY(panel);
        window.tabs()->setCurrentWidget(panel);
        const QString text = QStringLiteral("wireless noise cancelling headphones");
        QSignalSpy ranked(window.session(), &jobs::ProjectSession::adhocRanked);
        QSignalSpy errors(window.session(), &jobs::ProjectSession::errorOccurred);
        QTest::keyClicks(panel->queryEdit(), text);
        QSignalSpy requested(panel, &widgets::AdhocQueryPanel::rankRequested);
        QTest::keyClick(panel->queryEdit(), Qt::Key_Return);
        QCOMPARE(panel->queryEdit()->text(), text);
        QCOMPARE(requested.count(), 1);
        // A quick job may deliver before the event loop runs again (the continuation is then direct).
        QVERIFY(!ranked.isEmpty() || !errors.isEmpty() || ranked.wait(60000));
        QVERIFY2(errors.isEmpty(),
                 qPrintable(errors.isEmpty() ? QString() : errors.front().front().toString()));
        QVERIFY(window.session()->rankingContext()->catalog->layoutIfReady());
        QVERIFY(std::filesystem::exists(nestedFile));

        const auto corpus = readEmbeddings(setup.model.paths[0]);
        const auto query = session::embedQueryWithStandInModel(text.toStdString());
        constexpr std::size_t k = 10;
        compareRanking(panel->currentModel()->rows(), bruteForceTop(corpus, query, dim, k));
        compareRanking(panel->referenceModel()->rows(), bruteForceTop(corpus, query, referenceDim, k));
    }
};

QTEST_MAIN(TestWorkbenchFlows)
#include "test_workbench_flows.moc"
