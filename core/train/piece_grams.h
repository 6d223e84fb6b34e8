#pragma once
// Character n-grams of WordPiece pieces, for the `grams-*` architectures: each piece of the vocabulary is
// also represented by the mean of its 3- and 4-grams ("sn570" → "<sn", "sn5", "n57", "570", "<sn5", …; a
// word start is marked "<", a "##" continuation is not), so model numbers, hyphen-less spellings
// ("mzv8p1t0b" / "MZ-V8P1T0B") and typos share features with the pieces they resemble. The grams are indexed
// exactly (no hashing): the n-grams of a fixed vocabulary are a fixed set.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace near2 {

struct PieceGrams
{
    std::size_t gramCount = 0;       // distinct n-grams over the vocabulary (+1: index 0 is padding)
    std::size_t width = 0;           // grams per piece, padded
    std::vector<std::int64_t> grams; // [piece * width + i]: gram index, 0 for padding
    std::vector<float> weights;      // same layout: 1 / grams of the piece, 0 for padding
};

// Special tokens ("[CLS]"…) and pieces of one character or none have no grams. At most `maxPerPiece` grams
// per piece (the 3-grams first), in order of appearance.
PieceGrams pieceGrams(const std::vector<std::string>& vocabulary, std::size_t maxPerPiece = 16);

} // namespace near2
