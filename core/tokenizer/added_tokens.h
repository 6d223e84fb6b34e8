#pragma once
// Added tokens ([CLS], [SEP], [MASK], … and a tokenizer.json's added_tokens): Hugging Face's tokenizers find
// them in the raw text before anything else, leftmost and longest first, and give each its own id; the text
// between them is normalised, then searched for the tokens marked "normalized" (their own content normalised
// the same way), and what remains is split into words as usual. A `single_word` token matches only where no
// letter, digit or underscore touches it.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace near2 {

struct AddedToken
{
    std::string content;
    std::int32_t id = 0;
    bool singleWord = false;
    bool normalized = false; // looked for in the normalised text rather than the raw one
};

class AddedTokenMatcher
{
public:
    AddedTokenMatcher() = default;
    explicit AddedTokenMatcher(std::vector<AddedToken> tokens);

    struct Match
    {
        std::size_t position = 0, length = 0;
        std::int32_t id = 0;
    };
    // The first added token in `text` at or after byte `from`.
    std::optional<Match> next(std::string_view text, std::size_t from) const;
    bool empty() const { return m_tokens.empty(); }

private:
    std::vector<AddedToken> m_tokens; // longest first
    std::array<bool, 256> m_firstByte{};
};

} // namespace near2
