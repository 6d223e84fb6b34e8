#pragma once
// The words of a query or title as the slice rules count and compare them (Unicode, UTF-8 in and out):
// words are the segments of ICU's word break iterator (UAX #29, with dictionaries for Chinese, Japanese and
// Thai) that hold letters, digits, kana or ideographs; spaces, punctuation and emoji are not words
// ("usb-c cable" has 3, "größe" 1, "蓝牙耳机" 2). Compared after NFKC case folding ("ÄRGER" = "ärger",
// "größe" = "GRÖSSE", a decomposed "café" = "Café").
#include <string>
#include <string_view>
#include <vector>

namespace near2 {

// The words of `text`, NFKC case-folded, in order (repeats kept).
std::vector<std::string> foldedWords(std::string_view text);
std::size_t wordCount(std::string_view text);

// Whether a run of non-space characters holds both a decimal digit and a letter of any script
// ("WGR-0582", "3pk", "größe2").
bool hasAlphanumericToken(std::string_view text);

} // namespace near2
