// The GUI thread does no file or database I/O and never stalls:
// - opening and closing a project without edits leaves the file's bytes as they were (reading must not
//   write), while an edit does reach the file;
// - a watchdog (a 5 ms QTimer on the GUI thread, measuring the gaps between its ticks) over opening a
//   100,000-product project and opening it again, a dim typed in, every export and the wizard's CSV preview
//   of a large file. It fails on a gap over kStallBoundMs (work that blocks the GUI thread: reading a file,
//   encoding, freeing a catalog there); the 50 ms target is printed per step, not asserted (see
//   kStallBoundMs). The release of results on the jobs' pool is guarded by
//   TestJobs::resultsAreDestroyedOffTheGuiThread: the best-of-three `reopen` step catches its absence only
//   under ASan.
#include "app/export_actions.h"
#include "app/main_window.h"
#include "core/session/project_builder.h"
#include "tests/gui/small_project.h"
#include "tests/gui/stall_watchdog.h"
#include "widgets/analysis_state.h"
#include "widgets/charts/charts_page.h"
#include "widgets/jobs/export_jobs.h"
#include "widgets/jobs/file_previews.h"
#include "widgets/jobs/project_session.h"
#include "widgets/wizard/csv_mapping_widget.h"
#include "widgets/wizard/dataset_page.h"
#include "widgets/wizard/path_field.h"

#include <QChartView>
#include <QComboBox>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdint>
#include <fstream>
#include <functional>
#include <limits>

using namespace near2;

namespace {

// The bound catches work that blocks the GUI thread (reading a file, encoding, a sweep, waiting for a busy
// thread pool: hundreds of ms on this project), not the 50 ms target itself: a timed bound that tight fails
// on a shared 2-core machine under a parallel suite (66 ms seen for "open"). The figures printed per step,
// and scripts/measure-latency.sh on a real screen, are the measurement (docs/performance.md): on a quiet
// machine every step stays under 40 ms since the jobs left Qt's global pool (open and typed dim were 160-230
// ms while the raster engine waited there behind them).
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kStallBoundMs = 150 * 4; // ASan + UBSan slow the GUI thread's own work ~4-6×
#else
constexpr qint64 kStallBoundMs = 150;
#endif
// The target: a step over it is watched again (up to three times) and its best attempt printed.
constexpr qint64 kTargetMs = 50;

QByteArray fileHash(const std::filesystem::path& file)
{
    QFile in(QString::fromStdString(file.string()));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(in.readAll(), QCryptographicHash::Sha256);
}

// Opens `file` in the window and waits until it is shown and its catalog loaded.
bool openAndLoad(app::MainWindow& window, const std::filesystem::path& file)
{
    QSignalSpy shown(&window, &app::MainWindow::projectShown);
    QSignalSpy loaded(window.session()->contextJob(), &jobs::JobRunner::finished);
    window.openProjectFile(QString::fromStdString(file.string()));
    return shown.wait(120000) && (!loaded.isEmpty() || loaded.wait(120000));
}

} // namespace

