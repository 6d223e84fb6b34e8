#pragma once
// Where a query–product cosine comes from, segment by segment of the nested dims ([0,8), [8,16), [16,32), …):
// only nested embeddings allow this, since each prefix is a model of its own. Exact (double precision,
// core/explore/prefix_math.h).
//
// With segment j = [dims[j-1], dims[j]) (dims[-1] = 0), q the query and p the product:
//   segmentDot[j]          = q[j]·p[j]
//   prefixCosine[i]        = Σ_{j<=i} segmentDot[j] / (‖q[:dims[i]]‖ ‖p[:dims[i]]‖)   (0 for a zero prefix)
//   contribution(i, j)     = segmentDot[j] / (‖q[:dims[i]]‖ ‖p[:dims[i]]‖) for j <= i, else 0:
//                            segment j's part of the cosine at dim dims[i]; Σ_j contribution(i, j) =
//                            prefixCosine[i]
//   share[j]               = segmentDot[j] / q·p, segment j's share of the full dot product (Σ share = 1);
//                            all 0 when q·p = 0
#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace near2::explore {

struct SegmentScores
{
    std::vector<int> dims; // segment ends, ascending; the last is the vectors' full dim
    std::vector<double> prefixCosine;
    std::vector<double> segmentDot;
    std::vector<double> share;
    std::vector<double> contributions; // [i * dims.size() + j]

    double contribution(std::size_t dimIndex, std::size_t segment) const
    {
        return contributions[dimIndex * dims.size() + segment];
    }
};

// `dims`: the segment ends (sorted and deduplicated here, clipped to the vectors' dim; the full dim is always
// added). The vectors have one length (std::invalid_argument otherwise).
SegmentScores scoreBySegment(std::span<const float> query, std::span<const float> product,
                             std::vector<int> dims);

// A relevant product against the one that beat it (core/explore/displacement.h), for the same query:
// relevant minus other, per dim and per segment. Where contributionGap(i, j) is negative, segment j is where
// the other product wins at dim dims[i].
struct SegmentComparison
{
    SegmentScores relevant, other;
    std::vector<double> cosineGap;       // [i]: relevant.prefixCosine[i] - other.prefixCosine[i]
    std::vector<double> contributionGap; // [i * dims + j]; Σ_j = cosineGap[i]

    double gap(std::size_t dimIndex, std::size_t segment) const
    {
        return contributionGap[dimIndex * relevant.dims.size() + segment];
    }
    // The segment with the most negative contribution gap at dim index i (where the other product gains the
    // most), or none when no segment favours the other product.
    std::optional<std::size_t> decisiveSegment(std::size_t dimIndex) const;
};

SegmentComparison compareBySegment(std::span<const float> query, std::span<const float> relevant,
                                   std::span<const float> other, std::vector<int> dims);

} // namespace near2::explore
