#include "cli/command.h"

namespace near2::cli {

namespace {
std::vector<Command>& registry()
{
    static std::vector<Command> commands;
    return commands;
}
GlobalOptions& mutableGlobals()
{
    static GlobalOptions options;
    return options;
}
} // namespace

bool registerCommand(Command command)
{
    registry().push_back(std::move(command));
    return true;
}

const std::vector<Command>& registeredCommands() { return registry(); }

const GlobalOptions& globalOptions() { return mutableGlobals(); }

GlobalOptions& globalOptionsForMain() { return mutableGlobals(); }

} // namespace near2::cli
