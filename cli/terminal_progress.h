#pragma once
// Progress for long CLI jobs: a bar redrawn in place on stderr when stderr is a terminal (nothing otherwise,
// so logs stay clean), and Ctrl-C turned into cooperative cancellation.
#include "core/util/progress.h"

namespace near2::cli {

// A rate-limited (10 Hz) "stage [#####     ] 42%  1.2 s left" bar; clears its line when a stage completes.
ProgressCallback terminalProgressBar();

// A token that SIGINT raises; the handler is installed on first use.
const CancelToken& interruptToken();

// terminalProgressBar() + interruptToken().
JobControl interactiveJob();

} // namespace near2::cli
