// The status bar's job display: a job shorter than kBarDelayMs shows its text only (no progress bar flashing
// in and out, no window relayout on every slider step); a longer one gets the bar and Cancel, which cancels
// it; the text keeps its width whether the bar is shown or not.
#include "app/job_status_bar.h"
#include "widgets/jobs/job_runner.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <atomic>
#include <chrono>
#include <thread>

using namespace near2;

namespace {

// Counts the Show events of a widget.
class ShowCounter : public QObject
{
public:
    int shown = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        shown += event->type() == QEvent::Show;
        return false;
    }
};

void launchSleeping(jobs::JobRunner& runner, std::chrono::milliseconds length)
{
    runner.launch<int>(
        QStringLiteral("Working"),
        [length](const JobControl& control) {
            const auto end = std::chrono::steady_clock::now() + length;
            while (std::chrono::steady_clock::now() < end &&
                   !(control.cancel && control.cancel->isCancelled()))
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            return 1;
        },
        [](std::shared_ptr<const int>) {});
}

} // namespace

class TestJobStatusBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aShortJobShowsItsTextButNoBar()
    {
        app::JobStatusBar bar;
        bar.resize(800, 30);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        ShowCounter counter;
        bar.findChild<QProgressBar*>()->installEventFilter(&counter);
        jobs::JobRunner runner;
        bar.track(&runner);
        QSignalSpy finished(&runner, &jobs::JobRunner::finished);
        launchSleeping(runner, std::chrono::milliseconds(20));
        QCOMPARE(bar.text(), QStringLiteral("Working"));
        QVERIFY(finished.wait(5000));
        QTest::qWait(app::JobStatusBar::kBarDelayMs + 100);
        QCOMPARE(counter.shown, 0);
        QVERIFY(!bar.showsProgress());
        QCOMPARE(bar.text(), QStringLiteral("Ready"));
    }

    void aLongJobGetsTheBarAndCancelWithoutMovingTheText()
    {
        app::JobStatusBar bar;
        bar.resize(800, 30);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        const auto* label = bar.findChild<QLabel*>(QStringLiteral("jobStatusText"));
        const QRect idleGeometry = label->geometry();
        jobs::JobRunner runner;
        bar.track(&runner);
        QSignalSpy cancelled(&runner, &jobs::JobRunner::cancelled);
        launchSleeping(runner, std::chrono::seconds(30));
        QVERIFY(!bar.showsProgress());
        QTRY_VERIFY_WITH_TIMEOUT(bar.showsProgress(), 5000);
        QCOMPARE(label->geometry(), idleGeometry);
        bar.findChild<QToolButton*>()->click();
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!bar.showsProgress());
        QCOMPARE(bar.text(), QStringLiteral("Cancelled"));
        QCOMPARE(label->geometry(), idleGeometry);
    }
};

QTEST_MAIN(TestJobStatusBar)
#include "test_job_status_bar.moc"
