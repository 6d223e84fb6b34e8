#pragma once
// `near2 report --analyst-qrels FILE` (issue 17): the analyst judgements set in the workbench that apply to
// the project's run (the dataset does not judge the pair) as a TREC qrels file, to append to the split's.
#include <filesystem>

namespace near2::cli {

// Prints what was written (applied, and the judgements left out) on stderr.
void writeAnalystQrels(const std::filesystem::path& project, const std::filesystem::path& file);

} // namespace near2::cli
