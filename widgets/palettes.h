#pragma once
// The workbench's light and dark palettes (for the Fusion style): `near2-workbench --palette dark|light`
// applies one; without it the platform's palette is kept.
#include <QPalette>
#include <QString>

namespace near2::widgets {

QPalette lightPalette();
QPalette darkPalette();
// A palette whose Base (the background of tables and text) is dark.
bool isDark(const QPalette& palette);
// "dark" or "light": sets the Fusion style and that palette on the application; false for another name.
bool applyPalette(const QString& name);

} // namespace near2::widgets
