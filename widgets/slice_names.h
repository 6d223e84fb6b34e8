#pragma once
// What the workbench shows of the core's slices (core/slices): translated slice names, rule kinds and the
// problems of a rule, in the "QuerySlices" translation context.
#include "core/slices/query_slices.h"

#include <QString>
#include <QStringList>

namespace near2::widgets {

// "All queries", "type: <value>" or the rule's name.
QString sliceDisplayName(const QuerySlice& slice);
// The stored kinds (sliceRuleKinds()), and the name shown for one.
QStringList sliceRuleKindIds();
QString sliceRuleKindName(const QString& kind);
QString sliceProblemText(const SliceProblem& problem);

} // namespace near2::widgets
