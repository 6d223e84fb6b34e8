#pragma once
// STAND-IN EMBEDDER, NOT A MODEL. A deterministic feature-hashing text encoder that lets the workbench
// evaluate the synthetic demo shop before a trained model exists (a model trained by `near2 train`
// replaces it). Nothing is learned: each lower-cased word (but a few function words) and each character
// trigram of a word hashes to
// a fixed pseudo-random Gaussian-like vector; a text's embedding is the weighted sum, L2-normalised.
// Component i of every feature vector is scaled by 1/sqrt(1 + i/8), so the leading dimensions carry more
// of the signal and truncated prefixes degrade gracefully: a rough imitation of Matryoshka ordering,
// not the real thing. Retrieval quality is well above random on the demo shop (shared words and
// spellings), far below a trained encoder, and meaningless on real data.
#include "core/embed/embedding_matrix.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace near2::demo {

class HashingEmbedder
{
public:
    explicit HashingEmbedder(std::size_t dim, std::uint64_t seed = 0x4E454152325F4853ull);

    std::size_t dim() const { return m_dim; }

    // A unit-length vector of dim() components (all zeros for a text without letters or digits).
    std::vector<float> embed(std::string_view text);
    // One row per text, in order.
    EmbeddingMatrix embedAll(const std::vector<std::string>& texts);

private:
    const std::vector<float>& featureVector(std::uint64_t feature);

    std::size_t m_dim;
    std::uint64_t m_seed;
    std::vector<float> m_decay;
    std::unordered_map<std::uint64_t, std::vector<float>> m_cache; // feature hash → scaled vector
};

// Words (except a few function words) weigh 1 and their trigrams 0.35 each, times the square root of the
// count; the features of `text`, sorted by hash.
std::vector<std::pair<std::uint64_t, float>> hashedFeatures(std::string_view text, std::uint64_t seed);

} // namespace near2::demo
