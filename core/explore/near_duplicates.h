#pragma once
// Near-duplicates in a ranking, collapsed into one row with a count: two products are near-duplicates when
// their titles differ only in colour and size tokens (core/explore/variant_title.h) or their full-dim
// embeddings have a cosine of at least `minCosine`. Groups are the transitive closure of these pairs, so a
// chain of near-duplicates is one group.
#include "core/embed/embedding_matrix.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace near2::explore {

struct DuplicateOptions
{
    bool byTitle = true;
    bool byEmbedding = true;
    double minCosine = 0.995; // full dim
};

struct DuplicateGroup
{
    std::vector<std::size_t> members; // positions in the ranking, ascending: members[0] is the row to show
    bool sameTitle = false;           // some pair of the group was joined by its titles
    bool sameEmbedding = false;       // some pair by its embeddings

    std::size_t count() const { return members.size(); }
};

// `rows`: a ranking, best first; `titles`: their titles (same length). `corpus` (one row per catalog row)
// may be null: then titles alone decide. Groups are ordered by their best member; singletons included.
std::vector<DuplicateGroup> groupNearDuplicates(std::span<const std::int32_t> rows,
                                                std::span<const std::string> titles,
                                                const EmbeddingMatrix* corpus,
                                                const DuplicateOptions& options = {});

} // namespace near2::explore
