// Bulk work on the query table (issue 17): "N of M" follows the filters; tagging the selected queries sets
// the tag on each (keeping a query's note), announces each for saving, and remembers the last used tags,
// which Ctrl+Shift+1… apply again.
#include "tests/gui/synthetic_project.h"
#include "widgets/analysis_state.h"
#include "widgets/bulk_tag_bar.h"
#include "widgets/query_filter_proxy.h"
#include "widgets/query_table_model.h"
#include "widgets/query_table_panel.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace near2;
using namespace near2::widgets;

namespace {

// Selects the table rows showing queries `queries` (indexes in the state).
void selectQueries(QTableView* view, std::initializer_list<int> queries)
{
    view->selectionModel()->clearSelection();
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const auto index = view->model()->index(r, 0);
        if (std::find(queries.begin(), queries.end(), index.data(QueryTableModel::QueryIndexRole).toInt()) !=
            queries.end())
            view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

} // namespace

class TestBulkWork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tagsTheSelectedQueriesTogether()
    {
        AnalysisState state;
        state.setSnapshot(test::syntheticSnapshot(40, 300, 64, 20));
        QueryTablePanel panel(&state);
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* bar = panel.findChild<BulkTagBar*>();
        QVERIFY(bar);
        QCOMPARE(bar->countText(), QStringLiteral("40 queries"));
        state.setAnnotation(5, {"", "keep this note"});
        QSignalSpy changed(&state, &AnalysisState::annotationChanged);
        QSignalSpy edited(&state, &AnalysisState::tagsEdited);

        selectQueries(panel.view(), {2, 5, 17});
        QCOMPARE(bar->selectedQueries(), (QList<int>{2, 5, 17}));
        QCOMPARE(bar->tagSelected(QStringLiteral("needs synonyms")), 3);
        QCOMPARE(changed.count(), 3);
        for (const int query : {2, 5, 17})
            QCOMPARE(state.annotation(query)->tag, std::string("needs synonyms"));
        QCOMPARE(state.annotation(5)->note, std::string("keep this note"));
        QVERIFY(!state.annotation(3));
        QCOMPARE(edited.count(), 1); // a new tag joins the project's list
        QCOMPARE(bar->recentTags(), QStringList{QStringLiteral("needs synonyms")});

        // The last used tags, most recent first, each with a shortcut.
        selectQueries(panel.view(), {0});
        bar->tagSelected(QStringLiteral("brand confusion"));
        QCOMPARE(bar->recentTags(),
                 (QStringList{QStringLiteral("brand confusion"), QStringLiteral("needs synonyms")}));
        selectQueries(panel.view(), {8, 9});
        QTest::keyClick(panel.view(), Qt::Key_2, Qt::ControlModifier | Qt::ShiftModifier);
        for (const int query : {8, 9})
            QCOMPARE(state.annotation(query)->tag, std::string("needs synonyms"));
        QCOMPARE(bar->recentTags().front(), QStringLiteral("needs synonyms"));

        // "N of M" with a filter; the tag filter finds exactly the tagged queries.
        panel.filterEdit()->setText(QStringLiteral("query 1"));
        const int shown = panel.view()->model()->rowCount();
        QVERIFY(shown > 0 && shown < 40);
        QCOMPARE(bar->countText(), QStringLiteral("%1 of 40 queries").arg(shown));
        panel.clearFilters();
        panel.proxy()->setTag(QStringLiteral("needs synonyms"));
        QCOMPARE(panel.view()->model()->rowCount(), 5);
        QCOMPARE(bar->countText(), QStringLiteral("5 of 40 queries"));
    }
};

QTEST_MAIN(TestBulkWork)
#include "test_bulk_work.moc"
