#pragma once
// The sweep's first nested dims without BLAS. Small-K matrix products (8, 8, 16, 32 columns) run far below
// BLAS peak and each writes a queries × tile output that the threshold scan then re-reads. This
// register-blocked kernel takes kHeadQueries queries and a tile of the HeadPanel, accumulates the prefix dot
// products dim by dim in registers and, at each nested dim ("stop"), compares the cosines with the queries'
// top-k thresholds on the spot. It writes only the passing scores (few, once the thresholds settle) and the
// dot products at the last stop, onto which the matrix products of the remaining dims accumulate. AVX-512 and
// AVX2 versions, picked at run time.
#include "core/search/head_panel.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace near2 {

inline constexpr int kHeadMaxDim = 64;
inline constexpr std::size_t kHeadMaxStops = 8;
inline constexpr std::size_t kHeadQueries = 8;

// The scores >= threshold of one query at one stop, appended with their positions in the tile.
struct HeadHits
{
    float* scores = nullptr; // room for the tile's docs
    std::uint32_t* positions = nullptr;
    std::size_t count = 0;
};

struct HeadQuery
{
    const float* values =
        nullptr; // the query's embedding (its first panel.dim() values); nullptr: unused slot
    std::array<float, kHeadMaxStops> inverse{};   // 1 / ||query prefix|| at each stop
    std::array<float, kHeadMaxStops> threshold{}; // scores below it cannot enter the top k
    std::array<HeadHits, kHeadMaxStops> hits{};   // out
    float* dots = nullptr; // out: dot products at the last stop, one per doc of the tile; nullptr: not wanted
};

// Docs [first, first + docs) of the panel; `first` is a multiple of HeadPanel::kStepDocs.
struct HeadTile
{
    const HeadPanel& panel;
    std::size_t first;
    std::size_t docs;
};

struct HeadStops
{
    std::span<const int> dims;                // ascending, the last one == the panel's dim
    std::span<const float* const> docInverse; // per stop: 1 / ||doc prefix|| for the tile's docs
};

// score = dot * docInverse * query inverse, as the sweep's threshold scan computes it. Positions and dots are
// relative to the tile's first doc.
using HeadKernel = void (*)(std::array<HeadQuery, kHeadQueries>& queries, const HeadTile& tile,
                            const HeadStops& stops);

enum class HeadIsa { Avx512, Avx2 };

// The kernel for `isa`, or nullptr when this CPU (or compiler) lacks it.
HeadKernel headKernelFor(HeadIsa isa);
// The best kernel for this CPU, or nullptr: the sweep then runs these dims through BLAS as well.
HeadKernel headKernel();

} // namespace near2
