#include "core/util/json_text.h"

namespace near2 {

std::size_t jsonNestingDepth(std::string_view text, std::size_t limit)
{
    std::size_t depth = 0, deepest = 0;
    bool inString = false, escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{') {
            if (++depth > deepest && (deepest = depth) > limit)
                return limit + 1;
        } else if ((c == ']' || c == '}') && depth > 0)
            --depth;
    }
    return deepest;
}

std::string jsonDepthProblem(std::string_view text)
{
    if (jsonNestingDepth(text) <= kMaxJsonDepth)
        return {};
    return "deeper than " + std::to_string(kMaxJsonDepth) + " levels of nesting";
}

std::string jsonErrorReason(const std::exception& error)
{
    std::string reason = error.what();
    if (reason.starts_with("[json.exception."))
        if (const auto end = reason.find("] "); end != std::string::npos)
            reason.erase(0, end + 2);
    return reason;
}

} // namespace near2
