#include "core/demo/title_index.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

namespace near2::demo {

std::vector<std::string> titleWords(std::string_view text)
{
    std::vector<std::string> words;
    std::string word;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80 && std::isalnum(byte)) {
            word += static_cast<char>(std::tolower(byte));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty())
        words.push_back(std::move(word));
    return words;
}

TitleIndex::TitleIndex(const std::vector<Record>& corpus) : m_products(corpus.size())
{
    for (std::size_t i = 0; i < corpus.size(); ++i) {
        const auto words = titleWords(corpus[i].title);
        for (const auto& word : std::set<std::string>(words.begin(), words.end()))
            m_postings[word].push_back(i);
    }
}

std::vector<std::size_t> TitleIndex::top(std::string_view query, std::size_t count,
                                         const std::vector<char>& skip) const
{
    const auto words = titleWords(query);
    std::vector<double> score(m_products, 0.0);
    std::vector<std::size_t> touched;
    for (const auto& word : std::set<std::string>(words.begin(), words.end())) {
        const auto postings = m_postings.find(word);
        if (postings == m_postings.end())
            continue;
        const double idf =
            std::log(static_cast<double>(m_products) / static_cast<double>(postings->second.size()));
        for (const std::size_t product : postings->second) {
            if (skip[product])
                continue;
            if (score[product] == 0.0)
                touched.push_back(product);
            score[product] += idf + 1e-9; // a word in every title still counts
        }
    }
    const std::size_t kept = std::min(count, touched.size());
    std::partial_sort(
        touched.begin(), touched.begin() + static_cast<std::ptrdiff_t>(kept), touched.end(),
        [&](std::size_t a, std::size_t b) { return score[a] != score[b] ? score[a] > score[b] : a < b; });
    touched.resize(kept);
    return touched;
}

} // namespace near2::demo
