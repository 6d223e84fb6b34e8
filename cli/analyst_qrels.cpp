#include "cli/analyst_qrels.h"

#include "core/session/dataset_files.h"
#include "core/session/failure_explorer.h"
#include "core/session/project_builder.h"

#include <fmt/format.h>
#include <iostream>

namespace near2::cli {

void writeAnalystQrels(const std::filesystem::path& project, const std::filesystem::path& file)
{
    const ProjectSnapshot snapshot = session::openProject(project);
    const Dataset dataset = session::loadDataset(snapshot.dataset);
    const auto written = session::exportAnalystQrelsOf(snapshot, dataset, snapshot.analystJudgements, file);
    std::cerr << fmt::format("near2 report: {} analyst judgement(s) → {}", written.applied, file.string());
    if (written.conflicting > 0)
        std::cerr << fmt::format("; {} left out (the dataset judges the pair)", written.conflicting);
    if (written.unresolved > 0)
        std::cerr << fmt::format("; {} left out (query or product not in the dataset)", written.unresolved);
    std::cerr << "\n";
}

} // namespace near2::cli
