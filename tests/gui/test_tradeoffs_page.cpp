// The trade-offs page: the cell table (QAbstractItemModelTester, sorting through the proxy), the chart's
// series, points and front for a known grid on both x axes, the compression statements, and on a real
// small project: the grid computed from the form and stored, and selecting a cell ranking the current query
// with that configuration (fp32 flat at the full dim gives the evaluation's own ranking); with the session's
// catalog loaded, the grid works on it instead of a second copy.
#include "core/session/project_builder.h"
#include "core/session/ranking_context.h"
#include "core/store/project_store.h"
#include "tests/gui/small_project.h"
#include "widgets/analysis_state.h"
#include "widgets/charts/chart_axes.h"
#include "widgets/charts/chart_interaction.h"
#include "widgets/jobs/background_release.h"
#include "widgets/jobs/project_session.h"
#include "widgets/jobs/tradeoff_jobs.h"
#include "widgets/ranking_model.h"
#include "widgets/tradeoffs/grid_form.h"
#include "widgets/tradeoffs/pareto_chart.h"
#include "widgets/tradeoffs/pareto_chart_view.h"
#include "widgets/tradeoffs/tradeoff_table_model.h"
#include "widgets/tradeoffs/tradeoff_text.h"
#include "widgets/tradeoffs/tradeoffs_page.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>

using namespace near2;

namespace {

CellMeasure cell(int dim, Precision precision, IndexKind index, double bytes, double p50, double ndcg)
{
    CellMeasure measure;
    measure.spec.dim = dim;
    measure.spec.precision = precision;
    measure.spec.index = index;
    measure.bytesPerVector = bytes;
    measure.latencyP50Ms = p50;
    measure.metrics = {ndcg, ndcg / 2};
    return measure;
}

// Front by bytes: 2 (8 B), 1 (64 B), 0 (256 B); by latency: 4, 1, 0.
std::shared_ptr<const TradeoffReport> knownGrid()
{
    auto report = std::make_shared<TradeoffReport>();
    report->columns = {"ndcg@10", "p@10"};
    report->fullDim = 64;
    report->cells = {cell(64, Precision::Fp32, IndexKind::Flat, 256, 2.0, 0.50),
                     cell(64, Precision::Int8, IndexKind::Flat, 64, 1.0, 0.49),
                     cell(64, Precision::Binary, IndexKind::Flat, 8, 0.2, 0.30),
                     cell(16, Precision::Fp32, IndexKind::Flat, 64, 0.5, 0.40),
                     cell(64, Precision::Int8, IndexKind::Hnsw, 64, 0.1, 0.45)};
    return report;
}

// The front's costs (the points sit at their logs on the axis), rounded to 1e-9.
std::vector<double> frontXs(QChart* chart)
{
    for (auto* series : chart->series())
        if (auto* line = qobject_cast<QLineSeries*>(series); line && !qobject_cast<QScatterSeries*>(series)) {
            std::vector<double> xs;
            for (const QPointF& point : line->points())
                xs.push_back(std::round(charts::axisValue(line->attachedAxes().value(0), point.x()) * 1e9) /
                             1e9);
            return xs;
        }
    return {};
}

// A small demo project evaluated at dims 8…256 (stand-in embeddings).
std::shared_ptr<const ProjectSnapshot> evaluatedProject(const QTemporaryDir& dir, std::filesystem::path& file)
{
    const session::ProjectSetup setup = near2::test::smallProject(dir, 400, 100);
    file = setup.projectFile;
    return std::make_shared<const ProjectSnapshot>(session::buildProject(setup, {}));
}

// The project open in `session`, as the main window has it (the catalog loading in the background).
void openIn(jobs::ProjectSession& session, const std::filesystem::path& file)
{
    QSignalSpy opened(&session, &jobs::ProjectSession::projectOpened);
    session.openProject(QString::fromStdString(file.string()));
    QVERIFY(opened.wait(60000));
}

int rowOfCell(const TradeoffReport& report, int dim, Precision precision)
{
    for (std::size_t i = 0; i < report.cells.size(); ++i)
        if (report.cells[i].spec.dim == dim && report.cells[i].spec.precision == precision)
            return static_cast<int>(i);
    return -1;
}

} // namespace

class TestTradeoffsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tableModelForAKnownGrid()
    {
        tradeoffs::TradeoffTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(tradeoffs::TradeoffTableModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(knownGrid(), 0);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), tradeoffs::FixedColumnCount + 2);
        QCOMPARE(model.headerData(tradeoffs::FixedColumnCount, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("ndcg@10"));
        QCOMPARE(model.index(2, tradeoffs::PrecisionColumn).data().toString(), QStringLiteral("binary"));
        QVERIFY(model.index(2, 0).data(Qt::FontRole).value<QFont>().bold()); // on the bytes front
        QVERIFY(!model.index(3, 0).data(Qt::FontRole).value<QFont>().bold());
        proxy.sort(tradeoffs::BytesColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(tradeoffs::TradeoffTableModel::CellRole).toInt(), 2);
        QCOMPARE(proxy.index(4, 0).data(tradeoffs::TradeoffTableModel::CellRole).toInt(), 0);
        proxy.sort(tradeoffs::FixedColumnCount, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(tradeoffs::TradeoffTableModel::CellRole).toInt(), 0);
        model.setReport(nullptr, 0);
        QCOMPARE(model.rowCount(), 0);
    }

    // FAISS's training warnings, recorded with the cell: an icon on the row, the warning in its tooltip, and
    // one line per warned cell for the page and the PDF (tradeoff_text.h).
    void trainingWarningsAreShownWithTheirCell()
    {
        auto grid = std::make_shared<TradeoffReport>(*knownGrid());
        grid->cells[4].warnings = {"PQ: 100 training points for 256 centroids (FAISS wants at least 9984)"};
        tradeoffs::TradeoffTableModel model;
        model.setReport(grid, 0);
        QVERIFY(!model.index(4, tradeoffs::DimColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(model.index(3, tradeoffs::DimColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(
            model.index(4, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("FAISS: PQ: 100")));
        QVERIFY(!model.index(3, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("FAISS")));
        const QStringList lines = tradeoffs::trainingWarningLines(*grid);
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.front().startsWith(tradeoffs::cellName(grid->cells[4]) + QStringLiteral(": PQ: 100")));
        QVERIFY(tradeoffs::trainingWarningLines(*knownGrid()).isEmpty());
    }

    void chartPointsAndFrontOnBothAxes()
    {
        const auto grid = knownGrid();
        std::unique_ptr<QChart> chart(tradeoffs::createParetoChart(*grid, 0, ParetoAxis::BytesPerVector));
        QCOMPARE(chart->series().size(), 5); // the front + fp32·flat, int8·flat, binary·flat, int8·hnsw
        QCOMPARE(frontXs(chart.get()), (std::vector<double>{8, 64, 256}));
        // Memory ticks in bytes: 8 B … 256 B (+ half an octave each side: 4 B … 512 B at most).
        const QStringList ticks = charts::tickLabels(chart->axes(Qt::Horizontal).value(0));
        QVERIFY2(ticks.contains(QStringLiteral("8 B")) && ticks.contains(QStringLiteral("256 B")),
                 qPrintable(ticks.join(u' ')));
        int scatterPoints = 0;
        for (auto* series : chart->series())
            if (auto* scatter = qobject_cast<QScatterSeries*>(series)) {
                scatterPoints += static_cast<int>(scatter->count());
                if (scatter->name() == QStringLiteral("int8 · hnsw")) {
                    QCOMPARE(scatter->markerShape(), QScatterSeries::MarkerShapeRectangle);
                    QCOMPARE(scatter->color(), tradeoffs::precisionColor(Precision::Int8));
                    QCOMPARE(tradeoffs::cellAtPoint(scatter, scatter->at(0)), 4);
                }
            }
        QCOMPARE(scatterPoints, 5);

        widgets::AnalysisState state;
        jobs::ProjectSession project;
        tradeoffs::TradeoffsPage page(&state, project.tradeoffs());
        page.showReport(grid);
        QCOMPARE(frontXs(page.chartView()->chart()), (std::vector<double>{8, 64, 256}));
        page.axisChoice()->setCurrentIndex(1); // latency
        QCOMPARE(frontXs(page.chartView()->chart()), (std::vector<double>{0.1, 1.0, 2.0}));
        QCOMPARE(page.model()->rowCount(), 5);
    }

    // Hovering within 8 px of a point names its cell; clicking there selects it.
    void chartTooltipsNameTheCellAndClicksSelectIt()
    {
        tradeoffs::ParetoChartView view;
        view.resize(800, 500);
        view.setReport(knownGrid(), 0, ParetoAxis::BytesPerVector);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QScatterSeries* hnsw = nullptr;
        for (auto* series : view.chart()->series())
            if (series->name() == QStringLiteral("int8 · hnsw"))
                hnsw = qobject_cast<QScatterSeries*>(series);
        QVERIFY(hnsw);
        const QPoint at = charts::pointPosition(&view, hnsw, 0);
        const QString tip = charts::tipAt(&view, at + QPoint(5, 5));
        QVERIFY2(tip.startsWith(QStringLiteral("dim 64 · int8 · hnsw\n64 B per vector")), qPrintable(tip));
        QVERIFY2(tip.endsWith(QStringLiteral("ndcg@10 = %1").arg(QLocale().toString(0.45, 'f', 4))),
                 qPrintable(tip));
        QVERIFY(charts::tipAt(&view, at + QPoint(0, 30)).isEmpty());
        QSignalSpy clicked(&view, &tradeoffs::ParetoChartView::cellClicked);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at + QPoint(-5, 4));
        QTRY_COMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toInt(), 4);
    }

    // 99% of 0.50 is 0.495: no cell below 256 bytes keeps it; 95% (0.475): int8 flat, 0.49 in 64 of 256 B.
    // With p@10 chosen as well, two more statements on the same cells (p@10 is half of ndcg@10 here).
    void compressionStatements()
    {
        const QStringList lines = tradeoffs::compressionStatements(*knownGrid());
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0],
                 QStringLiteral("ndcg@10 ≥ 99% of fp32 flat at dim 64 (0.5000): nothing smaller keeps 99%"));
        QCOMPARE(lines[1],
                 QStringLiteral("ndcg@10 ≥ 95% of fp32 flat at dim 64 (0.5000): dim 64 · int8 · flat "
                                "keeps 98.0% in 1/4 of the memory (0.4900, 64 bytes per vector)"));
        const QStringList both = tradeoffs::compressionStatements(*knownGrid(), 1);
        QCOMPARE(both.size(), 4);
        QVERIFY2(
            both[3].startsWith(QStringLiteral("p@10 ≥ 95% of fp32 flat at dim 64 (0.2500): dim 64 · int8")),
            qPrintable(both[3]));
    }

    void computingAndSelectingACellOnAProject()
    {
        QTemporaryDir dir;
        std::filesystem::path file;
        const auto snapshot = evaluatedProject(dir, file);
        widgets::AnalysisState state;
        state.setSnapshot(snapshot);
        state.setSelectedQuery(0);
        jobs::ProjectSession project;
        openIn(project, file);
        tradeoffs::TradeoffsPage page(&state, project.tradeoffs());
        page.setProject(snapshot);
        QCOMPARE(page.model()->rowCount(), 0);

        auto* form = page.form();
        form->dimsEdit()->setText(QStringLiteral("16,256"));
        for (const Precision precision : {Precision::Fp16, Precision::Int8, Precision::BinaryRescore})
            form->precisionBox(precision)->setChecked(false);
        QSignalSpy computed(page.jobs(), &jobs::TradeoffJobs::gridComputed);
        QSignalSpy failed(page.jobs(), &jobs::TradeoffJobs::errorOccurred);
        form->computeButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(computed.count(), 1, 120000);
        QCOMPARE(failed.count(), 0);
        // The context the page keeps for the next cell (a corpus matrix, a ranker) is freed on the jobs'
        // pool.
        QVERIFY(std::get_deleter<jobs::BackgroundRelease<session::TradeoffContext>>(page.jobs()->context()));
        const TradeoffReport& grid = *page.model()->report();
        QCOMPARE(page.model()->rowCount(), 4);                  // dims 16, 256 × fp32, binary, flat
        QVERIFY(project.flushWrites(std::chrono::seconds(10))); // stored by the session's writer
        const auto stored = ProjectStore(file).load().tradeoffs;
        QVERIFY(stored.has_value());
        QCOMPARE(stored->cells.size(), std::size_t{4});

        // fp32 flat at the full dim: the evaluation's own ranking of query 0 at dim 256.
        QSignalSpy ranked(page.jobs(), &jobs::TradeoffJobs::cellRanked);
        const int reference = rowOfCell(grid, 256, Precision::Fp32);
        page.selectCell(reference);
        QCOMPARE(page.selectedCell(), reference);
        QTRY_COMPARE_WITH_TIMEOUT(ranked.count(), 1, 60000); // counted: a quick job may deliver at once
        const auto& rows = page.rankingModel()->rows();
        QCOMPARE(rows.size(), std::size_t{10});
        const TopKLists& run = snapshot->latestRun->rankings.perDim.back(); // dim 256
        for (std::size_t r = 0; r < rows.size(); ++r)
            QVERIFY(std::abs(rows[r].score - run.scores[r]) < 1e-4f);

        // binary at 16 dims: another configuration, ranked on selection.
        const int binary = rowOfCell(grid, 16, Precision::Binary);
        page.selectCell(binary);
        QTRY_COMPARE_WITH_TIMEOUT(ranked.count(), 2, 60000);
        const auto ranking = ranked.last().at(0).value<std::shared_ptr<const session::CellRanking>>();
        QCOMPARE(static_cast<int>(ranking->cell), binary);
        QCOMPARE(page.rankingModel()->rows().size(), std::size_t{10});

        // Choosing another query re-ranks it with the selected cell.
        state.setSelectedQuery(1);
        QTRY_COMPARE_WITH_TIMEOUT(ranked.count(), 3, 60000);
        QCOMPARE(ranked.last().at(0).value<std::shared_ptr<const session::CellRanking>>()->queryId,
                 snapshot->queries[1].id);
    }

    // Errors name the page's boxes, not the command line's flags: a dim beyond the catalog's (found by the
    // grid job in the core) and a malformed list (found by the form) both answer "Dims: …".
    void errorsNameTheBoxNotTheFlag()
    {
        QTemporaryDir dir;
        std::filesystem::path file;
        const auto snapshot = evaluatedProject(dir, file);
        widgets::AnalysisState state;
        state.setSnapshot(snapshot);
        jobs::ProjectSession project;
        openIn(project, file);
        tradeoffs::TradeoffsPage page(&state, project.tradeoffs());
        page.setProject(snapshot);
        QSignalSpy errors(&page, &tradeoffs::TradeoffsPage::errorOccurred);
        page.form()->dimsEdit()->setText(QStringLiteral("16,9999"));
        page.form()->computeButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 60000);
        QCOMPARE(errors.last().at(0).toString(),
                 QStringLiteral("Dims: 9999 is beyond the full dimension 256 of the catalog embeddings"));
        page.form()->dimsEdit()->setText(QStringLiteral("16,x"));
        page.form()->computeButton()->click();
        QTRY_COMPARE(errors.count(), 2);
        QVERIFY2(errors.last().at(0).toString().startsWith(QStringLiteral("Dims: ")),
                 qPrintable(errors.last().at(0).toString()));
    }

    // The session's catalog (as the main window hands it over) serves the grid: the same plan and query
    // vectors as a context loaded from the files, the catalog's embeddings and dataset not copied.
    void gridUsesTheSessionsCatalog()
    {
        QTemporaryDir dir;
        std::filesystem::path file;
        const auto snapshot = evaluatedProject(dir, file);
        const auto ranking = session::loadRankingContext(*snapshot, {});
        const auto shared = session::tradeoffContextFrom(*snapshot, *ranking);
        const auto loaded = session::loadTradeoffContext(*snapshot, {});
        QVERIFY(shared);
        QCOMPARE(shared->corpus.data(), ranking->corpus.data());
        QCOMPARE(shared->dataset.get(), ranking->dataset.get());
        QVERIFY(shared->plan.queryIds == loaded->plan.queryIds);
        QCOMPARE(shared->queries.rows(), loaded->queries.rows());
        QVERIFY(std::equal(shared->queries.data(),
                           shared->queries.data() + shared->queries.rows() * shared->queries.dim(),
                           loaded->queries.data()));
        QCOMPARE(shared->dataKey, loaded->dataKey);

        widgets::AnalysisState state;
        state.setSnapshot(snapshot);
        jobs::ProjectSession project;
        QSignalSpy catalogLoaded(project.contextJob(), &jobs::JobRunner::finished);
        openIn(project, file);
        QVERIFY(!catalogLoaded.isEmpty() || catalogLoaded.wait(60000));
        tradeoffs::TradeoffsPage page(&state, project.tradeoffs());
        page.setProject(snapshot);
        QCOMPARE(page.jobs()->rankingContext(), project.rankingContext());
        page.form()->dimsEdit()->setText(QStringLiteral("16,256"));
        for (const Precision precision : {Precision::Fp16, Precision::Int8, Precision::BinaryRescore})
            page.form()->precisionBox(precision)->setChecked(false);
        QSignalSpy computed(page.jobs(), &jobs::TradeoffJobs::gridComputed);
        page.form()->computeButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(computed.count(), 1, 120000);
        QCOMPARE(page.model()->rowCount(), 4);
        QVERIFY(page.jobs()->context());
        QCOMPARE(page.jobs()->context()->corpus.data(), project.rankingContext()->corpus.data());
    }
};

QTEST_MAIN(TestTradeoffsPage)
#include "test_tradeoffs_page.moc"
