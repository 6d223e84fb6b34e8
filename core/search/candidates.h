#pragma once
// Top-k selection shared by the sweep's scanners. Order: higher score first; equal scores put the higher tie
// rank first (tie rank = position of the document id in string order, so ties fall to the larger id, as in
// trec_eval).
#include "core/search/kth_largest.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

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

// Collects candidates into caller-provided storage of capacity(k) slots. When full, a selection keeps the
// best k and raises the admission threshold to the k-th score: amortised O(1) per admitted candidate, unlike
// a heap.
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

    CandidateBuffer(Candidate* storage, State* state, std::size_t k)
        : m_items(storage), m_state(state), m_k(k)
    {
    }

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

    // A sweep's buffers outgrow the caches and each tile adds a few candidates to most of them: fetching the
    // slot that the next add writes ahead of time hides that cache miss.
    void prefetchNextSlot() const { __builtin_prefetch(m_items + m_state->size, 1); }

private:
    // Keeps the best k: those scoring above the k-th score, then the best-ranked ties at it (usually the k-th
    // itself alone, so that one forward compaction does it all).
    void shrinkToK()
    {
        thread_local std::vector<float> scores;
        scores.resize(m_state->size);
        for (std::size_t i = 0; i < m_state->size; ++i)
            scores[i] = m_items[i].score;
        const float kth = kthLargest(scores.data(), scores.size(), m_k);
        std::size_t kept = 0;
        for (std::size_t i = 0; i < m_state->size; ++i) {
            const Candidate candidate = m_items[i];
            m_items[kept] = candidate;
            kept += candidate.score >= kth ? 1 : 0;
        }
        if (kept > m_k) {
            Candidate* end = m_items + kept;
            Candidate* ties =
                partitionWithoutBranches(m_items, end, [kth](const Candidate& c) { return c.score > kth; });
            std::nth_element(ties, m_items + m_k - 1, end, betterThan);
        }
        m_state->size = static_cast<std::uint32_t>(m_k);
        m_state->threshold = kth;
    }

    Candidate* m_items;
    State* m_state;
    std::size_t m_k;
};

// Sorts `candidates` best first and keeps at most k, writing docs/scores (padding stays untouched).
inline void writeBest(std::span<Candidate> candidates, std::size_t k, std::int32_t* docs, float* scores)
{
    const std::size_t n = std::min(k, candidates.size());
    const auto last = candidates.begin() + static_cast<std::ptrdiff_t>(n);
    // A selection then a sort of k: fewer comparisons than a heap-based partial sort.
    if (last != candidates.end())
        std::nth_element(candidates.begin(), last, candidates.end(), betterThan);
    std::sort(candidates.begin(), last, betterThan);
    for (std::size_t r = 0; r < n; ++r) {
        docs[r] = candidates[r].doc;
        scores[r] = candidates[r].score;
    }
}

} // namespace near2
