#pragma once
// Colours that read on light and dark palettes: ESCI labels and metric gains/losses.
#include <QColor>
#include <QString>

namespace near2::widgets {

// E green, S blue, C amber, I red, anything else (unjudged) grey.
QColor labelColor(const QString& label);
QColor lossColor();
QColor gainColor();

} // namespace near2::widgets
