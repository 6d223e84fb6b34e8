#include "core/slices/query_words.h"

#include "core/slices/icu_text.h"

#include <memory>
#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

namespace near2 {

namespace {

// Creating a word break iterator loads its rules and dictionaries: one per thread, reused.
icu::BreakIterator& wordIterator()
{
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> created(
            icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status) || !created)
            throw std::runtime_error(std::string("ICU word break iterator: ") + u_errorName(status));
        return created;
    }();
    return *iterator;
}

template <typename Visit> void forEachWord(const icu::UnicodeString& text, Visit&& visit)
{
    auto& words = wordIterator();
    words.setText(text);
    std::int32_t start = words.first();
    for (std::int32_t end = words.next(); end != icu::BreakIterator::DONE; start = end, end = words.next())
        if (words.getRuleStatus() != UBRK_WORD_NONE)
            visit(start, end);
}

} // namespace

std::vector<std::string> foldedWords(std::string_view text)
{
    const icu::UnicodeString unicodeText = icuText(text);
    std::vector<std::string> words;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* fold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    forEachWord(unicodeText, [&](std::int32_t start, std::int32_t end) {
        const icu::UnicodeString folded = fold->normalize(unicodeText.tempSubStringBetween(start, end), status);
        words.emplace_back();
        folded.toUTF8String(words.back());
    });
    if (U_FAILURE(status))
        throw std::runtime_error(std::string("ICU NFKC case folding: ") + u_errorName(status));
    return words;
}

std::size_t wordCount(std::string_view text)
{
    std::size_t count = 0;
    forEachWord(icuText(text), [&](std::int32_t, std::int32_t) { ++count; });
    return count;
}

bool hasAlphanumericToken(std::string_view text)
{
    const icu::UnicodeString unicodeText = icuText(text);
    bool digit = false, letter = false;
    for (std::int32_t i = 0; i < unicodeText.length(); i = unicodeText.moveIndex32(i, 1)) {
        const UChar32 c = unicodeText.char32At(i);
        if (u_isUWhiteSpace(c)) {
            digit = letter = false;
            continue;
        }
        digit = digit || u_isdigit(c);
        letter = letter || u_isalpha(c);
        if (digit && letter)
            return true;
    }
    return false;
}

} // namespace near2
