// Item models under QAbstractItemModelTester, the slider driving the table, summary and inspector, and a
// reset table painted once.
#include "tests/core/base/slice_table.h"
#include "tests/gui/synthetic_project.h"
#include "widgets/analysis_state.h"
#include "widgets/dimension_bar.h"
#include "widgets/query_filter_proxy.h"
#include "widgets/query_table_model.h"
#include "widgets/query_table_panel.h"
#include "widgets/ranking_inspector.h"
#include "widgets/ranking_model.h"
#include "widgets/summary_model.h"
#include "widgets/table_setup.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSlider>
#include <QStringListModel>
#include <QTableView>
#include <QTest>

using namespace near2;
using namespace near2::widgets;

namespace {

struct PaintCounter : QObject
{
    int paints = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        paints += event->type() == QEvent::Paint;
        return false;
    }
};

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Formatted numbers are compared as text: pin the locale, whatever the machine's language.
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void modelsPassTheTester()
    {
        AnalysisState state;
        QueryTableModel table(&state);
        QueryFilterProxy proxy(&state);
        proxy.setSourceModel(&table);
        SummaryModel summary(&state);
        RankingModel ranking;
        QAbstractItemModelTester t1(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&summary, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(&ranking, QAbstractItemModelTester::FailureReportingMode::QtTest);
        state.setSnapshot(test::syntheticSnapshot(40, 500));
        QCOMPARE(table.rowCount(), 40);
        state.setDimIndex(2);
        QCOMPARE(table.headerData(QueryTableModel::Current, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("d%1").arg(state.dims()[2]));
        QVERIFY(table.headerData(QueryTableModel::Current, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QString::number(state.dims()[2])));
        proxy.setText(QStringLiteral("query 1"));
        QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < 40);
        proxy.setText({});
        proxy.setSlice(1);
        QCOMPARE(proxy.rowCount(), state.slices()[1].count);
        proxy.setSlice(0);
        proxy.setRegressionsOnly(true);
        QVERIFY(proxy.rowCount() > 0);
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r - 1, QueryTableModel::Delta).data(QueryTableModel::SortRole).toDouble() <=
                    proxy.index(r, QueryTableModel::Delta).data(QueryTableModel::SortRole).toDouble());
        QVERIFY(summary.rowCount() >= 5); // all + 4 types
        state.setSelectedQuery(3);
        const auto inspection = inspectQuery(*state.snapshot(), *state.run(), 3, 2, 5, 10);
        ranking.setRows(inspection.current);
        QCOMPARE(ranking.rowCount(), 10);
        state.setSliceRules({{"two words", "tokens-at-most", "2"}, {"alnum", "alphanumeric", ""}});
        QCOMPARE(summary.rowCount(), 7);
        state.setAnnotation(3, {"brand confusion", "note"});
        QCOMPARE(table.index(3, QueryTableModel::Tag).data().toString(), QStringLiteral("brand confusion"));
        state.clear();
        QCOMPARE(table.rowCount(), 0);
    }

    // The slice table (tests/core/base/slice_table.h) through the query table's slice filter and Summary:
    // the same members as the core's table test, and Summary's means over exactly those queries.
    void sliceTableThroughTheQueryTableAndSummary()
    {
        const auto table = test::sliceTable();
        AnalysisState state;
        QueryTableModel model(&state);
        QueryFilterProxy proxy(&state);
        proxy.setSourceModel(&model);
        SummaryModel summary(&state);
        state.setSnapshot(std::make_shared<const ProjectSnapshot>(table.snapshot));
        state.setDimIndex(0);
        QTRY_VERIFY(!summary.recomputePending()); // computed on the next turn, after the query table
        const int firstRule = static_cast<int>(table.types.size());
        QCOMPARE(summary.rowCount(), firstRule + static_cast<int>(table.expected.size()));
        const auto& run = *table.snapshot.latestRun;
        for (std::size_t r = 0; r < table.expected.size(); ++r) {
            const int slice = firstRule + static_cast<int>(r);
            proxy.setSlice(slice);
            std::vector<std::string> shown;
            for (int row = 0; row < proxy.rowCount(); ++row)
                shown.push_back(proxy.index(row, QueryTableModel::Id).data().toString().toStdString());
            std::sort(shown.begin(), shown.end());
            QCOMPARE(shown, table.expected[r]);
            QCOMPARE(summary.index(slice, 0).data().toString(),
                     QString::fromStdString(table.snapshot.sliceRules[r].name));
            QCOMPARE(summary.index(slice, 1).data().toInt(), static_cast<int>(table.expected[r].size()));
            double current = 0;
            for (const auto& id : table.expected[r])
                current += run.result.value(0, static_cast<std::size_t>(std::stoi(id.substr(1)) - 1), 0);
            current /= static_cast<double>(table.expected[r].size());
            QCOMPARE(summary.index(slice, 2).data().toString(), QString::number(current, 'f', 3));
        }
    }

    void sliderDrivesTableSummaryAndInspector()
    {
        AnalysisState state;
        DimensionBar bar(&state);
        QueryTablePanel table(&state);
        RankingInspector inspector(&state);
        state.setSnapshot(test::syntheticSnapshot(60, 800));
        state.setSelectedQuery(5);
        QTRY_VERIFY(!inspector.refreshPending());
        const int full = static_cast<int>(state.dims().size()) - 1;
        QCOMPARE(bar.slider()->maximum(), full);
        QCOMPARE(state.dimIndex(), full);
        auto* model = table.model();
        QCOMPARE(model->index(5, QueryTableModel::Delta).data().toString(), QStringLiteral("+0.000"));
        const auto before = inspector.currentModel()->rows();
        bar.slider()->setValue(1);
        QCOMPARE(state.dimIndex(), 1);
        QVERIFY(model->index(5, QueryTableModel::Delta).data(QueryTableModel::SortRole).toDouble() < 0);
        QVERIFY(inspector.refreshPending()); // drawn on the next turn, after the table
        QTRY_VERIFY(!inspector.refreshPending());
        const auto after = inspector.currentModel()->rows();
        QCOMPARE(static_cast<int>(after.size()), RankingInspector::kShownDepth);
        bool differs = false;
        for (std::size_t i = 0; i < after.size(); ++i)
            differs |= after[i].row != before[i].row;
        QVERIFY(differs);
        QCOMPARE(inspector.referenceModel()->rows().front().row, before.front().row);
    }

    // A dim evaluated sends snapshotChanged, dimsChanged and selectedQueryChanged for one change: the
    // inspector and the summary are computed once (issue 14: each recomputation held the GUI thread); a
    // change of query, dim or slices is still followed.
    void oneChangeIsComputedOnce()
    {
        AnalysisState state;
        RankingInspector inspector(&state);
        SummaryModel summary(&state);
        state.setSnapshot(test::syntheticSnapshot(60, 800));
        state.setSelectedQuery(5);
        QTRY_VERIFY(!inspector.refreshPending());
        QSignalSpy inspectorResets(inspector.currentModel(), &QAbstractItemModel::modelReset);
        QSignalSpy summaryResets(&summary, &QAbstractItemModel::modelReset);
        const auto settled = [&] {
            QTRY_VERIFY(!inspector.refreshPending() && !summary.recomputePending());
            QTest::qWait(20);
        };
        auto next = std::make_shared<ProjectSnapshot>(*state.snapshot());
        state.adoptEvaluatedDim(next, state.dims().front());
        settled();
        QCOMPARE(inspectorResets.count(), 1);
        QCOMPARE(summaryResets.count(), 1);
        QCOMPARE(inspector.currentModel()->rows().size(), std::size_t{RankingInspector::kShownDepth});
        state.setSelectedQuery(6);
        settled();
        QCOMPARE(inspectorResets.count(), 2);
        state.setDimIndex(1);
        settled();
        QCOMPARE(inspectorResets.count(), 3);
        QCOMPARE(summaryResets.count(), 2);
        state.setSliceRules(state.sliceRules());
        QCOMPARE(summaryResets.count(), 3);
        // The same values in a new snapshot are a change (the old one may have been replaced, not edited).
        state.adoptEvaluatedDim(std::make_shared<ProjectSnapshot>(*state.snapshot()), state.currentDim());
        settled();
        QCOMPARE(inspectorResets.count(), 4);
        QCOMPARE(summaryResets.count(), 4);
    }

    // A reset table fits its columns and is painted once: QTableView's answer to resized columns, a zero
    // timer after the next paint, painted the whole table a second time (the query table on every open).
    void aResetTableIsPaintedOnce()
    {
        QStringListModel model(QStringList{QStringLiteral("a")});
        QTableView view;
        view.setModel(&model);
        setUpTableView(&view, -1, false);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(50);
        PaintCounter counter;
        view.viewport()->installEventFilter(&counter);
        model.setStringList({QStringLiteral("a longer line than the first one"), QStringLiteral("b")});
        QTest::qWait(200);
        QCOMPARE(counter.paints, 1);
        QVERIFY(view.columnWidth(0) > view.fontMetrics().horizontalAdvance(QStringLiteral("a longer line")));
    }
};

QTEST_MAIN(TestModels)
#include "test_models.moc"
