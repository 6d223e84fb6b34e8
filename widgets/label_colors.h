#pragma once
// Colours that read on light and dark palettes: ESCI labels and metric gains/losses. Each has a light and a
// dark variant, picked by the palette's base colour; both reach 4.5:1 contrast (WCAG AA) on Base and
// AlternateBase of the workbench's palettes (widgets/palettes.h).
#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>
#include <QStringList>
#include <vector>

namespace near2::widgets {

// E green, S blue, C amber, I red; a numeric grade on the sequential scale below at value / 4 (so 1–4 and
// 0–3 spread over it); anything else (unjudged) grey.
QColor labelColor(const QString& label, const QPalette& palette = QGuiApplication::palette());
// The sequential scale for graded labels (viridis hues: purple, blue, teal, green, yellow): `position` 0 is
// the lowest grade, 1 the highest; lightness adjusted so that every colour reads on the palette's Base.
QColor gradeColor(double position, const QPalette& palette = QGuiApplication::palette());
// Where each label of `labels` sits on the grade scale: numeric labels spread from 0 (the lowest present)
// to 1 (the highest), in value order; -1 for the others (ESCI letters, unjudged).
std::vector<double> gradePositions(const QStringList& labels);
// The colour of each of `labels` in a chart that shows exactly these: ESCI as labelColor, numeric grades
// by gradePositions, unjudged grey, other labels from a qualitative set (never two alike).
std::vector<QColor> labelColors(const QStringList& labels,
                                const QPalette& palette = QGuiApplication::palette());
QColor lossColor(const QPalette& palette = QGuiApplication::palette());
QColor gainColor(const QPalette& palette = QGuiApplication::palette());

} // namespace near2::widgets
