// Latency on a real X server, as a person meets it: a key press sent through XTest, then every repaint the
// server sees (DAMAGE extension) until the screen has been still for --settle-ms. The figure is the time from
// the press to the last repaint. Decorations are not counted: rectangles at most 32 × 32 px (a text cursor's
// blink, which repaints the glyph under it; a line edit's clear button fading in over 160 ms). Every view's
// content is larger; SCREEN_LATENCY_TRACE=1 prints every rectangle with its time, counted or not.
//
// screen_latency [--settle-ms 400] [--timeout-ms 10000] [--label NAME] STEP...
//   STEP: key:ctrl+Right (one press) · type:abc (one press per character, each measured) · wait:MS
// Prints one line per measured press: "NAME<TAB>STEP<TAB>ms<TAB>repaints".
#include <X11/Xlib.h>
#include <X11/extensions/XTest.h>
#include <X11/extensions/Xdamage.h>
#include <X11/keysym.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <poll.h>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Options
{
    int settleMs = 400;
    int timeoutMs = 10000;
    std::string label = "latency";
    std::vector<std::string> steps;
};

struct ScreenWatch
{
    Display* display = nullptr;
    int damageEvent = 0;
};

double msSince(Clock::time_point start, Clock::time_point end)
{
    return std::chrono::duration<double, std::milli>(end - start).count();
}

// Waits for repaints until none has come for settleMs; returns the time of the last one and how many came.
std::pair<Clock::time_point, int> waitUntilStill(ScreenWatch& screen, const Options& options,
                                                 Clock::time_point from)
{
    Clock::time_point last = from;
    int repaints = 0;
    const int fd = ConnectionNumber(screen.display);
    for (;;) {
        while (XPending(screen.display) > 0) {
            XEvent event;
            XNextEvent(screen.display, &event);
            if (event.type != screen.damageEvent + XDamageNotify)
                continue;
            const auto& damage = reinterpret_cast<const XDamageNotifyEvent&>(event);
            const bool decoration = damage.area.width <= 32 && damage.area.height <= 32;
            if (std::getenv("SCREEN_LATENCY_TRACE")) // which areas repaint when: to find what is slow
                std::fprintf(stderr, "  +%.1f ms %dx%d at %d,%d%s\n", msSince(from, Clock::now()),
                             damage.area.width, damage.area.height, damage.area.x, damage.area.y,
                             decoration ? " (decoration, not counted)" : "");
            if (decoration)
                continue;
            last = Clock::now();
            ++repaints;
        }
        const auto now = Clock::now();
        if (msSince(last, now) >= options.settleMs || msSince(from, now) >= options.timeoutMs)
            return {last, repaints};
        pollfd waiting{fd, POLLIN, 0};
        poll(&waiting, 1, 5);
    }
}

void sendKey(Display* display, const std::string& chord)
{
    std::vector<KeyCode> held;
    std::size_t start = 0;
    for (;;) {
        const auto plus = chord.find('+', start + 1);
        std::string name = chord.substr(start, plus == std::string::npos ? std::string::npos : plus - start);
        if (name == "ctrl")
            name = "Control_L";
        else if (name == "shift")
            name = "Shift_L";
        else if (name == "alt")
            name = "Alt_L";
        else if (name == " ")
            name = "space";
        KeySym sym = XStringToKeysym(name.c_str());
        if (sym == NoSymbol && name.size() == 1)
            sym = static_cast<KeySym>(static_cast<unsigned char>(name[0]));
        const KeyCode code = XKeysymToKeycode(display, sym);
        if (code == 0) {
            std::fprintf(stderr, "screen_latency: no key for '%s'\n", name.c_str());
            std::exit(2);
        }
        held.push_back(code);
        if (plus == std::string::npos)
            break;
        start = plus + 1;
    }
    for (const KeyCode code : held)
        XTestFakeKeyEvent(display, code, True, CurrentTime);
    for (auto it = held.rbegin(); it != held.rend(); ++it)
        XTestFakeKeyEvent(display, *it, False, CurrentTime);
    XFlush(display);
}

void measure(ScreenWatch& screen, const Options& options, const std::string& step, const std::string& chord)
{
    waitUntilStill(screen, options, Clock::now());
    const auto pressed = Clock::now();
    sendKey(screen.display, chord);
    const auto [last, repaints] = waitUntilStill(screen, options, pressed);
    std::printf("%s\t%s\t%.1f\t%d\n", options.label.c_str(), step.c_str(), msSince(pressed, last), repaints);
    std::fflush(stdout);
}

Options parse(int argc, char** argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--settle-ms" || arg == "--timeout-ms" || arg == "--label") && i + 1 < argc) {
            const std::string value = argv[++i];
            if (arg == "--label")
                options.label = value;
            else
                (arg == "--settle-ms" ? options.settleMs : options.timeoutMs) = std::atoi(value.c_str());
        } else {
            options.steps.push_back(arg);
        }
    }
    return options;
}

} // namespace

int main(int argc, char** argv)
{
    const Options options = parse(argc, argv);
    ScreenWatch screen;
    screen.display = XOpenDisplay(nullptr);
    if (!screen.display) {
        std::fprintf(stderr, "screen_latency: cannot open the X display (is DISPLAY set?)\n");
        return 2;
    }
    int damageError = 0, major = 0, minor = 0, eventBase = 0, errorBase = 0;
    if (!XDamageQueryExtension(screen.display, &screen.damageEvent, &damageError) ||
        !XTestQueryExtension(screen.display, &eventBase, &errorBase, &major, &minor)) {
        std::fprintf(stderr, "screen_latency: the X server lacks DAMAGE or XTEST\n");
        return 2;
    }
    XDamageCreate(screen.display, DefaultRootWindow(screen.display), XDamageReportRawRectangles);
    XFlush(screen.display);
    for (const std::string& step : options.steps) {
        if (step.rfind("key:", 0) == 0) {
            measure(screen, options, step, step.substr(4));
        } else if (step.rfind("type:", 0) == 0) {
            for (const char c : step.substr(5))
                measure(screen, options, "type:" + std::string(1, c), std::string(1, c));
        } else if (step.rfind("wait:", 0) == 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(std::atoi(step.c_str() + 5)));
        } else {
            std::fprintf(stderr, "screen_latency: unknown step '%s'\n", step.c_str());
            return 2;
        }
    }
    XCloseDisplay(screen.display);
    return 0;
}
