#pragma once
// A tiny project for the report tests: 3 queries, 5 products, dims 2 and 4, top-3 rankings, two runs
// ("A" and "B") with hand-set metrics, an annotation and a slice rule.
#include "core/store/project_data.h"

#include <filesystem>

namespace near2 {
class ProjectStore;
}

namespace near2::test {

StoredRun tinyRun(const std::string& label, double shift);
ProjectSnapshot tinyCatalogue();
// The sources and settings of a small test project (BEIR at /data/NAME, 4-dim embeddings; dims 2 and 4, k 3).
void saveSmallSources(ProjectStore& store, const std::string& name);
// Writes sources, catalogue, annotation, slice rule and the runs A (shift 0) and B (shift 0.1).
void writeTinyProject(const std::filesystem::path& file);

} // namespace near2::test
