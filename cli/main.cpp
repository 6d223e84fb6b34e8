// near2: the command-line front-end. Exit codes: 0 success, 1 internal error, 2 bad input or usage, 130
// cancelled.
#include "cli/command.h"
#include "cli/error_messages.h"
#include "core/compute/runtime.h"
#include "core/util/error.h"
#include "core/util/memory_budget.h"

#include <algorithm>
#include <iostream>

#include "cli/command.h"
#include "cli/model_trust_flag.h"
#include "core/compute/runtime.h"
#include "core/encoder/model_trust.h"
#include "core/util/error.h"

#include <algorithm>
#include <iostream>

namespace near2::cli {
GlobalOptions& globalOptionsForMain();
}

int main(int argc, char** argv)
{
    using namespace near2;
    CLI::App app{"near2: evaluate, train and compare nested (Matryoshka) embeddings for product search",
                 "near2"};
    app.set_version_flag("--version", std::string("near2 ") + NEAR2_VERSION);
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
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;
    }

    for (auto& [sub, run] : runners) {
        if (!sub->parsed())
            continue;
        try {
            compute::configureThreads(cli::globalOptions().threads);
            if (!cli::globalOptions().memoryBudget.empty())
                setMemoryBudget(parseByteSize(cli::globalOptions().memoryBudget, "--memory-budget"));
            return run();
        } catch (const UntrustedModelCodeError& e) {
            std::cerr << "near2 " << sub->get_name() << ": error: " << e.what() << "; " << cli::trustModelCodeHint()
                      << '\n';
            return 2;
        } catch (const InputError& e) {
            std::cerr << "near2 " << sub->get_name() << ": error: " << cli::messageOf(e) << '\n';
            return 2;
        } catch (const CancelledError&) {
            std::cerr << "near2 " << sub->get_name() << ": cancelled\n";
            return 130;
        } catch (const std::bad_alloc&) { // an allocation no estimate foresaw
            std::cerr << "near2 " << sub->get_name()
                      << ": error: not enough memory (an allocation failed); run with smaller inputs or on a "
                         "machine with more memory\n";
            return 2;
        } catch (const std::exception& e) {
            std::cerr << "near2 " << sub->get_name() << ": internal error: " << e.what() << '\n';
            return 1;
        }
    }
    return 2;
}
