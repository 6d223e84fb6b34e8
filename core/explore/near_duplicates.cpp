#include "core/explore/near_duplicates.h"

#include "core/explore/prefix_math.h"
#include "core/explore/variant_title.h"

#include <numeric>
#include <stdexcept>

namespace near2::explore {

namespace {

class DisjointSets
{
public:
    explicit DisjointSets(std::size_t n) : m_parent(n) { std::iota(m_parent.begin(), m_parent.end(), 0); }
    std::size_t root(std::size_t i)
    {
        while (m_parent[i] != i)
            i = m_parent[i] = m_parent[m_parent[i]];
        return i;
    }
    void join(std::size_t a, std::size_t b)
    {
        a = root(a);
        b = root(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b); // the better-ranked position stays the root
    }

private:
    std::vector<std::size_t> m_parent;
};

double fullCosine(const EmbeddingMatrix& corpus, std::int32_t a, std::int32_t b)
{
    const float* x = corpus.row(static_cast<std::size_t>(a)).data();
    const float* y = corpus.row(static_cast<std::size_t>(b)).data();
    const std::size_t dim = corpus.dim();
    return cosineOf(segmentDot(x, y, 0, dim), segmentDot(x, x, 0, dim), segmentDot(y, y, 0, dim));
}

} // namespace

std::vector<DuplicateGroup> groupNearDuplicates(std::span<const std::int32_t> rows,
                                                std::span<const std::string> titles,
                                                const EmbeddingMatrix* corpus,
                                                const DuplicateOptions& options)
{
    if (rows.size() != titles.size())
        throw std::invalid_argument("groupNearDuplicates: one title per row");
    const std::size_t n = rows.size();
    std::vector<std::string> keys(n);
    if (options.byTitle)
        for (std::size_t i = 0; i < n; ++i)
            keys[i] = variantKey(titles[i]);
    const bool byEmbedding = options.byEmbedding && corpus && !corpus->empty();
    DisjointSets sets(n);
    std::vector<char> joinedByTitle(n, 0), joinedByEmbedding(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            const bool title = options.byTitle && !keys[i].empty() && keys[i] == keys[j];
            const bool embedding =
                !title && byEmbedding && fullCosine(*corpus, rows[i], rows[j]) >= options.minCosine;
            if (!title && !embedding)
                continue;
            sets.join(i, j);
            (title ? joinedByTitle : joinedByEmbedding)[i] = 1;
            (title ? joinedByTitle : joinedByEmbedding)[j] = 1;
        }
    std::vector<DuplicateGroup> groups;
    std::vector<std::size_t> groupOfRoot(n, n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t root = sets.root(i);
        if (groupOfRoot[root] == n) {
            groupOfRoot[root] = groups.size();
            groups.emplace_back();
        }
        DuplicateGroup& group = groups[groupOfRoot[root]];
        group.members.push_back(i);
        group.sameTitle = group.sameTitle || joinedByTitle[i];
        group.sameEmbedding = group.sameEmbedding || joinedByEmbedding[i];
    }
    return groups;
}

} // namespace near2::explore
