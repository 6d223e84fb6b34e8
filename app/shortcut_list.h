#pragma once
// Help → Keyboard shortcuts: every menu action that has a shortcut, read from the menus themselves so the
// list cannot drift from what the keys do.
#include <QString>

class QMenuBar;

namespace near2::app {

QString shortcutListHtml(const QMenuBar* menus);

} // namespace near2::app
