// near2: the command-line front-end. Exit codes: 0 success, 1 internal error, 2 bad input or usage, 130
// cancelled.
#include "cli/command.h"
#include "cli/error_messages.h"
#include "cli/model_trust_flag.h"
#include "core/cluster/process_group.h"
#include "core/compute/runtime.h"
#include "core/encoder/int8_linear.h"
#include "core/encoder/model_trust.h"
#include "core/util/allocator_tuning.h"
#include "core/util/error.h"
#include "core/util/memory_budget.h"

#include <algorithm>
#include <iostream>
#include <thread>

namespace near2::cli {
GlobalOptions& globalOptionsForMain();
}

namespace {

// "near2 0.1.0" and whether this build runs `mpirun -np N near2 eval|encode` as one job.
std::string versionText()
{
    const std::string mpi = near2::cluster::mpiLibrary();
    return std::string("near2 ") + NEAR2_VERSION + "\nMPI: " +
           (mpi.empty() ? "not built in (every command runs as one process)"
                        : mpi + " (mpirun -np N near2 eval|encode splits the catalog across ranks)") +
           "\n--precision int8 runs on: " + near2::Int8Linear::kernelName();
}

// With several ranks on one machine, each takes its share of the cores unless --threads says otherwise.
int threadsOfThisRank(int requested)
{
    const int ranks = near2::cluster::ranksOnThisNode();
    if (requested != 0 || ranks <= 1)
        return requested;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()) / ranks);
}

// "near2 eval", or "near2 eval (rank 2 of 3)" on the other ranks of an MPI job.
std::string commandName(const std::string& sub)
{
    std::string name = "near2 " + sub;
    if (!near2::cluster::isRoot())
        name += " (rank " + std::to_string(near2::cluster::rank()) + " of " +
                std::to_string(near2::cluster::size()) + ")";
    return name;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace near2;
    tuneAllocatorForBatchWork();
    cluster::start(argc, argv);
    CLI::App app{"near2: evaluate, train and compare nested (Matryoshka) embeddings for product search",
                 "near2"};
    app.set_version_flag("--version", versionText());
    app.require_subcommand(1);
    app.add_option("--threads", cli::globalOptionsForMain().threads,
                   "Threads for LibTorch and FAISS (default: all cores)")
        ->check(CLI::NonNegativeNumber);
    app.add_option("--memory-budget", cli::globalOptionsForMain().memoryBudget,
                   "Memory a run may use, e.g. 8G (default: $NEAR2_MEMORY_BUDGET, else what the system has "
                   "available); runs that need more stop first with exit code 2");

    auto commands = cli::registeredCommands();
    std::sort(commands.begin(), commands.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    std::vector<std::pair<CLI::App*, cli::Runner>> runners;
    for (const auto& command : commands) {
        CLI::App* sub = app.add_subcommand(command.name, command.description);
        runners.emplace_back(sub, command.setup(*sub));
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        cluster::stop();
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        cluster::stop();
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        cluster::stop();
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;
    }

    for (auto& [sub, run] : runners) {
        if (!sub->parsed())
            continue;
        const std::string name = commandName(sub->get_name());
        try {
            compute::configureThreads(threadsOfThisRank(cli::globalOptions().threads));
            if (!cli::globalOptions().memoryBudget.empty())
                setMemoryBudget(parseByteSize(cli::globalOptions().memoryBudget, "--memory-budget"));
            const int code = run();
            if (code == 0) // a failed rank leaves MPI running: the launcher then ends the whole job
                cluster::stop();
            return code;
        } catch (const UntrustedModelCodeError& e) {
            std::cerr << name << ": error: " << e.what() << "; " << cli::trustModelCodeHint() << '\n';
            return 2;
        } catch (const InputError& e) {
            std::cerr << name << ": error: " << cli::messageOf(e) << '\n';
            return 2;
        } catch (const CancelledError&) {
            std::cerr << name << ": cancelled\n";
            return 130;
        } catch (const std::bad_alloc&) { // an allocation no estimate foresaw
            std::cerr << name
                      << ": error: not enough memory (an allocation failed); run with smaller inputs or on a "
                         "machine with more memory\n";
            return 2;
        } catch (const std::exception& e) {
            std::cerr << name << ": internal error: " << e.what() << '\n';
            return 1;
        }
    }
    return 2;
}
