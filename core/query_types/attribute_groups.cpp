#include "core/query_types/attribute_groups.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace near2 {

namespace {

constexpr std::size_t kMaxTypeModifiers = 2; // "kitchen sink faucet": two words before the type word

bool isOneOf(const std::string& word, std::initializer_list<std::string_view> words)
{
    return std::find(words.begin(), words.end(), word) != words.end();
}

bool isUnit(const std::string& word)
{
    return isOneOf(word, {"in",    "inch",  "inches", "ft",      "feet",   "foot",  "yd",    "mm",   "cm",
                          "m",     "meter", "gb",     "tb",      "mb",     "oz",    "fl",    "lb",   "lbs",
                          "pound", "gal",   "gallon", "qt",      "quart",  "pt",    "l",     "ml",   "liter",
                          "v",     "volt",  "w",      "watt",    "a",      "amp",   "mah",   "hz",   "pc",
                          "pcs",   "piece", "pack",   "pk",      "count",  "ct",    "cu",    "sq",   "btu",
                          "psi",   "gauge", "ga",     "awg",     "cup",    "hp",    "rpm",   "grit", "ton",
                          "mil",   "k",     "p",      "gallons", "pieces", "volts", "watts", "amps", "cups"});
}

struct Slot
{
    const QueryWord* word = nullptr;
    std::string resolved; // the catalog word it stands for, or its own form
    bool type = false;
    bool stop = false;
    bool unknown = false; // neither in the catalog's titles nor a number: a synonym the catalog lacks
};

std::vector<Slot> slotsOf(const std::vector<QueryWord>& words, const CatalogVocabulary& vocabulary)
{
    std::vector<Slot> slots;
    for (const auto& word : words) {
        Slot slot{&word, word.hasDigit ? word.norm : vocabulary.resolve(word.norm)};
        slot.unknown = slot.resolved.empty();
        if (slot.unknown)
            slot.resolved = word.norm;
        slot.stop = isStopWord(word.norm);
        slot.type = !word.hasDigit && !slot.stop && vocabulary.isTypeWord(slot.resolved);
        slots.push_back(std::move(slot));
    }
    // A word the titles lack is a synonym of the product type when nothing else names it ("vacuum flask"),
    // else an attribute in the shopper's words ("pink").
    if (std::none_of(slots.begin(), slots.end(), [](const Slot& slot) { return slot.type; }))
        for (std::size_t i = slots.size(); i-- > 0;)
            if (slots[i].unknown && !slots[i].stop) {
                slots[i].type = true;
                break;
            }
    // Words that precede a type word in titles belong to it: "cordless drill", "kitchen sink faucet".
    for (std::size_t i = slots.size(); i-- > 1;) {
        if (!slots[i].type)
            continue;
        for (std::size_t j = i, taken = 0; j-- > 0 && taken < kMaxTypeModifiers; ++taken) {
            auto& before = slots[j];
            if (before.stop || before.type || before.word->hasDigit ||
                !vocabulary.isTitleBigram(before.resolved, slots[j + 1].resolved))
                break;
            before.type = true;
        }
    }
    return slots;
}

// The end of the measure starting at `i` (a number): its units, "x"/"by" and further numbers.
std::size_t measureEnd(const std::vector<Slot>& slots, std::size_t i)
{
    ++i;
    while (i < slots.size()) {
        const auto& word = *slots[i].word;
        if (word.numeric || isUnit(word.norm))
            ++i;
        else if ((word.norm == "x" || word.norm == "by") && i + 1 < slots.size() &&
                 slots[i + 1].word->numeric)
            i += 2;
        else
            break;
    }
    return i;
}

bool startsMeasure(const std::vector<Slot>& slots, std::size_t i)
{
    return i < slots.size() && slots[i].word->numeric && !slots[i].type;
}

} // namespace

bool isStopWord(const std::string& word)
{
    return isOneOf(word,
                   {"a", "an", "and", "the", "for", "with", "of", "to", "in", "on", "or", "by", "x", "w"});
}

std::size_t attributeGroups(const std::vector<QueryWord>& words, const CatalogVocabulary& vocabulary)
{
    const auto slots = slotsOf(words, vocabulary);
    std::size_t groups = 0;
    for (std::size_t i = 0; i < slots.size();) {
        if (slots[i].type || slots[i].stop) {
            ++i;
            continue;
        }
        ++groups;
        if (startsMeasure(slots, i)) {
            i = measureEnd(slots, i);
            continue;
        }
        const std::size_t next = i + 1;
        const bool numberAfter = startsMeasure(slots, next) && measureEnd(slots, next) == next + 1;
        const bool pairInTitles =
            next < slots.size() && !slots[next].type && !slots[next].stop && !slots[next].word->numeric &&
            (vocabulary.isTitleBigram(slots[i].resolved, slots[next].resolved) ||
             !vocabulary.resolve(slots[i].word->norm + slots[next].word->norm).empty()); // "leak proof"
        i = numberAfter || pairInTitles ? next + 1 : next;
    }
    return groups;
}

} // namespace near2
