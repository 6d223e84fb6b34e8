// A build with MPI: the ranks of `mpirun -np N near2 …` (or srun), or a single process when no launcher
// started this one (MPI is then not initialised at all, so a plain `near2` run costs nothing).
#include "core/cluster/process_group.h"

#include <algorithm>
#include <cstdlib>
#include <mpi.h>
#include <stdexcept>
#include <string>

namespace near2::cluster {

namespace {

bool g_started = false;
int g_rank = 0, g_size = 1;

bool launchedByMpi()
{
    for (const char* variable : {"OMPI_COMM_WORLD_SIZE", "PMIX_RANK", "PMI_RANK", "PMI_SIZE"})
        if (std::getenv(variable) != nullptr)
            return true;
    return false;
}

void check(int code, const char* what)
{
    if (code != MPI_SUCCESS)
        throw std::runtime_error(std::string("MPI: ") + what + " failed");
}

} // namespace

void start(int& argc, char**& argv)
{
    if (g_started || !launchedByMpi())
        return;
    // Only the main thread calls MPI; LibTorch's and FAISS's worker threads never do.
    int provided = 0;
    check(MPI_Init_thread(&argc, &argv, MPI_THREAD_FUNNELED, &provided), "MPI_Init_thread");
    g_started = true;
    MPI_Comm_rank(MPI_COMM_WORLD, &g_rank);
    MPI_Comm_size(MPI_COMM_WORLD, &g_size);
}

void stop()
{
    if (g_started)
        MPI_Finalize();
    g_started = false;
}

int rank()
{
    return g_rank;
}

int size()
{
    return g_size;
}

int ranksOnThisNode()
{
    if (const char* local = std::getenv("OMPI_COMM_WORLD_LOCAL_SIZE"); local != nullptr && g_started)
        return std::max(1, std::atoi(local));
    return 1;
}

std::string mpiLibrary()
{
    char version[MPI_MAX_LIBRARY_VERSION_STRING];
    int length = 0;
    MPI_Get_library_version(version, &length);
    std::string text(version, static_cast<std::size_t>(length));
    text = text.substr(0, text.find_first_of(",\n")); // "Open MPI v4.1.4, package: …" → "Open MPI v4.1.4"
    return text;
}

std::vector<std::vector<std::byte>> gatherAtRoot(std::span<const std::byte> mine)
{
    if (!g_started)
        return {std::vector<std::byte>(mine.begin(), mine.end())};
    // Sizes first (64-bit: a rank's lists may pass 2 GiB), then the bytes in chunks MPI's int counts can
    // carry.
    const auto myBytes = static_cast<unsigned long long>(mine.size());
    std::vector<unsigned long long> sizes(g_rank == 0 ? static_cast<std::size_t>(g_size) : 0);
    check(MPI_Gather(&myBytes, 1, MPI_UNSIGNED_LONG_LONG, sizes.data(), 1, MPI_UNSIGNED_LONG_LONG, 0,
                     MPI_COMM_WORLD),
          "MPI_Gather");
    constexpr std::size_t chunk = std::size_t{1} << 30;
    if (g_rank != 0) {
        for (std::size_t at = 0; at < mine.size(); at += chunk) {
            const int count = static_cast<int>(std::min(chunk, mine.size() - at));
            check(MPI_Send(mine.data() + at, count, MPI_BYTE, 0, 0, MPI_COMM_WORLD), "MPI_Send");
        }
        return {};
    }
    std::vector<std::vector<std::byte>> all(static_cast<std::size_t>(g_size));
    all[0].assign(mine.begin(), mine.end());
    for (int source = 1; source < g_size; ++source) {
        auto& bytes = all[static_cast<std::size_t>(source)];
        bytes.resize(sizes[static_cast<std::size_t>(source)]);
        for (std::size_t at = 0; at < bytes.size(); at += chunk) {
            const int count = static_cast<int>(std::min(chunk, bytes.size() - at));
            check(MPI_Recv(bytes.data() + at, count, MPI_BYTE, source, 0, MPI_COMM_WORLD, MPI_STATUS_IGNORE),
                  "MPI_Recv");
        }
    }
    return all;
}

void barrier()
{
    if (g_started)
        check(MPI_Barrier(MPI_COMM_WORLD), "MPI_Barrier");
}

} // namespace near2::cluster
