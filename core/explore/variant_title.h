#pragma once
// A product title without its colour and size tokens, so that the variants of one product (the same shirt in
// red and in blue, size M and size L) share one key. Titles are lower-cased, accents stripped and split into
// words with BERT's basic tokenizer (core/tokenizer); then dropped are punctuation, colour words (basic and
// common fashion/paint colours) with a modifier before them (dark, light, navy, space, …), apparel sizes
// (xxs…5xl, small/medium/large with x-/extra-), and "size"/"sz" with the value after it ("size 10.5").
// Measurements (27 inch, 1tb, 5 gallon) are kept: they tell different products apart, and alphanumeric
// queries depend on them. English words only.
#include <string>
#include <string_view>

namespace near2::explore {

// The remaining words joined by single spaces; empty when nothing but colours and sizes remains.
std::string variantKey(std::string_view title);

} // namespace near2::explore
