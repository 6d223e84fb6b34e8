// Nothing lost, nothing stale: annotations save themselves (after a pause in typing, before another query
// is shown, never into another project's query).
#include "tests/gui/synthetic_project.h"
#include "widgets/analysis_state.h"
#include "widgets/annotation_panel.h"
#include "widgets/query_filter_proxy.h"
#include "widgets/query_table_model.h"
#include "widgets/query_table_panel.h"
#include "widgets/ranking_inspector.h"
#include "widgets/ranking_model.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <algorithm>

using namespace near2;
using namespace near2::widgets;

class TestNothingLost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noteSavesAfterAPauseInTyping()
    {
        AnalysisState state;
        AnnotationPanel panel(&state);
        state.setSnapshot(test::syntheticSnapshot(10, 100));
        state.setSelectedQuery(2);
        QSignalSpy saved(&state, &AnalysisState::annotationChanged);
        QTest::keyClicks(panel.noteEdit(), QStringLiteral("brand confusion"));
        QCOMPARE(saved.count(), 0); // not on every key
        QVERIFY(panel.hasPendingEdits());
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5 * AnnotationPanel::kAutosaveDelayMs);
        QCOMPARE(saved.at(0).at(0).toInt(), 2);
        QVERIFY(state.annotation(2));
        QCOMPARE(state.annotation(2)->note, std::string("brand confusion"));
        QCOMPARE(panel.savedLabel()->text(), QStringLiteral("Saved"));
        QVERIFY(!panel.hasPendingEdits());
    }

    void editsAreSavedBeforeAnotherQueryIsShown()
    {
        AnalysisState state;
        AnnotationPanel panel(&state);
        state.setSnapshot(test::syntheticSnapshot(10, 100));
        state.setSelectedQuery(1);
        QTest::keyClicks(panel.noteEdit(), QStringLiteral("typed, then moved on"));
        panel.tagBox()->setCurrentText(QStringLiteral("spelling"));
        state.setSelectedQuery(4); // at once, before the autosave pause
        QVERIFY(state.annotation(1));
        QCOMPARE(state.annotation(1)->note, std::string("typed, then moved on"));
        QCOMPARE(state.annotation(1)->tag, std::string("spelling"));
        QVERIFY(!state.annotation(4));
        QVERIFY(panel.noteEdit()->toPlainText().isEmpty()); // the panel follows query 4
        state.setSelectedQuery(1);
        QCOMPARE(panel.noteEdit()->toPlainText(), QStringLiteral("typed, then moved on"));
        QCOMPARE(panel.tagBox()->currentText(), QStringLiteral("spelling"));
    }

    void aHalfTypedTagIsNotAddedToTheList()
    {
        AnalysisState state;
        AnnotationPanel panel(&state);
        state.setSnapshot(test::syntheticSnapshot(10, 100));
        state.setSelectedQuery(0);
        QVERIFY(!state.annotation(0));
        QTest::keyClicks(panel.tagBox()->lineEdit(), QStringLiteral("bra"));
        QTest::keyClicks(panel.noteEdit(), QStringLiteral("x"));
        QTest::qWait(3 * AnnotationPanel::kAutosaveDelayMs);
        QTest::keyClicks(panel.tagBox()->lineEdit(), QStringLiteral("nd"));
        QTest::keyClick(panel.tagBox()->lineEdit(), Qt::Key_Return);
        QCOMPARE(state.annotation(0)->tag, std::string("brand"));
        const auto& tags = state.tags();
        QCOMPARE(std::count(tags.begin(), tags.end(), "brand"), 1);
        QCOMPARE(std::count(tags.begin(), tags.end(), "bra"), 0);
    }

    void anAnnotationSetElsewhereIsShownNotOverwritten()
    {
        AnalysisState state;
        AnnotationPanel panel(&state);
        state.setSnapshot(test::syntheticSnapshot(10, 100));
        state.setSelectedQuery(5);
        state.setAnnotation(5, {"brand confusion", "set by another view"});
        QCOMPARE(panel.noteEdit()->toPlainText(), QStringLiteral("set by another view"));
        QVERIFY(!panel.hasPendingEdits());
        panel.flush();
        QCOMPARE(state.annotation(5)->note, std::string("set by another view"));
    }

    void typingContinuesWhileATypedDimArrives()
    {
        AnalysisState state;
        AnnotationPanel panel(&state);
        auto snapshot = test::syntheticSnapshot(10, 100);
        state.setSnapshot(snapshot);
        state.setSelectedQuery(3);
        QTest::keyClicks(panel.noteEdit(), QStringLiteral("half a thought"));
        state.adoptEvaluatedDim(snapshot, state.dims().front()); // a new snapshot of the same project
        QCOMPARE(panel.noteEdit()->toPlainText(), QStringLiteral("half a thought"));
        QVERIFY(panel.hasPendingEdits());
    }

    void unflushedEditsNeverReachAnotherProject()
    {
        AnalysisState state;
        AnnotationPanel panel(&state);
        state.setSnapshot(test::syntheticSnapshot(10, 100));
        state.setSelectedQuery(2);
        QTest::keyClicks(panel.noteEdit(), QStringLiteral("about the first project"));
        QSignalSpy saved(&state, &AnalysisState::annotationChanged);
        state.setSnapshot(
            test::syntheticSnapshot(10, 100)); // the window flushes before this; here it did not
        state.setSelectedQuery(2);
        QTest::qWait(3 * AnnotationPanel::kAutosaveDelayMs);
        QCOMPARE(saved.count(), 0);
        QVERIFY(!state.annotation(2));
    }

    void productDetailsFollowTheQueryAndTheProject()
    {
        AnalysisState state;
        RankingInspector inspector(&state);
        const QString placeholder = inspector.productDetails();
        state.setSnapshot(test::syntheticSnapshot(10, 100));
        state.setSelectedQuery(1);
        const int product = inspector.currentModel()->index(0, 0).data(RankingModel::ProductRowRole).toInt();
        inspector.showProduct(product);
        const QString details = inspector.productDetails();
        QVERIFY(details != placeholder);
        state.setDimIndex(0); // the same query at another dim: its product stays
        QCOMPARE(inspector.productDetails(), details);
        state.setSelectedQuery(2);
        QCOMPARE(inspector.productDetails(), placeholder);
        inspector.showProduct(product);
        state.setSnapshot(test::syntheticSnapshot(10, 100)); // another project
        QCOMPARE(inspector.productDetails(), placeholder);
        // Already showing it, the pane is not set again (its text laid out again on every open and query).
        auto* pane = inspector.findChild<QTextBrowser*>();
        QVERIFY(pane);
        QSignalSpy changed(pane->document(), &QTextDocument::contentsChanged);
        state.setSelectedQuery(3);
        state.setSnapshot(test::syntheticSnapshot(10, 100));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inspector.productDetails(), placeholder);
    }

    void sortingAndHeadersFollowTheDim()
    {
        AnalysisState state;
        QueryTableModel table(&state);
        QueryFilterProxy proxy(&state);
        proxy.setSourceModel(&table);
        state.setSnapshot(test::syntheticSnapshot(60, 300));
        const auto sortedBy = [&proxy](int column) {
            for (int r = 1; r < proxy.rowCount(); ++r)
                if (proxy.index(r - 1, column).data(QueryTableModel::SortRole).toDouble() >
                    proxy.index(r, column).data(QueryTableModel::SortRole).toDouble())
                    return false;
            return true;
        };
        proxy.sort(QueryTableModel::Delta, Qt::AscendingOrder);
        for (int index = 0; index < static_cast<int>(state.dims().size()); ++index) {
            state.setDimIndex(index);
            QVERIFY2(sortedBy(QueryTableModel::Delta), qPrintable(QStringLiteral("dim index %1").arg(index)));
            QCOMPARE(proxy.headerData(QueryTableModel::Current, Qt::Horizontal).toString(),
                     QStringLiteral("d%1").arg(state.currentDim()));
        }
        proxy.setRegressionsOnly(true);
        for (int index = 0; index < static_cast<int>(state.dims().size()); ++index) {
            state.setDimIndex(index);
            QVERIFY(sortedBy(QueryTableModel::Delta));
            int losing = 0;
            for (int q = 0; q < table.rowCount(); ++q)
                losing +=
                    table.index(q, QueryTableModel::Delta).data(QueryTableModel::SortRole).toDouble() < -1e-9;
            QCOMPARE(proxy.rowCount(), losing);
        }
    }

    // A query chosen elsewhere (a chart point) but hidden by the table's filter: the filters are cleared
    // and the table highlights that query, never the previous one.
    void aQueryOutsideTheFilterIsShownAndHighlighted()
    {
        AnalysisState state;
        QueryTablePanel panel(&state);
        state.setSnapshot(test::syntheticSnapshot(40, 300));
        state.setSelectedQuery(0);
        const QString text = QString::fromStdString(state.snapshot()->queries[0].text);
        panel.filterEdit()->setText(text);
        QVERIFY(panel.proxy()->rowCount() < 40);
        int hidden = -1;
        for (int q = 0; q < 40 && hidden < 0; ++q)
            if (!panel.proxy()->mapFromSource(panel.model()->index(q, 0)).isValid())
                hidden = q;
        QVERIFY(hidden > 0);
        QSignalSpy cleared(&panel, &QueryTablePanel::filtersCleared);
        state.setSelectedQuery(hidden); // as MainWindow does for a chart click
        QCOMPARE(cleared.count(), 1);
        QVERIFY(panel.filterEdit()->text().isEmpty());
        QCOMPARE(panel.proxy()->rowCount(), 40);
        QCOMPARE(panel.view()->currentIndex().data(QueryTableModel::QueryIndexRole).toInt(), hidden);
        state.setSelectedQuery(-1);
        QVERIFY(!panel.view()->currentIndex().isValid());
    }
    // Typing in the filter never changes the query inspected: it stays selected (and unhighlighted) while the
    // filter hides it, and is highlighted again once the filter matches it. Before, the table's current row
    // moved to a neighbour as rows vanished, and each key sent the inspector and explorer to another query.
    void typingAFilterKeepsTheInspectedQuery()
    {
        AnalysisState state;
        QueryTablePanel panel(&state);
        state.setSnapshot(test::syntheticSnapshot(40, 300));
        state.setSelectedQuery(12);
        QCOMPARE(panel.view()->currentIndex().data(QueryTableModel::QueryIndexRole).toInt(), 12);
        QSignalSpy selected(&state, &AnalysisState::selectedQueryChanged);
        const QString text = QString::fromStdString(state.snapshot()->queries[12].text);
        const QString other = QString::fromStdString(state.snapshot()->queries[3].text);
        panel.filterEdit()->setText(other);
        QVERIFY(panel.proxy()->rowCount() > 0 && panel.proxy()->rowCount() < 40);
        QVERIFY(!panel.proxy()->mapFromSource(panel.model()->index(12, 0)).isValid());
        QCOMPARE(state.selectedQuery(), 12);
        QVERIFY(!panel.view()->currentIndex().isValid());
        QVERIFY(!panel.view()->selectionModel()->hasSelection());
        panel.filterEdit()->setText(text);
        QCOMPARE(state.selectedQuery(), 12);
        QCOMPARE(panel.view()->currentIndex().data(QueryTableModel::QueryIndexRole).toInt(), 12);
        panel.filterEdit()->clear();
        QCOMPARE(panel.view()->currentIndex().data(QueryTableModel::QueryIndexRole).toInt(), 12);
        QCOMPARE(selected.count(), 0);
        // The analyst's own move still selects.
        panel.view()->setCurrentIndex(panel.proxy()->index(0, 0));
        QCOMPARE(state.selectedQuery(),
                 panel.proxy()->index(0, 0).data(QueryTableModel::QueryIndexRole).toInt());
    }
};

QTEST_MAIN(TestNothingLost)
#include "test_nothing_lost.moc"
