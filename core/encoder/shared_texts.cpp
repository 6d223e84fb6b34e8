#include "core/encoder/shared_texts.h"

#include <string_view>
#include <unordered_map>

namespace near2 {

SharedTexts findSharedTexts(const std::vector<std::string>& texts)
{
    SharedTexts shared;
    shared.firstOf.resize(texts.size());
    shared.lastOf.resize(texts.size());
    std::unordered_map<std::string_view, std::uint32_t> seen;
    seen.reserve(texts.size());
    for (std::uint32_t i = 0; i < texts.size(); ++i) {
        const std::uint32_t first = seen.try_emplace(texts[i], i).first->second;
        shared.firstOf[i] = first;
        shared.lastOf[i] = i;
        shared.lastOf[first] = i;
    }
    return shared;
}

} // namespace near2
