#pragma once
// Which texts of an input repeat an earlier one: each distinct text is encoded once and every later copy
// takes its first occurrence's vector, bit for bit, whichever chunk or batch it falls in (a vector otherwise
// depends on its batch in the last bits, and trec_eval's tie rule then never applies to duplicate products).
#include <cstdint>
#include <string>
#include <vector>

namespace near2 {

struct SharedTexts
{
    std::vector<std::uint32_t> firstOf; // text i → the index of its first occurrence (i itself when first)
};

// Throws InputError from 2^32 - 1 texts on.
SharedTexts findSharedTexts(const std::vector<std::string>& texts);

} // namespace near2
