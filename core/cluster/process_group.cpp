#include "core/cluster/process_group.h"

namespace near2::cluster {

RowSlice sliceOf(std::size_t rows, int rank, int size)
{
    const auto ranks = static_cast<std::size_t>(size);
    const auto r = static_cast<std::size_t>(rank);
    const std::size_t base = rows / ranks, extra = rows % ranks;
    return {r * base + (r < extra ? r : extra), base + (r < extra ? 1 : 0)};
}

RowSlice mySlice(std::size_t rows)
{
    return sliceOf(rows, rank(), size());
}

bool isRoot()
{
    return rank() == 0;
}

} // namespace near2::cluster
