#pragma once
// A regex slice rule: ICU regular expressions (lookbehind, Unicode classes, case-insensitive with Unicode
// case folding: "ärger" finds "ÄRGER"), searched anywhere in the query (in NFC, so "café" finds a decomposed
// "café"), within the bounds of slice_limits.h.
#include "core/slices/slice_problem.h"

#include <memory>
#include <optional>
#include <string_view>

namespace near2 {

// Why a pattern cannot be compiled (ICU's error name and offset, or its length); nothing when it can.
std::optional<SliceProblem> checkSlicePattern(std::string_view pattern);

class SliceRegex
{
public:
    enum class Outcome { Match, NoMatch, TooLong, TimeLimit, TooComplex };

    explicit SliceRegex(std::string_view pattern); // problem() says whether it compiled
    ~SliceRegex();
    SliceRegex(SliceRegex&&) noexcept;
    SliceRegex& operator=(SliceRegex&&) noexcept;

    const std::optional<SliceProblem>& problem() const { return m_problem; }
    // One query (UTF-8). Each call is limited to kRegexStepsPerQuery steps, and all calls on this object
    // together to kRegexStepsPerRule: past either, TimeLimit. Not thread-safe (one matcher, reused).
    Outcome search(std::string_view text);

private:
    struct Matcher;
    std::unique_ptr<Matcher> m_matcher;
    std::optional<SliceProblem> m_problem;
};

} // namespace near2
