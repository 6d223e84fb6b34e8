#pragma once
// What the query-type classifier learns from a catalog, so that it works for any shop: the words of its
// titles (how often each occurs), its product-type words (the head noun that ends a title's first part,
// "… Internal SSD, 1TB" → "ssd", and the words of the `category` field), which words follow each other in
// titles ("cordless drill", "galaxy s23"), and a typo index that maps a misspelt word to the title word one
// edit away ("refrigirator" → "refrigerator"). Deterministic: the same catalog gives the same vocabulary.
#include "core/data/dataset.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace near2 {

class CatalogVocabulary
{
public:
    CatalogVocabulary() = default;
    // Learns from the titles and, where records have one, the "category" field.
    explicit CatalogVocabulary(const std::vector<Record>& corpus);

    // The catalog word that normalised word `word` stands for: itself, its singular or plural, or the most
    // frequent title word one edit away with the same first letter (words of five letters or more); empty
    // when none.
    std::string resolve(const std::string& word) const;
    // Whether `word` (resolved) is a product-type word: a title head noun or a word of a category name.
    bool isTypeWord(const std::string& word) const;
    // Whether `first second` occurs in at least `minimum` titles, in that order, within one title part.
    bool isTitleBigram(const std::string& first, const std::string& second, std::uint32_t minimum = 3) const;

    std::size_t titleWordCount() const { return m_titleWords.size(); }
    std::size_t typeWordCount() const { return m_typeWords.size(); }

private:
    void addTitle(const std::string& title);
    void addCategory(const std::string& category);
    void buildTypoIndex();
    bool isTitleWord(const std::string& word) const { return m_titleWords.contains(word); }

    std::unordered_map<std::string, std::uint32_t> m_titleWords; // word → titles containing it
    std::unordered_map<std::string, std::uint32_t> m_headWords;  // word → titles it is the head noun of
    std::unordered_set<std::string> m_typeWords;
    std::unordered_map<std::string, std::uint32_t> m_bigrams;              // "first second" → titles
    std::unordered_map<std::string, std::vector<std::string>> m_deletions; // a word less one letter → words
};

} // namespace near2
