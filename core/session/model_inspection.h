#pragma once
// What the new-project wizard shows about a model before anything is built (runs on a worker): a model folder
// described from its configuration files, with the SHA-256 of a TorchScript model.pt and whether it is
// trusted (model_trust.h); or the shapes of precomputed embedding files, read from their headers.
#include "core/encoder/model_bundle.h"

#include <cstddef>
#include <filesystem>
#include <string>

namespace near2::session {

struct ModelInspection
{
    ModelDescription description;
    std::string sha256;  // of model.pt when description.runsCode, else empty
    bool trusted = true; // false: a TorchScript bundle that needs the user's trust before it opens
};

// Throws InputError naming the file and key at fault (a missing folder, a folder of neither kind).
ModelInspection inspectModel(const std::filesystem::path& folder);

struct EmbeddingShape
{
    std::size_t rows = 0;
    std::size_t dim = 0;
    bool float16 = false;
};

struct EmbeddingFilesShape
{
    EmbeddingShape catalog;
    EmbeddingShape queries;
};

// Reads the headers only (the files are memory-mapped). Throws InputError naming the file.
EmbeddingFilesShape inspectEmbeddingFiles(const std::filesystem::path& catalog,
                                          const std::filesystem::path& queries);

} // namespace near2::session
