#include "core/cluster/distributed_sweep.h"

#include "core/cluster/process_group.h"
#include "core/search/prefix_norms.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace near2::cluster {

namespace {

template <typename T> void append(std::vector<std::byte>& out, const T* values, std::size_t count)
{
    const auto* bytes = reinterpret_cast<const std::byte*>(values);
    out.insert(out.end(), bytes, bytes + count * sizeof(T));
}

template <typename T> void take(std::span<const std::byte>& in, T* values, std::size_t count)
{
    const std::size_t bytes = count * sizeof(T);
    if (in.size() < bytes)
        throw std::runtime_error("a rank's top-k lists arrived truncated");
    std::memcpy(values, in.data(), bytes);
    in = in.subspan(bytes);
}

} // namespace

std::vector<std::byte> serialise(const SweepResult& result)
{
    std::vector<std::byte> out;
    const std::uint64_t header[3] = {result.dims.size(), result.perDim.empty() ? 0 : result.perDim[0].queries,
                                     result.perDim.empty() ? 0 : result.perDim[0].k};
    append(out, header, 3);
    append(out, result.dims.data(), result.dims.size());
    for (const auto& lists : result.perDim) {
        append(out, lists.docs.data(), lists.docs.size());
        append(out, lists.scores.data(), lists.scores.size());
    }
    return out;
}

SweepResult deserialise(std::span<const std::byte> bytes)
{
    std::uint64_t header[3];
    take(bytes, header, 3);
    std::vector<int> dims(header[0]);
    take(bytes, dims.data(), dims.size());
    SweepResult result = paddedSweepResult(dims, header[1], header[2]);
    for (auto& lists : result.perDim) {
        take(bytes, lists.docs.data(), lists.docs.size());
        take(bytes, lists.scores.data(), lists.scores.size());
    }
    return result;
}

SweepResult mergeSliceResults(const std::vector<SweepResult>& slices, std::span<const std::uint32_t> tieRanks,
                              std::size_t k)
{
    if (slices.empty())
        throw std::invalid_argument("mergeSliceResults: no slices");
    const auto& dims = slices.front().dims;
    const std::size_t queries = slices.front().perDim.empty() ? 0 : slices.front().perDim.front().queries;
    SweepResult merged = paddedSweepResult(dims, queries, k);
    struct Entry
    {
        float score;
        std::int32_t doc;
    };
    std::vector<Entry> entries;
    for (std::size_t d = 0; d < dims.size(); ++d)
        for (std::size_t q = 0; q < queries; ++q) {
            entries.clear();
            for (const auto& slice : slices) {
                const auto docs = slice.perDim[d].docsOf(q);
                const auto scores = slice.perDim[d].scoresOf(q);
                for (std::size_t i = 0; i < docs.size(); ++i)
                    if (docs[i] >= 0)
                        entries.push_back({scores[i], docs[i]});
            }
            const std::size_t keep = std::min(k, entries.size());
            std::partial_sort(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(keep),
                              entries.end(), [&](const Entry& a, const Entry& b) {
                                  if (a.score != b.score)
                                      return a.score > b.score;
                                  return tieRanks[static_cast<std::size_t>(a.doc)] >
                                         tieRanks[static_cast<std::size_t>(b.doc)];
                              });
            auto& out = merged.perDim[d];
            for (std::size_t i = 0; i < keep; ++i) {
                out.docs[q * k + i] = entries[i].doc;
                out.scores[q * k + i] = entries[i].score;
            }
        }
    return merged;
}

SweepResult sweepAcrossRanks(const EmbeddingMatrix& queries, const EmbeddingMatrix& corpus,
                             std::span<const std::uint32_t> tieRanks, const SweepOptions& options,
                             const JobControl& job)
{
    if (size() == 1)
        return sweepTopK(queries, corpus, tieRanks, options, job);
    const RowSlice slice = mySlice(corpus.rows(), sweepTileRows(options));
    const std::size_t k = std::min(options.k, corpus.rows());
    SweepResult local;
    try {
        local = slice.count == 0 ? paddedSweepResult(options.dims, queries.rows(), k)
                                 : sweepTopK(queries, corpus.rowRange(slice.first, slice.count),
                                             tieRanks.subspan(slice.first, slice.count), options, job);
    } catch (const NonFiniteRow& error) {
        throw NonFiniteRow(slice.first + error.row());
    }
    for (auto& lists : local.perDim)
        for (auto& doc : lists.docs)
            if (doc >= 0)
                doc += static_cast<std::int32_t>(slice.first);
    auto gathered = gatherAtRoot(serialise(local));
    if (!isRoot())
        return paddedSweepResult(options.dims, queries.rows(), k);
    std::vector<SweepResult> slices;
    slices.reserve(gathered.size());
    for (auto& bytes : gathered) {
        slices.push_back(deserialise(bytes));
        bytes = {};
    }
    return mergeSliceResults(slices, tieRanks, k);
}

} // namespace near2::cluster
