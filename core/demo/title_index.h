#pragma once
// A small word-overlap ranker over product titles (each shared word scores its inverse document frequency):
// the lexical system whose top results an annotation campaign would put in front of its judges. The demo
// shop writes the Irrelevant products it ranks first as explicit I judgements (hard negatives).
#include "core/data/dataset.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace near2::demo {

class TitleIndex
{
public:
    explicit TitleIndex(const std::vector<Record>& corpus);

    // Up to `count` products sharing a word with `query`, best first (ties: lower position first), skipping
    // those for which `skip[product]` is non-zero.
    std::vector<std::size_t> top(std::string_view query, std::size_t count,
                                 const std::vector<char>& skip) const;

private:
    std::unordered_map<std::string, std::vector<std::size_t>> m_postings; // word → products, ascending
    std::size_t m_products = 0;
};

// Lower-case runs of ASCII letters and digits (other bytes separate words).
std::vector<std::string> titleWords(std::string_view text);

} // namespace near2::demo
