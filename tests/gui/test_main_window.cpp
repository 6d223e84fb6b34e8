// The assembled main window on a tiny stored project: the Charts tab follows the dimension slider and the
// metric (both ways), a chart click moves the slider, and File → Export writes the PDF report, the CSV tables
// and the selected query's ranking (and reports a failure without leaving a file behind). Its two runs are
// loaded in the background: one curve each, compared A against B with p-values; closing clears the charts.
// The Trade-offs tab shows the project's stored grid.
#include "app/export_actions.h"
#include "app/job_status_bar.h"
#include "app/main_window.h"
#include "core/store/project_store.h"
#include "tests/core/base/report_fixture.h"
#include "tests/core/base/slice_table.h"
#include "widgets/analysis_state.h"
#include "widgets/charts/charts_page.h"
#include "widgets/jobs/project_session.h"
#include "widgets/query_table_panel.h"
#include "widgets/run_comparison_model.h"
#include "widgets/run_comparison_panel.h"
#include "widgets/run_comparison_state.h"
#include "widgets/slice_rules_panel.h"
#include "widgets/summary_model.h"
#include "widgets/summary_panel.h"
#include "widgets/tradeoffs/tradeoff_table_model.h"
#include "widgets/tradeoffs/tradeoffs_page.h"

#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace near2;

namespace {

// Opens `project` in `window`; false unless it is shown within 20 s.
bool showProject(app::MainWindow& window, const QString& project)
{
    QSignalSpy shown(&window, &app::MainWindow::projectShown);
    window.openProjectFile(project);
    return shown.wait(20000);
}

// Writes the two-run tiny project into `dir` and shows it in `window`.
bool openTinyProject(const QTemporaryDir& dir, app::MainWindow& window)
{
    const QString project = dir.filePath(QStringLiteral("tiny.near2"));
    test::writeTinyProject(project.toStdString());
    return dir.isValid() && showProject(window, project);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings and recent projects stay out of the user's
        qputenv("NEAR2_NO_DIALOGS", "1");
    }

