#include "core/train/piece_grams.h"

#include <algorithm>
#include <map>

namespace near2 {

namespace {

bool isSpecial(const std::string& piece)
{
    return piece.size() > 2 && piece.front() == '[' && piece.back() == ']';
}

// Bytes of a UTF-8 string grouped into characters.
std::vector<std::string> characters(const std::string& text)
{
    std::vector<std::string> result;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 1;
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead >= 0xF0)
            length = 4;
        else if (lead >= 0xE0)
            length = 3;
        else if (lead >= 0xC0)
            length = 2;
        result.push_back(text.substr(i, length));
        i += length;
    }
    return result;
}

std::vector<std::string> gramsOf(const std::string& piece, std::size_t maxPerPiece)
{
    if (isSpecial(piece))
        return {};
    const bool continuation = piece.rfind("##", 0) == 0;
    auto chars = characters(continuation ? piece.substr(2) : piece);
    if (chars.size() < 2)
        return {};
    if (!continuation)
        chars.insert(chars.begin(), "<");
    std::vector<std::string> grams;
    for (const std::size_t n : {3u, 4u})
        for (std::size_t i = 0; i + n <= chars.size() && grams.size() < maxPerPiece; ++i) {
            std::string gram;
            for (std::size_t j = i; j < i + n; ++j)
                gram += chars[j];
            grams.push_back(std::move(gram));
        }
    if (grams.empty()) // two characters: the piece itself is its only gram
        grams.push_back(continuation ? piece.substr(2) : piece);
    return grams;
}

} // namespace

PieceGrams pieceGrams(const std::vector<std::string>& vocabulary, std::size_t maxPerPiece)
{
    std::vector<std::vector<std::string>> perPiece;
    std::map<std::string, std::int64_t> index; // ordered: the same vocabulary gives the same indexes
    for (const auto& piece : vocabulary) {
        perPiece.push_back(gramsOf(piece, maxPerPiece));
        for (const auto& gram : perPiece.back())
            index.emplace(gram, 0);
    }
    std::int64_t next = 1;
    for (auto& [gram, position] : index)
        position = next++;

    PieceGrams result;
    result.gramCount = static_cast<std::size_t>(next);
    for (const auto& grams : perPiece)
        result.width = std::max(result.width, grams.size());
    result.width = std::max<std::size_t>(result.width, 1);
    result.grams.assign(vocabulary.size() * result.width, 0);
    result.weights.assign(vocabulary.size() * result.width, 0.0f);
    for (std::size_t p = 0; p < perPiece.size(); ++p)
        for (std::size_t i = 0; i < perPiece[p].size(); ++i) {
            result.grams[p * result.width + i] = index.at(perPiece[p][i]);
            result.weights[p * result.width + i] = 1.0f / static_cast<float>(perPiece[p].size());
        }
    return result;
}

} // namespace near2
