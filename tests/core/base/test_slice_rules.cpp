// The slice rules' parts: words (ICU word boundaries, NFKC case folding), alphanumeric tokens, rules refused
// with the reason (ICU's error for a pattern), and hostile regexes stopped by the step limits and the
// length caps instead of crashing or hanging (issue 21, item 5).
#include "core/slices/query_slices.h"
#include "core/slices/query_words.h"
#include "core/slices/slice_limits.h"
#include "core/slices/slice_rule.h"

#include <gtest/gtest.h>

using namespace near2;

namespace {

ProjectSnapshot snapshotOf(std::vector<std::string> texts, std::vector<SliceRule> rules)
{
    ProjectSnapshot snapshot;
    for (std::size_t q = 0; q < texts.size(); ++q)
        snapshot.queries.push_back({"q" + std::to_string(q + 1), texts[q], "", 0, {}});
    snapshot.sliceRules = std::move(rules);
    return snapshot;
}

const QuerySlice& ruleSlice(const std::vector<QuerySlice>& slices)
{
    return slices.back();
}

} // namespace

TEST(SliceWords, FollowUnicodeWordBoundaries)
{
    EXPECT_EQ(wordCount("größe"), 1u);
    EXPECT_EQ(wordCount("usb-c cable"), 3u);
    EXPECT_EQ(wordCount("WGR-0582 3pk"), 3u);
    EXPECT_EQ(wordCount("men's shoes"), 2u);
    EXPECT_EQ(wordCount("蓝牙耳机 黑色"), 3u);
    EXPECT_EQ(wordCount("🔋 charger 👍🏽"), 1u);
    EXPECT_EQ(wordCount("— !! …"), 0u);
    EXPECT_EQ(wordCount(""), 0u);
    EXPECT_EQ(foldedWords("ÄRGER Straße cafe\u0301 ＷＧＲ"),
              (std::vector<std::string>{"ärger", "strasse", "café", "wgr"}));
}

TEST(SliceWords, AlphanumericTokensMixDigitsAndLettersOfAnyScript)
{
    EXPECT_TRUE(hasAlphanumericToken("WGR-0582"));
    EXPECT_TRUE(hasAlphanumericToken("pack 3pk"));
    EXPECT_TRUE(hasAlphanumericToken("größe2"));
    EXPECT_TRUE(hasAlphanumericToken("15インチ"));
    EXPECT_FALSE(hasAlphanumericToken("iphone 15"));
    EXPECT_FALSE(hasAlphanumericToken("2 m"));
    EXPECT_FALSE(hasAlphanumericToken(""));
}

TEST(SliceRules, InvalidRulesAreRefusedWithTheReason)
{
    const auto paren = checkSliceRule({"x", "regex", "(a|b"});
    ASSERT_TRUE(paren);
    EXPECT_EQ(paren->kind, SliceProblem::Kind::InvalidPattern);
    EXPECT_EQ(paren->detail, "U_REGEX_MISMATCHED_PAREN"); // ICU's own error
    EXPECT_EQ(paren->offset, 4);
    EXPECT_EQ(describeSliceProblem(*paren),
              "invalid regular expression: U_REGEX_MISMATCHED_PAREN at offset 4");
    EXPECT_EQ(checkSliceRule({"x", "regex", "[z-a]"})->detail, "U_REGEX_INVALID_RANGE");
    EXPECT_EQ(checkSliceRule({"x", "regex", std::string(kMaxPatternLength + 1, 'a')})->kind,
              SliceProblem::Kind::PatternTooLong);
    EXPECT_FALSE(checkSliceRule({"x", "regex", std::string(kMaxPatternLength, 'a')}));
    EXPECT_FALSE(checkSliceRule({"x", "regex", "(?<=usb)-c"}));
    for (const char* bad : {"", "two", "3x", "-1", "1.5"})
        EXPECT_EQ(checkSliceRule({"x", "tokens-at-most", bad})->kind, SliceProblem::Kind::BadNumber) << bad;
    EXPECT_FALSE(checkSliceRule({"x", "tokens-at-least", " 2 "}));
    EXPECT_EQ(checkSliceRule({"x", "sounds-like", ""})->kind, SliceProblem::Kind::UnknownKind);
    EXPECT_FALSE(checkSliceRule({"x", "implicit", "ignored"}));
}

