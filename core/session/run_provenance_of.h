#pragma once
// A run's provenance (core/store/run_provenance.h) as it is evaluated: the model's or embeddings' files,
// each hashed, and the settings. Reads every file once (a fast non-cryptographic hash).
#include "core/store/project_data.h"
#include "core/store/run_provenance.h"

#include <string>
#include <vector>

namespace near2::session {

// The files under `paths` (a folder's regular files recursively, in name order), each with its content hash;
// a path that does not exist or cannot be read is listed without one.
std::vector<ProvenanceFile> hashedFiles(const std::vector<std::string>& paths);

RunProvenance runProvenanceOf(const ModelSource& model, const ProjectSettings& settings,
                              const std::string& split);

} // namespace near2::session
