#pragma once
#include <QString>

namespace near2::widgets {

// The application's one-line description, shown in the window title and the About box.
QString applicationTagline();

} // namespace near2::widgets
