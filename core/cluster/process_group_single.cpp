// A build without MPI: every run is a single process, rank 0 of 1.
#include "core/cluster/process_group.h"

namespace near2::cluster {

void start(int&, char**&) {}
void stop() {}
int rank()
{
    return 0;
}
int size()
{
    return 1;
}
int ranksOnThisNode()
{
    return 1;
}
std::string mpiLibrary()
{
    return {};
}
std::vector<std::vector<std::byte>> gatherAtRoot(std::span<const std::byte> mine)
{
    return {std::vector<std::byte>(mine.begin(), mine.end())};
}
void barrier() {}

} // namespace near2::cluster
