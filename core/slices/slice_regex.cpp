#include "core/slices/slice_regex.h"

#include "core/slices/icu_text.h"
#include "core/slices/slice_limits.h"

#include <unicode/normalizer2.h>
#include <unicode/regex.h>

namespace near2 {

namespace {

std::unique_ptr<icu::RegexPattern> compile(std::string_view pattern, std::optional<SliceProblem>& problem)
{
    const icu::UnicodeString text = icuText(pattern);
    if (const auto length = static_cast<std::size_t>(text.countChar32()); length > kMaxPatternLength) {
        problem = SliceProblem(SliceProblem::Kind::PatternTooLong, {}, -1, length);
        return nullptr;
    }
    UErrorCode status = U_ZERO_ERROR;
    UParseError where{};
    std::unique_ptr<icu::RegexPattern> compiled(
        icu::RegexPattern::compile(text, UREGEX_CASE_INSENSITIVE, where, status));
    if (U_FAILURE(status)) {
        problem = SliceProblem(SliceProblem::Kind::InvalidPattern, u_errorName(status), where.offset);
        return nullptr;
    }
    return compiled;
}

} // namespace

struct SliceRegex::Matcher
{
    std::unique_ptr<icu::RegexPattern> pattern;
    std::unique_ptr<icu::RegexMatcher> matcher;
    std::int32_t stepsSpent = 0; // over every search of this rule

    // ICU calls this once per time-limit step of a running match.
    static UBool U_CALLCONV onStep(const void* context, std::int32_t)
    {
        auto* self = static_cast<Matcher*>(const_cast<void*>(context));
        return ++self->stepsSpent < kRegexStepsPerRule;
    }
};

std::optional<SliceProblem> checkSlicePattern(std::string_view pattern)
{
    std::optional<SliceProblem> problem;
    compile(pattern, problem);
    return problem;
}

SliceRegex::SliceRegex(std::string_view pattern)
{
    auto compiled = compile(pattern, m_problem);
    if (!compiled)
        return;
    UErrorCode status = U_ZERO_ERROR;
    m_matcher = std::make_unique<Matcher>();
    m_matcher->matcher.reset(compiled->matcher(status));
    m_matcher->pattern = std::move(compiled);
    m_matcher->matcher->setTimeLimit(kRegexStepsPerQuery, status);
    m_matcher->matcher->setStackLimit(kRegexStackBytes, status);
    m_matcher->matcher->setMatchCallback(&Matcher::onStep, m_matcher.get(), status);
    if (U_FAILURE(status))
        m_problem = SliceProblem(SliceProblem::Kind::InvalidPattern, u_errorName(status), 0);
}

SliceRegex::~SliceRegex() = default;
SliceRegex::SliceRegex(SliceRegex&&) noexcept = default;
SliceRegex& SliceRegex::operator=(SliceRegex&&) noexcept = default;

SliceRegex::Outcome SliceRegex::search(std::string_view text)
{
    if (!m_matcher || m_matcher->stepsSpent >= kRegexStepsPerRule)
        return Outcome::TimeLimit;
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString input = icu::Normalizer2::getNFCInstance(status)->normalize(icuText(text), status);
    if (input.countChar32() > kMaxRegexInputLength)
        return Outcome::TooLong;
    auto& matcher = *m_matcher->matcher;
    matcher.reset(input);
    const bool found = matcher.find(status);
    if (status == U_REGEX_TIME_OUT || status == U_REGEX_STOPPED_BY_CALLER)
        return Outcome::TimeLimit;
    if (U_FAILURE(status))
        return Outcome::TooComplex;
    return found ? Outcome::Match : Outcome::NoMatch;
}

} // namespace near2
