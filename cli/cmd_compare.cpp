// near2 compare: two runs of a project side by side, per dim and metric, with paired significance tests.
#include "cli/command.h"
#include "core/report/project_runs.h"
#include "core/report/run_comparison.h"
#include "core/util/error.h"

#include <fmt/format.h>
#include <iostream>

namespace near2::cli {

namespace {

struct CompareOptions
{
    std::string project;
    std::vector<std::string> runs;
    std::size_t permutations = 10000;
    std::uint64_t seed = 42;
};

// As the workbench, the CSV and the PDF write them ("< 0.0001" below the test's resolution, never 0), without
// the space, so that every row keeps seven columns.
std::string pText(double p, const stats::RandomisationOptions& options)
{
    std::string text = stats::formatPValue(p, options);
    if (text.rfind("< ", 0) == 0)
        text.erase(1, 1);
    return text;
}

void printComparison(const RunComparison& comparison, const stats::RandomisationOptions& options)
{
    std::cout << fmt::format(
        "A = {}, B = {}, {} shared queries; p: paired randomisation test, paired t-test\n", comparison.runA,
        comparison.runB, comparison.sharedQueries);
    std::cout << fmt::format("{:>6} {:>12} {:>10} {:>10} {:>10} {:>10} {:>10}\n", "dim", "metric", "A", "B",
                             "delta", "p_rand", "p_t");
    for (const auto& dim : comparison.dims)
        for (const auto& metric : dim.metrics)
            std::cout << fmt::format("{:>6} {:>12} {:>10.4f} {:>10.4f} {:>+10.4f} {:>10} {:>10}\n", dim.dim,
                                     metric.column, metric.a, metric.b, metric.delta,
                                     pText(metric.pRandomisation, options), pText(metric.pTTest, {}));
}

int runCompare(const CompareOptions& options)
{
    if (options.runs.size() != 2)
        throw InputError("--runs: expected two run names or ids, e.g. --runs A,B");
    const StoredRun a = loadRun(options.project, options.runs[0]);
    const StoredRun b = loadRun(options.project, options.runs[1]);
    const stats::RandomisationOptions test{.permutations = options.permutations, .seed = options.seed};
    printComparison(compareRuns(a, b, test), test);
    return 0;
}

Runner setup(CLI::App& app)
{
    auto options = std::make_shared<CompareOptions>();
    app.add_option("--project", options->project, "Project file (*.near2)")->required();
    app.add_option("--runs", options->runs, "Two runs to compare, by label or id: A,B")
        ->required()
        ->delimiter(',');
    app.add_option("--permutations", options->permutations,
                   "Sign flips of the randomisation test (default 10000; exact below 2^n)");
    app.add_option("--seed", options->seed, "Seed of the randomisation test (default 42)");
    return [options] { return runCompare(*options); };
}

} // namespace

NEAR2_COMMAND(Command{"compare", "Compare two runs of a project: metrics per dim, deltas, paired p-values",
                      setup})

} // namespace near2::cli
