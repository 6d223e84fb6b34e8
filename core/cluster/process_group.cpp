#include "core/cluster/process_group.h"

#include <algorithm>

namespace near2::cluster {

RowSlice sliceOf(std::size_t rows, int rank, int size, std::size_t unit)
{
    const auto ranks = static_cast<std::size_t>(size);
    const auto r = static_cast<std::size_t>(rank);
    const std::size_t units = (rows + unit - 1) / unit;
    const std::size_t base = units / ranks, extra = units % ranks;
    const std::size_t first = std::min(rows, (r * base + std::min(r, extra)) * unit);
    const std::size_t last = std::min(rows, first + (base + (r < extra ? 1 : 0)) * unit);
    return {first, last - first};
}

RowSlice mySlice(std::size_t rows, std::size_t unit)
{
    return sliceOf(rows, rank(), size(), unit);
}

bool isRoot()
{
    return rank() == 0;
}

} // namespace near2::cluster
