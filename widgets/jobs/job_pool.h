#pragma once
// The threads the jobs run on: a pool of their own, not QThreadPool::globalInstance(). Qt's raster engine
// hands parts of large fills to the global pool and waits for them on the GUI thread, so a long job there
// froze painting until it ended (300 ms stalls on opening a 100,000-product project, issue 14).
#include <QThreadPool>

namespace near2::jobs {

QThreadPool* jobPool();

} // namespace near2::jobs
