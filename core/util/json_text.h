#pragma once
// Helpers for JSON read from users' files: a nesting bound (nlohmann's dump, copy and comparison recurse once
// per level, so a line of 100,000 '[' would overflow the stack) and messages without the library's prefix.
#include <cstddef>
#include <exception>
#include <string>
#include <string_view>

namespace near2 {

// Deeper JSON is refused with InputError: no real record nests this far, and every use stays far from the
// stack's limit (about 30,000 levels on the main thread, fewer on worker threads).
inline constexpr std::size_t kMaxJsonDepth = 256;

// The deepest nesting of arrays and objects in `text` (brackets inside strings do not count); stops counting
// once past `limit` and returns limit + 1.
std::size_t jsonNestingDepth(std::string_view text, std::size_t limit = kMaxJsonDepth);

// "deeper than 256 levels of nesting" when `text` nests beyond kMaxJsonDepth, else empty.
std::string jsonDepthProblem(std::string_view text);

// An exception's message without nlohmann's "[json.exception.parse_error.101] " prefix.
std::string jsonErrorReason(const std::exception& error);

} // namespace near2
