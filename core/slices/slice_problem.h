#pragma once
// Why a slice rule cannot be used, or was stopped, as plain data: each front-end words it in its own
// language (describeSliceProblem is the English of the CLI and the report).
#include <cstddef>
#include <string>
#include <utility>

namespace near2 {

struct SliceProblem
{
    enum class Kind {
        UnknownKind,    // detail: the rule's kind
        BadNumber,      // detail: the parameter (a token rule needs a whole number ≥ 0)
        InvalidPattern, // detail: ICU's error name; offset: where in the pattern
        PatternTooLong, // count: the pattern's length in characters
        TimeLimit,      // detail: the query id where the regex ran out of time; the slice is left empty
        TooComplex,     // detail: the query id where the regex ran out of backtracking memory; left empty
        QueriesTooLong, // count: queries longer than kMaxRegexInputLength, left out (the rest is searched)
    };
    explicit SliceProblem(Kind kind_, std::string detail_ = {}, int offset_ = -1, std::size_t count_ = 0)
        : kind(kind_), detail(std::move(detail_)), offset(offset_), count(count_)
    {
    }

    Kind kind;
    std::string detail;
    int offset = -1;
    std::size_t count = 0;

    // A problem that leaves the rule without any member (all but QueriesTooLong).
    bool emptiesSlice() const { return kind != Kind::QueriesTooLong; }
    bool operator==(const SliceProblem&) const = default;
};

std::string describeSliceProblem(const SliceProblem& problem);

} // namespace near2
