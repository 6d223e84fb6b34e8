#pragma once
// Where a training run writes: every checkpoint is a complete bundle in <out>.partial (model.pt,
// near2-model.json, the tokenizer file, train-log.jsonl); a finished run renames it to <out>. Nothing is
// created before the inputs are checked, so bad input leaves no trace.
#include "core/encoder/model_manifest.h"

#include <filesystem>
#include <string>
#include <vector>

namespace near2 {

std::filesystem::path partialFolderFor(const std::filesystem::path& out);

// Throws InputError when `out` exists and is neither empty nor a model bundle (which would be replaced).
void checkOutputFolder(const std::filesystem::path& out);

// Creates an empty <out>.partial (removing a stale one). Throws InputError when it cannot.
std::filesystem::path startPartialFolder(const std::filesystem::path& out);

// Replaces `out` with `partial`.
void publishBundle(const std::filesystem::path& partial, const std::filesystem::path& out);

// near2-model.json, written atomically.
void writeManifest(const std::filesystem::path& file, const ModelManifest& manifest);

// One token per line, written atomically.
void writeVocabTxt(const std::filesystem::path& file, const std::vector<std::string>& tokens);

} // namespace near2