TEST(SliceRules, AStoredInvalidRuleMatchesNothingAndSaysWhy)
{
    const auto slices = computeQuerySlices(snapshotOf({"a", "b"}, {{"broken", "regex", "(a|b"}}));
    EXPECT_EQ(ruleSlice(slices).count, 0);
    ASSERT_TRUE(ruleSlice(slices).problem);
    EXPECT_EQ(sliceProblemLines(slices),
              (std::vector<std::string>{
                  "slice 'broken': invalid regular expression: U_REGEX_MISMATCHED_PAREN at offset 4"}));
}

TEST(SliceRules, CatastrophicBacktrackingStopsAtTheStepLimit)
{
    // ^(a+)+$ tries 2^30 ways to split 31 characters before failing: std::regex hung here.
    const auto slices = computeQuerySlices(
        snapshotOf({"aaa", std::string(30, 'a') + "b", "aaaa"}, {{"nested", "regex", "^(a+)+$"}}));
    const auto& slice = ruleSlice(slices);
    ASSERT_TRUE(slice.problem);
    EXPECT_EQ(slice.problem->kind, SliceProblem::Kind::TimeLimit);
    EXPECT_EQ(slice.problem->detail, "q2");
    EXPECT_EQ(slice.count, 0); // stopped part-way: no half slice
    EXPECT_EQ(slice.members, std::vector<char>(3, 0));
    EXPECT_NE(describeSliceProblem(*slice.problem).find("time limit at query 'q2'"), std::string::npos);
}

TEST(SliceRules, LongQueriesAreLeftOutOfRegexRulesAndCounted)
{
    // (a|b)*c over 20,000 characters crashed std::regex (recursion); over the cap it is not searched.
    std::string huge;
    for (int i = 0; i < 10000; ++i)
        huge += "ab";
    const auto slices = computeQuerySlices(
        snapshotOf({huge, "abc", std::string(kMaxRegexInputLength, 'c')}, {{"ab", "regex", "(a|b)*c"}}));
    const auto& slice = ruleSlice(slices);
    ASSERT_TRUE(slice.problem);
    EXPECT_EQ(slice.problem->kind, SliceProblem::Kind::QueriesTooLong);
    EXPECT_EQ(slice.problem->count, 1u);
    EXPECT_EQ(slice.members, (std::vector<char>{0, 1, 1}));
    EXPECT_EQ(describeSliceProblem(*slice.problem), "1 query longer than 1000 characters was not searched");
}

TEST(SliceRules, QuadraticPatternsOnLongQueriesStopToo)
{
    std::string text;
    for (int i = 0; i < kMaxRegexInputLength / 2; ++i)
        text += "ab";
    const auto slices = computeQuerySlices(snapshotOf({text}, {{"ab", "regex", "(a|b)*c"}}));
    ASSERT_TRUE(ruleSlice(slices).problem);
    EXPECT_EQ(ruleSlice(slices).problem->kind, SliceProblem::Kind::TimeLimit);
}

TEST(SliceRules, ARulesStepsAreBoundedOverAllQueries)
{
    // Each query alone stays under the per-query limit; together they exhaust the rule's budget.
    const std::string slow = std::string(17, 'a') + "b";
    SliceRegex alone("^(a+)+$");
    EXPECT_EQ(alone.search(slow), SliceRegex::Outcome::NoMatch);
    const auto slices =
        computeQuerySlices(snapshotOf(std::vector<std::string>(2000, slow), {{"n", "regex", "^(a+)+$"}}));
    ASSERT_TRUE(ruleSlice(slices).problem);
    EXPECT_EQ(ruleSlice(slices).problem->kind, SliceProblem::Kind::TimeLimit);
}
