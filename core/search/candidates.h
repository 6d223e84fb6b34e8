#pragma once
// Top-k selection shared by the sweep's scanners. Order: higher score first; equal scores put the higher tie
// rank first (tie rank = position of the document id in string order, so ties fall to the larger id, as in
// trec_eval).
#include <algorithm>
#include <cstdint>
#include <limits>
#include <span>

namespace near2 {

struct Candidate
{
    float score;
    std::uint32_t tieRank;
    std::int32_t doc;
};

// A function object rather than a function, so that the standard algorithms inline the comparison.
struct BetterCandidate
{
    bool operator()(const Candidate& a, const Candidate& b) const
    {
        return a.score > b.score || (a.score == b.score && a.tieRank > b.tieRank);
    }
};
inline constexpr BetterCandidate betterThan{};

// Collects candidates into caller-provided storage of capacity(k) slots. When full, a selection keeps the best k and
// raises the admission threshold to the k-th score: amortised O(1) per admitted candidate, unlike a heap.
class CandidateBuffer
{
public:
    struct State
    {
        std::uint32_t size = 0;
        float threshold = -std::numeric_limits<float>::infinity();
    };

    // Room for 2k: a selection over 2k items keeps k, so it runs once per k admissions.
    static constexpr std::size_t capacity(std::size_t k) { return 2 * k; }

    CandidateBuffer(Candidate* storage, State* state, std::size_t k) : m_items(storage), m_state(state), m_k(k) {}

    // Candidates scoring below this can never reach the top k.
    float threshold() const { return m_state->threshold; }

    void add(const Candidate& candidate)
    {
        m_items[m_state->size++] = candidate;
        if (m_state->size == capacity(m_k))
            shrinkToK();
    }

    // The caller guarantees that at least k items already in the buffer score >= `score`.
    void raiseThreshold(float score) { m_state->threshold = std::max(m_state->threshold, score); }

    std::span<Candidate> items() const { return {m_items, m_state->size}; }

private:
    void shrinkToK()
    {
        std::nth_element(m_items, m_items + (m_k - 1), m_items + m_state->size, betterThan);
        m_state->size = static_cast<std::uint32_t>(m_k);
        m_state->threshold = m_items[m_k - 1].score;
    }

    Candidate* m_items;
    State* m_state;
    std::size_t m_k;
};

// Sorts `candidates` best first and keeps at most k, writing docs/scores (padding stays untouched).
inline void writeBest(std::span<Candidate> candidates, std::size_t k, std::int32_t* docs, float* scores)
{
    const std::size_t n = std::min(k, candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(n), candidates.end(),
                      betterThan);
    for (std::size_t r = 0; r < n; ++r) {
        docs[r] = candidates[r].doc;
        scores[r] = candidates[r].score;
    }
}

} // namespace near2
