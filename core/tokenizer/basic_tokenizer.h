#pragma once
// BERT's basic tokenizer, as Hugging Face's BertNormalizer + BertPreTokenizer: drops control characters,
// maps whitespace to spaces, isolates CJK ideographs, strips accents (NFD, drop Mn) and lower-cases when
// asked, then splits on whitespace and isolates punctuation. ASCII text takes a table-driven fast path; other
// text goes through ICU. Stateless: safe to call from several threads.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace near2 {

struct BasicTokenizerOptions
{
    bool lowercase = true;
    bool stripAccents = true; // Hugging Face's default: strip accents exactly when lower-casing
};

// One word of the output: bytes [begin, begin + bytes) of the buffer, `chars` code points long.
struct WordSpan
{
    std::uint32_t begin = 0;
    std::uint32_t bytes = 0;
    std::uint32_t chars = 0;
};

class BasicTokenizer
{
public:
    explicit BasicTokenizer(BasicTokenizerOptions options) : m_options(options) {}

    // Clears `buffer` and `words`, then fills them with the normalised words of `text` (UTF-8; invalid
    // sequences are dropped like control characters).
    void split(std::string_view text, std::string& buffer, std::vector<WordSpan>& words) const;
    // The normalised text alone (clean-up, CJK isolation, accents, case), before any split: where Hugging
    // Face looks for the added tokens marked "normalized". Clears `out` first.
    void normalize(std::string_view text, std::string& out) const;

    const BasicTokenizerOptions& options() const { return m_options; }

private:
    void splitAscii(std::string_view text, std::string& buffer, std::vector<WordSpan>& words) const;
    void splitUnicode(std::string_view text, std::string& buffer, std::vector<WordSpan>& words) const;
    void normalizeUnicode(std::string_view text, std::string& out) const;

    BasicTokenizerOptions m_options;
};

// Code-point classes shared by both paths (exposed for tests).
bool isBertWhitespace(char32_t c);
bool isBertControl(char32_t c);
bool isBertPunctuation(char32_t c);
bool isCjkIdeograph(char32_t c);

} // namespace near2
