#pragma once
// The processes of one run: this process alone, or the ranks of an MPI job (`mpirun -np N near2 …`, or srun
// under Slurm) when the build has MPI. MPI's headers stay in process_group_mpi.cpp; a build without MPI links
// process_group_single.cpp, where every run is one rank of one.
#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace near2::cluster {

// Starts MPI when the process was launched by an MPI launcher (and the build has MPI); nothing otherwise.
// `stop` ends it after a successful run; a failed rank exits without it, so that the launcher ends the job.
void start(int& argc, char**& argv);
void stop();

int rank(); // 0 in a single process
int size(); // 1 in a single process
bool isRoot();
// Ranks of this job on this machine (cores are shared between them).
int ranksOnThisNode();
// "Open MPI v4.1.4" (the library the build uses), empty in a build without MPI.
std::string mpiLibrary();

// The contiguous rows of `rows` that `rank` of `size` owns, in rank order: whole units of `unit` rows (the
// last unit may be short), the ranks' unit counts differing by at most one. A sweep slices by its tile rows,
// so that each product sits in the same tile at the same place as in a single process (equal bits).
struct RowSlice
{
    std::size_t first = 0, count = 0;
};
RowSlice sliceOf(std::size_t rows, int rank, int size, std::size_t unit = 1);
RowSlice mySlice(std::size_t rows, std::size_t unit = 1);

// Collective: every rank's bytes at rank 0, in rank order; an empty list on the other ranks.
std::vector<std::vector<std::byte>> gatherAtRoot(std::span<const std::byte> mine);
// Collective: waits until every rank has arrived.
void barrier();

} // namespace near2::cluster
