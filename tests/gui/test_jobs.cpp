// Background jobs: cancellation midway, newest request wins, a project built, saved, closed and reopened
// with the same state, and no GUI-thread stall over 100 ms while a sweep runs (a QTimer measures the gaps).
#include "tests/gui/small_project.h"
#include "widgets/jobs/job_runner.h"
#include "widgets/jobs/project_session.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <atomic>
#include <thread>

using namespace near2;

using test::smallProject;

class TestJobs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The runner (its window or project) is gone before the work ends: nothing is delivered, nothing breaks
    // (Qt 6.4's then(context, …) asserted here in debug builds).
    void jobEndingAfterItsRunnerIsGoneDoesNothing()
    {
        bool delivered = false;
        std::atomic<bool> release = false;
        {
            jobs::JobRunner runner;
            runner.launch<int>(
                QStringLiteral("slow"),
                [&release](const JobControl&) {
                    while (!release)
                        std::this_thread::sleep_for(std::chrono::milliseconds(1));
                    return 1;
                },
                [&delivered](std::shared_ptr<const int>) { delivered = true; });
        }
        release = true;
        QVERIFY(QThreadPool::globalInstance()->waitForDone(5000));
        QTest::qWait(100);
        QVERIFY(!delivered);
    }

    void jobCancelledMidway()
    {
        jobs::JobRunner runner;
        QSignalSpy cancelled(&runner, &jobs::JobRunner::cancelled);
        QSignalSpy finished(&runner, &jobs::JobRunner::finished);
        QSignalSpy progress(&runner, &jobs::JobRunner::progress);
        std::atomic<int> steps{0};
        runner.launch<int>(
            QStringLiteral("loop"),
            [&steps](const JobControl& job) {
                for (int i = 0; i < 1000; ++i) {
                    job.checkCancelled();
                    job.report("loop", i, 1000);
                    ++steps;
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                }
                return 1;
            },
            [](std::shared_ptr<const int>) { QFAIL("a cancelled job delivered"); });
        QTest::qWait(300);
        runner.cancel();
        QVERIFY(cancelled.wait(2000));
        QVERIFY(steps > 0 && steps < 1000);
        QCOMPARE(finished.count(), 0);
        QVERIFY(progress.count() >= 1);
    }

    void newestRequestWins()
    {
        jobs::JobRunner runner;
        int delivered = 0;
        QSignalSpy finished(&runner, &jobs::JobRunner::finished);
        for (int i = 1; i <= 3; ++i)
            runner.launch<int>(
                QStringLiteral("n"),
                [i](const JobControl&) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(50 * (4 - i)));
                    return i;
                },
                [&delivered](std::shared_ptr<const int> value) { delivered = *value; });
        QVERIFY(finished.wait(3000));
        QTest::qWait(300);
        QCOMPARE(delivered, 3);
        QCOMPARE(finished.count(), 1);
    }

    void coreErrorBecomesAMessage()
    {
        jobs::ProjectSession session;
        QSignalSpy errors(&session, &jobs::ProjectSession::errorOccurred);
        session.openProject(QStringLiteral("/nonexistent/x.near2"));
        QVERIFY(errors.wait(10000)); // generous: CI machines may be loaded
        QVERIFY(errors.front().front().toString().contains(QStringLiteral("x.near2")));
        QVERIFY(!session.isOpen());
    }

    void projectSavedClosedAndReopened()
    {
        QTemporaryDir dir;
        const auto setup = smallProject(dir, 2000);
        std::shared_ptr<const ProjectSnapshot> first;
        {
            jobs::ProjectSession session;
            QSignalSpy opened(&session, &jobs::ProjectSession::projectOpened);
            session.createProject(setup);
            QVERIFY(opened.wait(60000));
            first = opened.front().front().value<std::shared_ptr<const ProjectSnapshot>>();
            session.saveAnnotation(QStringLiteral("q1"), {"brand confusion", "note"});
            session.saveSliceRules({{"short", "tokens-at-most", "2"}});
            session.saveViewState({{"dim", "32"}});
            session.close();
        }
        jobs::ProjectSession reopened;
        QSignalSpy opened(&reopened, &jobs::ProjectSession::projectOpened);
        QElapsedTimer clock;
        clock.start();
        reopened.openProject(QString::fromStdString(setup.projectFile.string()));
        QVERIFY(opened.wait(10000));
        qInfo("reopened in %lld ms", static_cast<long long>(clock.elapsed()));
        const auto second = opened.front().front().value<std::shared_ptr<const ProjectSnapshot>>();
        QVERIFY(second->latestRun.has_value());
        QCOMPARE(second->latestRun->result.perQuery, first->latestRun->result.perQuery);
        QCOMPARE(second->latestRun->rankings.perDim.back().docs,
                 first->latestRun->rankings.perDim.back().docs);
        QCOMPARE(second->queries.size(), first->queries.size());
        QCOMPARE(second->annotations.at("q1").tag, std::string("brand confusion"));
        QCOMPARE(second->sliceRules.size(), std::size_t{1});
        QCOMPARE(second->viewState.at("dim"), std::string("32"));
    }

    void noGuiStallDuringASweep()
    {
        QTemporaryDir dir;
        const auto setup = smallProject(dir, 20000);
        jobs::ProjectSession session;
        QSignalSpy opened(&session, &jobs::ProjectSession::projectOpened);
        QElapsedTimer gap;
        qint64 worst = 0;
        QTimer watchdog;
        watchdog.setInterval(5);
        connect(&watchdog, &QTimer::timeout, this, [&] { worst = std::max(worst, gap.restart()); });
        gap.start();
        watchdog.start();
        session.createProject(setup);
        QVERIFY(opened.wait(120000));
        watchdog.stop();
        qInfo("longest gap between GUI timer ticks during the build: %lld ms", static_cast<long long>(worst));
        QVERIFY2(worst < 100, "the GUI thread stalled for 100 ms or more");
    }
};

QTEST_MAIN(TestJobs)
#include "test_jobs.moc"
