#pragma once
// The words of a search query as the query-type classifier sees them: split on white space, normalised
// (NFKC, so full-width digits and letters become ASCII; case-folded; only letters and digits kept, so
// "M.2" → "m2", "USB-C" → "usbc", "Women's" → "womens") and marked for digits and number shape.
#include <string>
#include <string_view>
#include <vector>

namespace near2 {

struct QueryWord
{
    std::string raw;  // as typed (one white-space separated token), case-folded
    std::string norm; // case-folded letters and digits only; never empty
    bool hasDigit = false;
    // Only digits and number punctuation (. , / - ' " ⁄): "16", "2.5", "1/2", "6'", "2.5"". A measure.
    bool numeric = false;
};

// Tokens without any letter or digit ("-", "&") are dropped.
std::vector<QueryWord> queryWords(std::string_view text);

// The parts of a catalog title (split at "," "(" ")" "|" ";" and " - "), each as its normalised words:
// "WD Blue SN570 Internal SSD, 1TB (x)" → {{"wd","blue","sn570","internal","ssd"}, {"1tb"}, {"x"}}.
std::vector<std::vector<std::string>> titleParts(std::string_view title);

} // namespace near2
