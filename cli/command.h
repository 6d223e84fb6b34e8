#pragma once
// Subcommands register themselves from their own .cpp file (a static NEAR2_COMMAND), so adding one
// touches no central list. `setup` declares the options on `app` and returns the function that runs it.
#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

namespace near2::cli {

using Runner = std::function<int()>;

struct Command
{
    std::string name;
    std::string description;
    std::function<Runner(CLI::App& app)> setup;
};

bool registerCommand(Command command);
const std::vector<Command>& registeredCommands();

// Options every subcommand shares (set on the top-level app).
struct GlobalOptions
{
    int threads = 0;          // 0: all cores
    std::string memoryBudget; // --memory-budget, e.g. "8G"; empty: the environment's or the system's
};
const GlobalOptions& globalOptions();

} // namespace near2::cli

#define NEAR2_CONCAT_INNER(a, b) a##b
#define NEAR2_CONCAT(a, b) NEAR2_CONCAT_INNER(a, b)
#define NEAR2_COMMAND(...)                                                                                   \
    namespace {                                                                                              \
    [[maybe_unused]] const bool NEAR2_CONCAT(near2CommandRegistered,                                         \
                                             __LINE__) = ::near2::cli::registerCommand(__VA_ARGS__);         \
    }
