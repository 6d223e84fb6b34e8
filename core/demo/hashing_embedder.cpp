// STAND-IN EMBEDDER, NOT A MODEL: see hashing_embedder.h.
#include "core/demo/hashing_embedder.h"

#include "core/demo/demo_random.h"
#include "core/util/error.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

namespace near2::demo {

namespace {

constexpr float kWordWeight = 1.0f;
constexpr float kTrigramWeight = 0.35f;

// Function words every product shares carry no signal; a fixed list stands in for learned weights.
bool isStopWord(const std::string& word)
{
    static const std::set<std::string> kStopWords = {
        "a",   "an", "and",  "at",    "for",           "i", "in", "it", "my", "of", "on", "or",
        "the", "to", "with", "model", "specifications"};
    return kStopWords.contains(word);
}

std::vector<std::string> words(std::string_view text)
{
    std::vector<std::string> result;
    std::string current;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80) { // keep UTF-8 bytes inside words
            current += static_cast<char>(std::tolower(u));
        } else if (!current.empty()) {
            result.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty())
        result.push_back(std::move(current));
    return result;
}

} // namespace

std::vector<std::pair<std::uint64_t, float>> hashedFeatures(std::string_view text, std::uint64_t seed)
{
    std::vector<std::pair<std::uint64_t, float>> features;
    for (const auto& word : words(text)) {
        if (isStopWord(word))
            continue;
        features.emplace_back(stableHash("w:" + word, seed), kWordWeight);
        const std::string padded = "<" + word + ">";
        for (std::size_t i = 0; i + 3 <= padded.size(); ++i)
            features.emplace_back(stableHash("t:" + padded.substr(i, 3), seed), kTrigramWeight);
    }
    std::sort(features.begin(), features.end());
    // Merge repeats: weight × sqrt(count), so a word said five times does not drown the rest.
    std::vector<std::pair<std::uint64_t, float>> merged;
    for (std::size_t i = 0; i < features.size();) {
        std::size_t j = i;
        while (j < features.size() && features[j].first == features[i].first)
            ++j;
        merged.emplace_back(features[i].first, features[i].second * std::sqrt(static_cast<float>(j - i)));
        i = j;
    }
    return merged;
}

HashingEmbedder::HashingEmbedder(std::size_t dim, std::uint64_t seed) : m_dim(dim), m_seed(seed)
{
    if (dim == 0)
        throw InputError("the embedding dimension must be positive");
    for (std::size_t i = 0; i < dim; ++i)
        m_decay.push_back(1.0f / std::sqrt(1.0f + static_cast<float>(i) / 8.0f));
}

const std::vector<float>& HashingEmbedder::featureVector(std::uint64_t feature)
{
    auto [it, inserted] = m_cache.try_emplace(feature);
    if (inserted) {
        // Irwin–Hall (sum of four uniforms), centred and scaled to unit variance: close to Gaussian and
        // plain arithmetic, so the same on every platform.
        DemoRandom random(feature);
        it->second.resize(m_dim);
        for (std::size_t i = 0; i < m_dim; ++i) {
            const double sum = random.unit() + random.unit() + random.unit() + random.unit();
            it->second[i] = static_cast<float>((sum - 2.0) * 1.7320508075688772) * m_decay[i];
        }
    }
    return it->second;
}

std::vector<float> HashingEmbedder::embed(std::string_view text)
{
    std::vector<float> sum(m_dim, 0.0f);
    for (const auto& [feature, weight] : hashedFeatures(text, m_seed)) {
        const auto& vector = featureVector(feature);
        for (std::size_t i = 0; i < m_dim; ++i)
            sum[i] += weight * vector[i];
    }
    double norm = 0;
    for (const float x : sum)
        norm += static_cast<double>(x) * x;
    if (norm > 0) {
        const auto scale = static_cast<float>(1.0 / std::sqrt(norm));
        for (float& x : sum)
            x *= scale;
    }
    return sum;
}

EmbeddingMatrix HashingEmbedder::embedAll(const std::vector<std::string>& texts)
{
    std::vector<float> values;
    values.reserve(texts.size() * m_dim);
    for (const auto& text : texts) {
        const auto row = embed(text);
        values.insert(values.end(), row.begin(), row.end());
    }
    return EmbeddingMatrix(std::move(values), texts.size(), m_dim);
}

} // namespace near2::demo
