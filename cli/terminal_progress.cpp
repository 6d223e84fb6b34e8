#include "cli/terminal_progress.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>
#include <unistd.h>

namespace near2::cli {

namespace {

CancelToken g_interrupt;

extern "C" void raiseInterrupt(int)
{
    g_interrupt.cancel();
}

struct BarState
{
    std::mutex mutex;
    std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point lastDraw;
    std::string stage;
};

void draw(const Progress& progress, BarState& state)
{
    constexpr int kWidth = 30;
    const double fraction =
        progress.total > 0 ? static_cast<double>(progress.done) / static_cast<double>(progress.total) : 0.0;
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - state.start).count();
    const int filled = static_cast<int>(fraction * kWidth);
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.append(static_cast<std::size_t>(kWidth - filled), ' ');
    if (fraction > 0.01 && fraction < 1.0)
        std::fprintf(stderr, "\r%-8s [%s] %3.0f%%  %.1f s left ", progress.stage.c_str(), bar.c_str(),
                     fraction * 100, elapsed / fraction * (1.0 - fraction));
    else
        std::fprintf(stderr, "\r%-8s [%s] %3.0f%%             ", progress.stage.c_str(), bar.c_str(),
                     fraction * 100);
    if (progress.done >= progress.total)
        std::fprintf(stderr, "\r%*s\r", kWidth + 40, "");
    std::fflush(stderr);
}

} // namespace

ProgressCallback terminalProgressBar()
{
    if (!::isatty(STDERR_FILENO))
        return {};
    auto state = std::make_shared<BarState>();
    return [state](const Progress& progress) {
        const std::lock_guard lock(state->mutex);
        const auto now = std::chrono::steady_clock::now();
        if (progress.stage != state->stage) {
            state->stage = progress.stage;
            state->start = now;
        } else if (now - state->lastDraw < std::chrono::milliseconds(100) && progress.done < progress.total) {
            return;
        }
        state->lastDraw = now;
        draw(progress, *state);
    };
}

const CancelToken& interruptToken()
{
    static const bool installed = [] {
        std::signal(SIGINT, raiseInterrupt);
        return true;
    }();
    (void)installed;
    return g_interrupt;
}

JobControl interactiveJob()
{
    return JobControl{terminalProgressBar(), &interruptToken()};
}

} // namespace near2::cli
