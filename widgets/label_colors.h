#pragma once
// Colours that read on light and dark palettes: ESCI labels and metric gains/losses. Each has a light and a
// dark variant, picked by the palette's base colour; both reach 4.5:1 contrast (WCAG AA) on Base and
// AlternateBase of the workbench's palettes (widgets/palettes.h).
#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

namespace near2::widgets {

// E green, S blue, C amber, I red, anything else (unjudged) grey.
QColor labelColor(const QString& label, const QPalette& palette = QGuiApplication::palette());
QColor lossColor(const QPalette& palette = QGuiApplication::palette());
QColor gainColor(const QPalette& palette = QGuiApplication::palette());

} // namespace near2::widgets