    // Hidden views do no work: the Charts page behind another view builds nothing on a dim change, and when
    // shown builds only the chart in sight; each other chart is built when its tab is picked.
    void hiddenChartsAreNotRebuilt()
    {
        QTemporaryDir dir;
        app::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openTinyProject(dir, window));
        auto* charts = window.charts();
        auto* subTabs = charts->findChild<QTabWidget*>();
        QCOMPARE(subTabs->count(), 5);
        const auto chartsNow = [subTabs] { // read without building, unlike ChartsPage::chartView
            std::vector<QChart*> now;
            for (int i = 0; i < subTabs->count(); ++i)
                now.push_back(qobject_cast<QChartView*>(subTabs->widget(i))->chart());
            return now;
        };
        window.tabs()->setCurrentIndex(0); // the ranking inspector: Charts hidden
        const auto before = chartsNow();
        window.state()->setDimIndex(0);
        window.state()->setDimIndex(1);
        QCOMPARE(chartsNow(), before);
        window.tabs()->setCurrentWidget(charts); // shown: the visible chart follows, the others wait
        const auto shown = chartsNow();
        QVERIFY(shown[0] != before[0]);
        for (int i = 1; i < 5; ++i)
            QCOMPARE(shown[static_cast<std::size_t>(i)], before[static_cast<std::size_t>(i)]);
        QCOMPARE(charts->currentDim(), window.state()->dims()[1]);
        subTabs->setCurrentIndex(3);
        QVERIFY(chartsNow()[3] != before[3]);
        QCOMPARE(chartsNow()[1], before[1]);
    }

    void tradeoffsTabShowsTheStoredGrid()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("tiny.near2"));
        test::writeTinyProject(project.toStdString());
        TradeoffReport grid;
        grid.columns = {"ndcg@10"};
        grid.fullDim = 4;
        grid.cells.resize(2);
        for (std::size_t i = 0; i < 2; ++i) {
            grid.cells[i].key = std::to_string(i);
            grid.cells[i].spec.dim = 4;
            grid.cells[i].bytesPerVector = 16.0 / static_cast<double>(i + 1);
            grid.cells[i].metrics = {0.5};
        }
        ProjectStore(project.toStdString()).saveTradeoffs(grid);

        app::MainWindow window;
        QVERIFY(showProject(window, project));
        auto* page = window.findChild<tradeoffs::TradeoffsPage*>();
        QVERIFY(page);
        QCOMPARE(window.tabs()->tabText(window.tabs()->indexOf(page)), QStringLiteral("Trade-offs"));
        QCOMPARE(page->model()->rowCount(), 2);
    }

    void chartsFollowTheStateAndExportsWrite()
    {
        QTemporaryDir dir;
        app::MainWindow window;
        QVERIFY(openTinyProject(dir, window));
        auto* state = window.state();
        auto* charts = window.charts();
        QVERIFY(state->hasRun());

        const int tab = window.tabs()->indexOf(charts);
        QVERIFY(tab >= 0);
        QCOMPARE(window.tabs()->tabText(tab), QStringLiteral("Charts"));
        const auto dimAt = [state](int index) { return state->dims()[static_cast<std::size_t>(index)]; };
        QCOMPARE(charts->currentDim(), dimAt(state->dimIndex()));
        QCOMPARE(charts->referenceDim(), dimAt(state->referenceDimIndex()));
        for (int index = 0; index < static_cast<int>(state->dims().size()); ++index) {
            state->setDimIndex(index);
            QCOMPARE(charts->currentDim(), dimAt(index));
        }
        state->setReferenceDimIndex(0);
        QCOMPARE(charts->referenceDim(), dimAt(0));
        state->setMetricColumn(1);
        QCOMPARE(charts->metric(), QString::fromStdString(state->run()->result.columns[1]));

        // A chart click (queued) moves the slider and selects the query.
        Q_EMIT charts->dimSelected(dimAt(0));
        QTRY_COMPARE(state->dimIndex(), 0);
        QCOMPARE(charts->currentDim(), dimAt(0));
        Q_EMIT charts->querySelected(2);
        QTRY_COMPARE(state->selectedQuery(), 2);

        auto* exports = window.exports();
        QSignalSpy exported(exports, &app::ExportActions::exported);
        QSignalSpy errors(exports, &app::ExportActions::errorOccurred);
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        exports->exportPdf(pdf);
        QVERIFY(exported.wait(60000));
        QCOMPARE(errors.count(), 0);
        QVERIFY(QFileInfo(pdf).size() > 0);
        // The confirmation stays readable: the job's "Ready" does not overwrite it.
        QCoreApplication::processEvents();
        QVERIFY2(window.jobStatus()->text().startsWith(QStringLiteral("Exported")),
                 qPrintable(window.jobStatus()->text()));

        const QString csv = dir.filePath(QStringLiteral("tables"));
        exports->exportCsvFolder(csv);
        QVERIFY(exported.wait(60000));
        QCOMPARE(errors.count(), 0);
        QVERIFY(QFileInfo(csv + QStringLiteral("/aggregate.csv")).size() > 0);
        QVERIFY(QFileInfo(csv + QStringLiteral("/per_query.csv")).size() > 0);

        const QString ranking = dir.filePath(QStringLiteral("ranking.csv"));
        exports->exportRanking(ranking); // written in a job too
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 3, 60000);
        QVERIFY(QFileInfo(ranking).size() > 0);

        // A PDF into a folder that does not exist: a message, no file.
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
        exports->exportPdf(missing);
        QVERIFY(errors.wait(60000));
        QVERIFY(!errors.front().front().toString().isEmpty());
        QVERIFY(!QFileInfo::exists(missing));
        QCOMPARE(exported.count(), 3);
    }

    // A rule typed in the Slices tab: refused with ICU's message while invalid; once added, the query table's
    // slice filter, Summary and the Charts tab show it at once (no event-loop turn); a rule that runs past
    // the regex step limit is reported in the list, and the window stays responsive.
    void aSliceRuleReachesEveryViewAtOnce()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("slices.near2"));
        test::writeSliceTableProject(project.toStdString());
        app::MainWindow window;
        QVERIFY(showProject(window, project));
        auto* rules = window.findChild<widgets::SliceRulesPanel*>();
        QVERIFY(rules);
        auto* filter = window.findChild<widgets::QueryTablePanel*>()->findChild<QComboBox*>(
            QStringLiteral("sliceFilter"));
        auto* summary = window.findChild<widgets::SummaryPanel*>()->model();
        auto* chartSlices = window.charts()->findChild<QComboBox*>(QStringLiteral("sliceBox"));
        QVERIFY(filter && chartSlices);
        const int before = 3 + 11; // all, two types, the table's rules
        QCOMPARE(filter->count(), before);
        QCOMPARE(summary->rowCount(), before);
        QCOMPARE(chartSlices->count(), before);

        auto* kind = rules->findChild<QComboBox*>(QStringLiteral("ruleKind"));
        auto* parameter = rules->findChild<QLineEdit*>(QStringLiteral("ruleParameter"));
        auto* add = rules->findChild<QPushButton*>(QStringLiteral("addRule"));
        auto* problem = rules->findChild<QLabel*>(QStringLiteral("ruleProblem"));
        QVERIFY(kind && parameter && add && problem);
        kind->setCurrentIndex(kind->findData(QStringLiteral("regex")));
        QTest::keyClicks(parameter, QStringLiteral("(?<=usb)-c (cable"));
        QVERIFY(!add->isEnabled());
        QCOMPARE(problem->text(),
                 QStringLiteral("Invalid regular expression: U_REGEX_MISMATCHED_PAREN at offset 17"));
        QVERIFY(!rules->addRule(QStringLiteral("broken"), QStringLiteral("regex"), parameter->text()));
        QCOMPARE(window.state()->sliceRules().size(), std::size_t{11});

        parameter->setText(QStringLiteral("(?<=usb)-c cable"));
        QVERIFY(add->isEnabled());
        QVERIFY(problem->text().isEmpty());
        rules->findChild<QLineEdit*>(QStringLiteral("ruleName"))->setText(QStringLiteral("usb-c cable"));
        add->click();
        QCOMPARE(window.state()->sliceRules().size(), std::size_t{12});
        QCOMPARE(filter->count(), before + 1);
        QCOMPARE(filter->itemText(before), QStringLiteral("usb-c cable (1)"));
        QCOMPARE(summary->rowCount(), before + 1);
        QCOMPARE(summary->index(before, 0).data().toString(), QStringLiteral("usb-c cable"));
        QCOMPARE(summary->index(before, 1).data().toInt(), 1);
        QCOMPARE(chartSlices->count(), before + 1);
        QCOMPARE(chartSlices->itemText(before), QStringLiteral("usb-c cable"));

        // Exponential backtracking on "iphone 15 pro max": stopped, reported, the slice left empty.
        QVERIFY(
            rules->addRule(QStringLiteral("nested"), QStringLiteral("regex"), QStringLiteral("^(.+)+\\d$")));
        auto* list = rules->findChild<QListWidget*>(QStringLiteral("rules"));
        QCOMPARE(list->count(), 13);
        QVERIFY2(list->item(12)->text().contains(QStringLiteral("ran past its time limit")),
                 qPrintable(list->item(12)->text()));
        QCOMPARE(summary->index(before + 1, 1).data().toInt(), 0);
    }

    void comparesTheProjectsRunsAndClearsOnClose()
    {
        QTemporaryDir dir;
        app::MainWindow window;
        QVERIFY(openTinyProject(dir, window));
        auto* charts = window.charts();
        const auto curves = [charts] {
            QStringList names;
            for (auto* series : charts->chartView(0)->chart()->series())
                if (series->type() == QAbstractSeries::SeriesTypeLine)
                    names.append(series->name());
            return names;
        };
        QTRY_COMPARE(curves(), (QStringList{QStringLiteral("B"), QStringLiteral("A")})); // shown run first

        auto* comparison = window.findChild<widgets::RunComparisonState*>();
        QVERIFY(comparison);
        QCOMPARE(comparison->runs().size(), std::size_t{2});
        QTRY_VERIFY(comparison->comparison() != nullptr);
        QCOMPARE(comparison->comparison()->runA, std::string("A"));
        QCOMPARE(comparison->comparison()->dims.front().metrics.front().pRandomisation, 0.5);
        auto* panel = window.findChild<widgets::RunComparisonPanel*>();
        QVERIFY(panel);
        QCOMPARE(window.tabs()->tabText(window.tabs()->indexOf(panel)), QStringLiteral("Run comparison"));
        QCOMPARE(panel->model()->rowCount(), 2);

        // The Charts tab's own metric box moves the main metric selection.
        charts->findChild<QComboBox*>(QStringLiteral("metricBox"))->setCurrentText(QStringLiteral("p@3"));
        QCOMPARE(window.state()->metricColumn(), 1);

        window.session()->close();
        QTRY_VERIFY(charts->chartView(0)->chart()->series().isEmpty());
        QVERIFY(comparison->runs().empty());
        // Nothing stale after closing: the trade-offs page speaks of no grid, the title of no project.
        auto* tradeoffs = window.findChild<tradeoffs::TradeoffsPage*>();
        QVERIFY(!tradeoffs->isEnabled());
        for (auto* label : tradeoffs->findChildren<QLabel*>())
            QVERIFY2(!label->text().contains(QStringLiteral("grid")) &&
                         !label->text().contains(QStringLiteral("cell")),
                     qPrintable(label->text()));
        QCOMPARE(window.windowTitle(), QStringLiteral("NEAR² Workbench"));
    }

    // Opening a project over another goes straight from the old snapshot to the new one (no empty step that
    // every view would be reset and painted for); File → Close still empties the views.
    void anotherProjectReplacesTheShownOneWithoutAnEmptyStep()
    {
        QTemporaryDir first, second;
        app::MainWindow window;
        QVERIFY(openTinyProject(first, window));
        auto* state = window.state();
        const auto* shownBefore = state->snapshot();
        QVERIFY(shownBefore);
        std::vector<bool> emptyAtChange;
        connect(state, &widgets::AnalysisState::snapshotChanged, this,
                [&] { emptyAtChange.push_back(state->snapshot() == nullptr); });
        QSignalSpy closed(window.session(), &jobs::ProjectSession::projectClosed);

        QVERIFY(openTinyProject(second, window));
        QCOMPARE(emptyAtChange, std::vector<bool>{false});
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.front().front().toBool(), true); // replaced
        QVERIFY(state->snapshot() != shownBefore);
        QCOMPARE(window.session()->projectFile(), second.filePath(QStringLiteral("tiny.near2")));
        QCOMPARE(window.windowTitle(), QStringLiteral("tiny — NEAR² Workbench"));

        window.session()->close();
        QCOMPARE(emptyAtChange, (std::vector<bool>{false, true}));
        QCOMPARE(closed.back().front().toBool(), false);
        QCOMPARE(state->queryCount(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
