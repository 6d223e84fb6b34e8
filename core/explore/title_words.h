#pragma once
// The words of a product title or search text as the explorer compares them: BERT's basic tokenizer
// (core/tokenizer) lower-cases, strips accents and splits on white space and punctuation (each punctuation
// mark a word of its own).
#include <string>
#include <string_view>
#include <vector>

namespace near2::explore {

std::vector<std::string> titleWords(std::string_view text);

} // namespace near2::explore
