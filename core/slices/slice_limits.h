#pragma once
// Bounds on regex slice rules: rules travel inside shared project files, so a pattern must not be able to
// hang or crash whoever opens one. ICU counts match time in steps (about 10,000 backtracking operations
// each), so the limits give the same answers on every machine and in every build.
#include <cstdint>

namespace near2 {

inline constexpr int kMaxPatternLength = 1000;            // characters of a regex rule
inline constexpr int kMaxRegexInputLength = 1000;         // characters of a query a regex rule searches
inline constexpr std::int32_t kRegexStepsPerQuery = 50;   // ICU time-limit units per query
inline constexpr std::int32_t kRegexStepsPerRule = 1000;  // over all the queries of one rule
inline constexpr std::int32_t kRegexStackBytes = 8 << 20; // ICU's backtracking stack (it is on the heap)

} // namespace near2
