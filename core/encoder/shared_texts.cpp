#include "core/encoder/shared_texts.h"

#include "core/util/error.h"

#include <limits>
#include <string_view>
#include <unordered_map>

namespace near2 {

SharedTexts findSharedTexts(const std::vector<std::string>& texts)
{
    if (texts.size() >= std::numeric_limits<std::uint32_t>::max())
        throw InputError(std::to_string(texts.size()) +
                         " texts are more than one encoding takes (4,294,967,294)");
    SharedTexts shared;
    shared.firstOf.resize(texts.size());
    std::unordered_map<std::string_view, std::uint32_t> seen;
    seen.reserve(texts.size());
    for (std::uint32_t i = 0; i < static_cast<std::uint32_t>(texts.size()); ++i)
        shared.firstOf[i] = seen.try_emplace(texts[i], i).first->second;
    return shared;
}

} // namespace near2
