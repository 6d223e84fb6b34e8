#include "widgets/slice_names.h"

#include "core/slices/slice_limits.h"
#include "core/slices/slice_rule.h"

#include <QCoreApplication>

namespace near2::widgets {

QString sliceDisplayName(const QuerySlice& slice)
{
    switch (slice.origin) {
    case QuerySlice::Origin::AllQueries:
        return QCoreApplication::translate("QuerySlices", "All queries");
    case QuerySlice::Origin::Type:
        return QCoreApplication::translate("QuerySlices", "type: %1").arg(QString::fromStdString(slice.name));
    case QuerySlice::Origin::Rule:
        break;
    }
    return QString::fromStdString(slice.name);
}

QStringList sliceRuleKindIds()
{
    QStringList kinds;
    for (const auto& kind : sliceRuleKinds())
        kinds.push_back(QString::fromStdString(kind));
    return kinds;
}

QString sliceRuleKindName(const QString& kind)
{
    if (kind == QLatin1String("tokens-at-most"))
        return QCoreApplication::translate("QuerySlices", "At most N words");
    if (kind == QLatin1String("tokens-at-least"))
        return QCoreApplication::translate("QuerySlices", "At least N words");
    if (kind == QLatin1String("alphanumeric"))
        return QCoreApplication::translate("QuerySlices", "Digits and letters in one token");
    if (kind == QLatin1String("regex"))
        return QCoreApplication::translate("QuerySlices", "Matches a regular expression");
    if (kind == QLatin1String("implicit"))
        return QCoreApplication::translate("QuerySlices", "Implicit (no word of a relevant title)");
    return kind;
}

QString sliceProblemText(const SliceProblem& problem)
{
    const QString detail = QString::fromStdString(problem.detail);
    const int count = static_cast<int>(problem.count);
    switch (problem.kind) {
    case SliceProblem::Kind::UnknownKind:
        return QCoreApplication::translate("QuerySlices", "Unknown rule kind “%1”").arg(detail);
    case SliceProblem::Kind::BadNumber:
        return QCoreApplication::translate("QuerySlices",
                                           "“%1” is not a number of words (a whole number, 0 or more)")
            .arg(detail);
    case SliceProblem::Kind::InvalidPattern:
        return QCoreApplication::translate("QuerySlices", "Invalid regular expression: %1 at offset %2")
            .arg(detail)
            .arg(problem.offset);
    case SliceProblem::Kind::PatternTooLong:
        return QCoreApplication::translate("QuerySlices",
                                           "The regular expression has %1 characters; at most %2 are allowed")
            .arg(count)
            .arg(kMaxPatternLength);
    case SliceProblem::Kind::TimeLimit:
        return QCoreApplication::translate(
                   "QuerySlices",
                   "The regular expression ran past its time limit at query “%1”; the slice is left empty")
            .arg(detail);
    case SliceProblem::Kind::TooComplex:
        return QCoreApplication::translate(
                   "QuerySlices",
                   "The regular expression ran out of backtracking memory at query “%1”; the slice is left "
                   "empty")
            .arg(detail);
    case SliceProblem::Kind::QueriesTooLong:
        return QCoreApplication::translate(
                   "QuerySlices", "%n queries longer than %1 characters were not searched", nullptr, count)
            .arg(kMaxRegexInputLength);
    }
    return {};
}

} // namespace near2::widgets
