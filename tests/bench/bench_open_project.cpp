// Opening a project as the workbench does (issue 20): the main window (offscreen) opens FILE and this prints
// the time to a populated window (the stored run shown), to the loaded catalog (ad-hoc queries, explorer and
// trade-offs ready), to every tab shown with its background work done, to the nested blocks the first
// ad-hoc query needs (built into FILE.nested, or mapped from it when it is already there) and one query
// ranked on them at two dims, and the peak memory of all that: VmHWM and the peaks of RssAnon and RssFile
// sampled every 20 ms, against the catalog embeddings' float32 bytes.
//
// bench_open_project FILE.near2 [ROWS DIM]   (ROWS × DIM: the catalog, for the ratio; run offscreen)
#include "app/main_window.h"
#include "core/search/nested_layout.h"
#include "core/session/ranking_context.h"
#include "tests/bench/peak_memory.h"
#include "widgets/jobs/job_runner.h"
#include "widgets/jobs/project_session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTabWidget>
#include <QTimer>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>

namespace {

// Runs the event loop until `done` holds or `timeoutMs` passes; false on timeout.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

double seconds(const QElapsedTimer& clock)
{
    return static_cast<double>(clock.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_open_project FILE.near2 [ROWS DIM]\n");
        return 2;
    }
    const double embeddingBytes = argc > 3 ? std::stod(argv[2]) * std::stod(argv[3]) * 4.0 : 0.0;
    near2::bench::PeakSampler memory;
    near2::app::MainWindow window;
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    auto* session = window.session();
    bool shown = false, loaded = false, ranked = false;
    QObject::connect(&window, &near2::app::MainWindow::projectShown, [&] { shown = true; });
    QObject::connect(session, &near2::jobs::ProjectSession::rankingContextChanged,
                     [&](const auto& context) { loaded = context != nullptr; });
    QObject::connect(session, &near2::jobs::ProjectSession::adhocRanked, [&] { ranked = true; });
    QObject::connect(session, &near2::jobs::ProjectSession::errorOccurred, [](const QString& message) {
        std::fprintf(stderr, "error: %s\n", qPrintable(message));
    });

    QElapsedTimer clock;
    clock.start();
    window.openProjectFile(QString::fromLocal8Bit(argv[1]));
    if (!waitFor([&] { return shown; }, 600000))
        return 1;
    window.repaint();
    const double populated = seconds(clock);
    if (!waitFor([&] { return loaded; }, 600000))
        return 1;
    const double catalogLoaded = seconds(clock);
    double adhoc = -1.0;
    if (session->rankingContext()->encodeQuery) {
        QElapsedTimer query;
        query.start();
        session->rankAdhoc(QStringLiteral("cordless drill"), 64, 256, 10);
        if (!waitFor([&] { return ranked; }, 600000))
            return 1;
        adhoc = seconds(query);
    }
    // Whatever the opening started in the background (explorer indexes, trade-off context) settles, and
    // each tab is shown in turn with what it starts.
    const auto idle = [&] {
        for (auto* job : session->jobs())
            if (job->isRunning())
                return false;
        return true;
    };
    waitFor(idle, 600000);
    const double settled = seconds(clock);
    for (int tab = 0; tab < window.tabs()->count(); ++tab) {
        window.tabs()->setCurrentIndex(tab);
        window.repaint();
        QApplication::processEvents();
        waitFor(idle, 600000);
    }
    window.tabs()->setCurrentIndex(0);
    const double tabsShown = seconds(clock);
    // What the first ad-hoc query does before ranking (a project without a model never does it).
    const auto context = session->rankingContext();
    QElapsedTimer blocksClock;
    blocksClock.start();
    const auto layout = context->catalog->layout(near2::JobControl{});
    const double blocks = seconds(blocksClock);
    double rankMs[2] = {0.0, 0.0};
    if (!context->queries.empty()) {
        const auto query = context->queries.row(0);
        for (int i = 0; i < 2; ++i) {
            QElapsedTimer rankClock;
            rankClock.start();
            layout->topK(query, i == 0 ? 64 : static_cast<int>(layout->dim()), 10);
            rankMs[i] = static_cast<double>(rankClock.nsecsElapsed()) / 1e6;
        }
    }
    const double hwm = static_cast<double>(near2::bench::statusKib("VmHWM:")) * 1024.0;
    const double anon = static_cast<double>(memory.anonKib()) * 1024.0;
    const double file = static_cast<double>(memory.fileKib()) * 1024.0;
    constexpr double MiB = 1024.0 * 1024.0;
    std::printf("open %s\n", argv[1]);
    std::printf("  populated window     %7.2f s\n", populated);
    std::printf("  catalog loaded       %7.2f s\n", catalogLoaded);
    if (adhoc >= 0)
        std::printf("  first ad-hoc query   %7.2f s (after the catalog)\n", adhoc);
    std::printf("  background settled   %7.2f s\n", settled);
    std::printf("  every tab shown      %7.2f s\n", tabsShown);
    std::printf("  nested blocks        %7.2f s (the first ad-hoc query's wait)\n", blocks);
    std::printf("  one query ranked     %7.1f ms at dim 64, %.1f ms at dim %zu\n", rankMs[0], rankMs[1],
                layout->dim());
    std::printf("  peak RSS (VmHWM)     %7.0f MiB", hwm / MiB);
    if (embeddingBytes > 0)
        std::printf("  = %.2f x the embeddings' %.0f MiB (float32)", hwm / embeddingBytes,
                    embeddingBytes / MiB);
    std::printf("\n  peak RssAnon         %7.0f MiB\n  peak RssFile         %7.0f MiB\n", anon / MiB,
                file / MiB);
    session->close();
    return 0;
}