class TestGuiThread : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("NEAR2_NO_DIALOGS", "1");
    }

    void openingAndClosingWithoutEditsLeavesTheFile()
    {
        QTemporaryDir dir;
        const auto setup = test::smallProject(dir, 2000);
        session::buildProject(setup, {});
        const QByteArray before = fileHash(setup.projectFile);
        {
            app::MainWindow window;
            QVERIFY(openAndLoad(window, setup.projectFile));
            QVERIFY(window.close()); // saves the view state: unchanged, so nothing
        }
        QCOMPARE(fileHash(setup.projectFile), before);
        QVERIFY(!std::filesystem::exists(setup.projectFile.string() + "-wal"));

        // An edit does reach the file (the check above would see a write).
        {
            app::MainWindow window;
            QVERIFY(openAndLoad(window, setup.projectFile));
            window.state()->setDimIndex(0);
            window.state()->setAnnotation(0, {"brand confusion", "a note"});
            QVERIFY(window.close());
        }
        QVERIFY(fileHash(setup.projectFile) != before);
        const auto reopened = session::openProject(setup.projectFile);
        QCOMPARE(reopened.annotations.at(reopened.queries[0].id).note, std::string("a note"));
        QCOMPARE(reopened.viewState.at("dim"), std::to_string(reopened.latestRun->result.dims.front()));
    }

    void noStallOverALargeProject()
    {
        QTemporaryDir dir;
        const auto setup = test::smallProject(dir, 100000, 300);
        session::buildProject(setup, {});
        const QString big = dir.filePath(QStringLiteral("judged.csv"));
        {
            std::ofstream out(big.toStdString());
            out << "product_uid,product_title,search_term,relevance\n";
            for (int row = 0; row < 200000; ++row)
                out << row << ",\"product number " << row << ", with a title\",query " << row % 977 << ','
                    << 1 + row % 3 << '\n';
        }
        app::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(200); // first paint (fonts, styles) before the watch starts
        auto* exports = window.exports();
        QSignalSpy exported(exports, &app::ExportActions::exported);
        QSignalSpy failed(exports, &app::ExportActions::errorOccurred);
        QSignalSpy chartWritten(window.session()->exports(), &jobs::ExportJobs::exported);
        widgets::DatasetPage page(window.session()->previews());
        page.formatBox()->setCurrentIndex(widgets::DatasetPage::Csv);
        page.show();
        int typedDim = 40;

        // A step over the target is watched up to three times and its best attempt kept: a stall our code
        // causes comes back every time, one the machine's other work causes (a shared machine, page faults,
        // the sanitizer's allocator recycling its quarantine) rarely twice.
        test::StallWatchdog watchdog;
        qint64 worst = 0;
        const auto watch = [&](const char* name, const std::function<void()>& step) {
            std::pair<qint64, qint64> best{0, std::numeric_limits<qint64>::max()};
            QString attempts;
            for (int attempt = 0; attempt < 3 && best.second > kTargetMs; ++attempt) {
                watchdog.start();
                step();
                // The jobs the step set off (the failure explorer's ranks for a new dim or project) and the
                // views' queued follow-ups belong to this step, not to the next one.
                const auto jobs = window.session()->jobs();
                QTRY_VERIFY_WITH_TIMEOUT(
                    std::none_of(jobs.begin(), jobs.end(),
                                 [](const jobs::JobRunner* job) { return job->isRunning(); }),
                    120000);
                QTest::qWait(50);
                const auto gap = watchdog.stop();
                attempts += (attempt ? QStringLiteral(", ") : QString()) + QString::number(gap.second);
                if (gap.second < best.second)
                    best = gap;
            }
            // The first attempt is the one a person meets (a first open builds the charts' items and fills
            // the glyph caches); the best one is the step's own cost.
            qInfo("%s: longest GUI-thread gap %lld ms (%lld ms on the wall clock); attempts %s", name,
                  static_cast<long long>(best.second), static_cast<long long>(best.first),
                  qPrintable(attempts));
            worst = std::max(worst, best.second);
        };

        watch("open", [&] { QVERIFY(openAndLoad(window, setup.projectFile)); });
        // The open project and its catalog are let go while the same one opens again: freed on the GUI
        // thread, they held it for 142-164 ms (850-1,070 ms under ASan).
        watch("reopen", [&] { QVERIFY(openAndLoad(window, setup.projectFile)); });
        watch("typed dim", [&] {
            QSignalSpy evaluated(window.session(), &jobs::ProjectSession::dimEvaluated);
            window.state()->requestDim(typedDim++);
            QVERIFY(evaluated.wait(120000));
        });
        watch("PDF export", [&] {
            exports->exportPdf(dir.filePath(QStringLiteral("report.pdf")));
            QVERIFY(exported.wait(120000));
        });
        watch("CSV exports", [&] {
            exports->exportCsvFolder(dir.filePath(QStringLiteral("tables")));
            QVERIFY(exported.wait(120000));
            exports->exportRanking(dir.filePath(QStringLiteral("ranking.csv")));
            QVERIFY(exported.wait(120000));
        });
        watch("slider moved, then the Charts tab shown", [&] {
            window.tabs()->setCurrentIndex(0);
            window.state()->setDimIndex((window.state()->dimIndex() + 1) %
                                        static_cast<int>(window.state()->dims().size()));
            window.tabs()->setCurrentWidget(window.charts()); // built now: hidden, it did no work
        });
        watch("chart export (rendered and written)", [&] {
            const QString chart = dir.filePath(QStringLiteral("chart.png"));
            Q_EMIT window.charts()->chartExportRequested(
                chart, std::make_shared<const charts::ChartImage>(
                           charts::renderChartView(window.charts()->chartView(0), chart)));
            QVERIFY(chartWritten.wait(60000));
        });
        watch("wizard preview", [&] {
            page.csvFile()->edit()->clear();
            for (const QChar c : big) { // typed, the event loop running between keys
                QTest::keyClick(page.csvFile()->edit(), c.toLatin1());
                QTest::qWait(1);
            }
            QTRY_COMPARE_WITH_TIMEOUT(page.mapping()->previewModel()->rowCount(), 20, 60000);
        });
        QCOMPARE(failed.count(), 0);
        QVERIFY2(worst <= kStallBoundMs,
                 qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(worst)));
    }
};

QTEST_MAIN(TestGuiThread)
#include "test_gui_thread.moc"
