// Comparing two runs in the workbench over the tiny two-run project (runs A and B; B gains 0.1 NDCG on q1
// and q2 at dim 2): the query table's A, B and B − A columns, the per-dim table with the paired tests'
// p-values (known values: randomisation 4/8 = 0.5, t-test 1 − 2/√6 at dim 2), and the bar that picks runs.
#include "core/report/run_comparison.h"
#include "tests/core/base/report_fixture.h"
#include "widgets/analysis_state.h"
#include "widgets/query_table_model.h"
#include "widgets/query_table_panel.h"
#include "widgets/run_comparison_bar.h"
#include "widgets/run_comparison_model.h"
#include "widgets/run_comparison_state.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFont>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace near2;
using namespace near2::widgets;

namespace {

std::shared_ptr<const StoredRun> run(const std::string& label, std::int64_t id, double shift)
{
    auto stored = test::tinyRun(label, shift);
    stored.id = id;
    return std::make_shared<const StoredRun>(std::move(stored));
}

// The catalogue with B (the newest run) as the shown run, at dim 2.
struct TwoRuns
{
    std::shared_ptr<const StoredRun> a = run("A", 1, 0.0), b = run("B", 2, 0.1);
    AnalysisState state;
    RunComparisonState comparison;
    TwoRuns()
    {
        auto snapshot = std::make_shared<ProjectSnapshot>(test::tinyCatalogue());
        snapshot->latestRun = *b;
        state.setSnapshot(snapshot);
        state.setDimIndex(0);
        comparison.setRuns({a, b});
    }
    void compare()
    {
        comparison.setComparison(std::make_shared<const RunComparison>(compareRuns(*a, *b, {})));
    }
};

QString text(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestRunComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void queryTableShowsBothRunsAtTheCurrentDim()
    {
        TwoRuns fixture;
        QueryTableModel table(&fixture.state);
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(text(table, 0, QueryTableModel::RunA), QStringLiteral("—")); // no comparison yet
        table.setComparison(&fixture.comparison);
        QCOMPARE(fixture.comparison.runIndex(RunComparisonState::A), 0);
        QCOMPARE(fixture.comparison.runIndex(RunComparisonState::B), 1);
        QCOMPARE(table.headerData(QueryTableModel::RunA, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("A: A"));
        QCOMPARE(table.headerData(QueryTableModel::RunB, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("B: B"));
        // q1 at dim 2: A 0.5, B 0.6; q3: both 0.9.
        QCOMPARE(text(table, 0, QueryTableModel::RunA), QStringLiteral("0.500"));
        QCOMPARE(text(table, 0, QueryTableModel::RunB), QStringLiteral("0.600"));
        QCOMPARE(text(table, 0, QueryTableModel::RunDelta), QStringLiteral("+0.100"));
        QCOMPARE(text(table, 2, QueryTableModel::RunDelta), QStringLiteral("+0.000"));
        QCOMPARE(table.index(1, QueryTableModel::RunDelta).data(QueryTableModel::SortRole).toDouble(), 0.1);

        QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
        fixture.state.setDimIndex(1); // dim 4: the runs agree
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.back().at(1).toModelIndex().column() >= QueryTableModel::RunDelta);
        QCOMPARE(text(table, 0, QueryTableModel::RunA), QStringLiteral("1.000"));
        QCOMPARE(text(table, 0, QueryTableModel::RunDelta), QStringLiteral("+0.000"));
        fixture.state.setMetricColumn(1); // p@3 at dim 4, q2: 1/3
        QCOMPARE(text(table, 1, QueryTableModel::RunB), QStringLiteral("0.333"));

        fixture.comparison.setPair(1, 0); // swapped: B − A changes sign
        fixture.state.setMetricColumn(0);
        fixture.state.setDimIndex(0);
        QCOMPARE(text(table, 0, QueryTableModel::RunA), QStringLiteral("0.600"));
        QCOMPARE(text(table, 0, QueryTableModel::RunDelta), QStringLiteral("-0.100"));
        fixture.comparison.setPair(1, 1); // the same run twice is no comparison
        QCOMPARE(text(table, 0, QueryTableModel::RunA), QStringLiteral("—"));
    }

    // The compared columns are announced only while a pair is, or was just, shown: a change over a range of
    // cells repaints the whole table, and the run list arriving after a project's first paint (no pair before
    // or after) repainted it for columns that are hidden.
    void hiddenComparedColumnsAnnounceNothing()
    {
        TwoRuns fixture;
        fixture.comparison.setPair(1, 1); // no pair
        QueryTableModel table(&fixture.state);
        table.setComparison(&fixture.comparison);
        QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
        fixture.comparison.setRuns({fixture.a}); // the run list again, still no pair
        QCOMPARE(changed.count(), 0);
        fixture.comparison.setRuns({fixture.a, fixture.b}, 0, 1); // a pair: announced
        QCOMPARE(changed.count(), 1);
        fixture.comparison.setPair(1, 1); // the pair gone: announced once, so the cells show "—"
        QCOMPARE(changed.count(), 2);
        QCOMPARE(text(table, 0, QueryTableModel::RunA), QStringLiteral("—"));
        fixture.comparison.setPair(0, 0);
        QCOMPARE(changed.count(), 2);
    }

    void comparisonTableShowsMeansAndPValuesPerDim()
    {
        TwoRuns fixture;
        RunComparisonModel model(&fixture.state, &fixture.comparison);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // until the tests are computed
        fixture.compare();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(text(model, 0, RunComparisonModel::Dim), QStringLiteral("2"));
        QCOMPARE(text(model, 0, RunComparisonModel::MeanA), QStringLiteral("0.5333"));
        QCOMPARE(text(model, 0, RunComparisonModel::MeanB), QStringLiteral("0.6000"));
        QCOMPARE(text(model, 0, RunComparisonModel::Delta), QStringLiteral("+0.0667"));
        QCOMPARE(text(model, 0, RunComparisonModel::PRandomisation), QStringLiteral("0.5000"));
        QCOMPARE(text(model, 0, RunComparisonModel::PTTest), QStringLiteral("0.1835")); // 1 − 2/√6
        QCOMPARE(text(model, 1, RunComparisonModel::Delta), QStringLiteral("+0.0000"));
        QCOMPARE(text(model, 1, RunComparisonModel::PTTest), QStringLiteral("1.0000"));
        // The current dim's row is bold; p >= 0.05 elsewhere is not.
        QVERIFY(model.index(0, RunComparisonModel::Dim).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(1, RunComparisonModel::PTTest).data(Qt::FontRole).isValid());
        fixture.state.setMetricColumn(1); // p@3 is the same in both runs
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(text(model, 0, RunComparisonModel::PRandomisation), QStringLiteral("1.0000"));
        fixture.comparison.setPair(0, 1); // unchanged: keeps the result
        QCOMPARE(model.rowCount(), 2);
        fixture.comparison.setPair(1, 0); // a new pair: empty until its tests arrive
        QCOMPARE(model.rowCount(), 0);

        RunComparison tiny{"B", "A", 3, {{2, {{"ndcg@3", 0.5, 0.6, 0.1, 0.03, 2e-5}}}}};
        fixture.state.setMetricColumn(0);
        fixture.comparison.setComparison(std::make_shared<const RunComparison>(tiny));
        QCOMPARE(text(model, 0, RunComparisonModel::PTTest), QStringLiteral("< 0.0001"));
        fixture.state.setDimIndex(1); // no longer the current dim: bold only where p < 0.05
        QVERIFY(!model.index(0, RunComparisonModel::Dim).data(Qt::FontRole).isValid());
        QVERIFY(model.index(0, RunComparisonModel::PRandomisation).data(Qt::FontRole).value<QFont>().bold());
    }

    // Each run's own model in its run box's tooltip (issue 16); a run stored before per-run provenance says
    // so.
    void runBoxesShowEachRunsOwnModel()
    {
        TwoRuns fixture;
        QueryTablePanel panel(&fixture.state);
        panel.setComparison(&fixture.comparison);
        RunProvenance mrl;
        mrl.modelKind = "bundle";
        mrl.modelPaths = {"/models/mrl"};
        mrl.files = {{"/models/mrl/model.pt", "00112233445566778899aabbccddeeff", 10}};
        mrl.k = 3;
        mrl.split = "test";
        fixture.comparison.setProvenance({{2, mrl}});
        const QString b = panel.comparisonBar()->runBox(1)->itemData(1, Qt::ToolTipRole).toString();
        QVERIFY2(b.contains(QStringLiteral("/models/mrl")) && b.contains(QStringLiteral("001122334455")),
                 qPrintable(b));
        const QString a = panel.comparisonBar()->runBox(0)->itemData(0, Qt::ToolTipRole).toString();
        QVERIFY2(a.contains(QStringLiteral("Stored before runs recorded their own model")), qPrintable(a));
    }

    void panelPicksRunsAndShowsTheirColumns()
    {
        TwoRuns fixture;
        QueryTablePanel panel(&fixture.state);
        QVERIFY(panel.view()->isColumnHidden(QueryTableModel::RunA)); // nothing to compare yet
        panel.setComparison(&fixture.comparison);
        auto* bar = panel.comparisonBar();
        QVERIFY(bar->isVisibleTo(&panel));
        QCOMPARE(bar->runBox(0)->currentText(), QStringLiteral("A"));
        QCOMPARE(bar->runBox(1)->currentText(), QStringLiteral("B"));
        QVERIFY(!panel.view()->isColumnHidden(QueryTableModel::RunB));
        QVERIFY(bar->summary().contains(QStringLiteral("Computing")));
        fixture.compare();
        QCOMPARE(bar->summary(), QStringLiteral("ndcg@3 at dim 2 over 3 shared queries: A 0.533, B 0.600, "
                                                "B − A +0.067, randomisation p = 0.5000, t-test p = 0.1835"));
        // Below the test's resolution: "< 0.0001", never "p = 0".
        RunComparison tiny{"A", "B", 3, {{2, {{"ndcg@3", 0.5, 0.6, 0.1, 0.0, 2e-5}}}}};
        fixture.comparison.setComparison(std::make_shared<const RunComparison>(tiny));
        QVERIFY2(bar->summary().endsWith(QStringLiteral("randomisation p < 0.0001, t-test p < 0.0001")),
                 qPrintable(bar->summary()));
        bar->runBox(1)->setCurrentIndex(0); // A against itself
        QCOMPARE(fixture.comparison.runIndex(RunComparisonState::B), 0);
        QVERIFY(panel.view()->isColumnHidden(QueryTableModel::RunDelta));
        QCOMPARE(bar->summary(), QStringLiteral("Choose two different runs."));
        fixture.comparison.setRuns({fixture.a}); // one run: nothing to choose
        QVERIFY(!bar->isVisibleTo(&panel));
    }
};

QTEST_MAIN(TestRunComparison)
#include "test_run_comparison.moc"
