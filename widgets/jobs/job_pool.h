#pragma once
// The threads the jobs run on: a pool of their own, not QThreadPool::globalInstance(). Qt's raster engine
// hands parts of large fills to the global pool and waits for them on the GUI thread, so a long job there
// froze painting until it ended (300 ms stalls on opening a 100,000-product project, issue 14).
#include <QThreadPool>

namespace near2::jobs {

// Made on first use, on the GUI thread while the application object exists; the application's destructor
// waits for every job and release still on it, before Qt's and LibTorch's globals go.
QThreadPool* jobPool();

// Stops handing results to the pool and waits for its jobs and releases: in main, once the main window is
// gone and before the application object is (whose destructor otherwise does it, after the style and fonts
// have gone). Again: nothing.
void closeJobPool();

// True on the GUI thread while the pool still takes work: the one thread that hands results to it to be
// freed. Reads no Qt state, so any thread may ask.
bool releasesGoToJobPool();

} // namespace near2::jobs
