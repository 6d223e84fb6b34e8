#include "core/explore/title_words.h"

#include "core/tokenizer/basic_tokenizer.h"

namespace near2::explore {

std::vector<std::string> titleWords(std::string_view text)
{
    static const BasicTokenizer tokenizer(BasicTokenizerOptions{});
    std::string buffer;
    std::vector<WordSpan> spans;
    tokenizer.split(text, buffer, spans);
    std::vector<std::string> words;
    words.reserve(spans.size());
    for (const auto& span : spans)
        words.emplace_back(buffer, span.begin, span.bytes);
    return words;
}

} // namespace near2::explore
