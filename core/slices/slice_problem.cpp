#include "core/slices/slice_problem.h"

#include "core/slices/slice_limits.h"

#include <fmt/format.h>

namespace near2 {

std::string describeSliceProblem(const SliceProblem& problem)
{
    switch (problem.kind) {
    case SliceProblem::Kind::UnknownKind:
        return fmt::format("unknown rule kind '{}'", problem.detail);
    case SliceProblem::Kind::BadNumber:
        return fmt::format("'{}' is not a number of words (a whole number, 0 or more)", problem.detail);
    case SliceProblem::Kind::InvalidPattern:
        return fmt::format("invalid regular expression: {} at offset {}", problem.detail, problem.offset);
    case SliceProblem::Kind::PatternTooLong:
        return fmt::format("the regular expression has {} characters; at most {} are allowed", problem.count,
                           kMaxPatternLength);
    case SliceProblem::Kind::TimeLimit:
        return fmt::format("the regular expression ran past its time limit at query '{}'; the slice is left "
                           "empty",
                           problem.detail);
    case SliceProblem::Kind::TooComplex:
        return fmt::format(
            "the regular expression ran out of backtracking memory at query '{}'; the slice is "
            "left empty",
            problem.detail);
    case SliceProblem::Kind::QueriesTooLong:
        return fmt::format("{} {} longer than {} characters {} not searched", problem.count,
                           problem.count == 1 ? "query" : "queries", kMaxRegexInputLength,
                           problem.count == 1 ? "was" : "were");
    }
    return {};
}

} // namespace near2
