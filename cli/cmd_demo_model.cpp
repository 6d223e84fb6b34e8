// near2 demo-model: the demo's model (grams-256, Matryoshka MNRL on the default demo shop), trained at first
// use and cached; prints its folder on stdout.
#include "cli/command.h"
#include "cli/terminal_progress.h"
#include "core/encoder/embedding_cache.h"
#include "core/train/demo_model.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <iostream>

namespace near2::cli {

namespace {

// `near2 demo-data --out demo-shop && near2 train --dataset demo-shop …` with the demo model's settings.
std::string demoModelCommand()
{
    const TrainOptions o = demoModelOptions();
    return fmt::format(
        "near2 demo-data --out demo-shop && near2 --threads 2 train --dataset demo-shop --out demo-model "
        "--arch {} --loss {} --mrl-dims {} --epochs {} --batch-size {} --lr {} --seed {} --eval-split {}",
        o.arch, o.loss, fmt::join(o.mrlDims, ","), o.epochs, o.batchSize, o.lr, o.seed, o.evalSplit);
}

struct DemoModelOptions
{
    std::string cacheDir;
    bool printCommand = false;
};

int runDemoModel(const DemoModelOptions& options)
{
    if (options.printCommand) {
        std::cout << demoModelCommand() << '\n';
        return 0;
    }
    const auto cacheDir =
        options.cacheDir.empty() ? defaultCacheDir() : std::filesystem::path(options.cacheDir);
    const auto folder = ensureDemoModel(cacheDir, interactiveJob(), [](const std::string& line) {
        std::cerr << "near2 demo-model: " << line << '\n';
    });
    std::cout << folder.string() << '\n';
    return 0;
}

Runner setup(CLI::App& app)
{
    auto options = std::make_shared<DemoModelOptions>();
    app.add_option("--cache", options->cacheDir,
                   "Cache folder (default $NEAR2_CACHE_DIR, $XDG_CACHE_HOME/near2 or ~/.cache/near2)");
    app.add_flag("--print-command", options->printCommand,
                 "Print the equivalent near2 demo-data + train commands");
    return [options] { return runDemoModel(*options); };
}

} // namespace

NEAR2_COMMAND({"demo-model", "Train (at first use) and cache the demo model; print its folder", setup})

} // namespace near2::cli
