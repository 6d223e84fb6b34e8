#pragma once
// Paths that a model's own files name (the manifest's tokenizer, a checkpoint index's shards) must stay inside
// the model's folder: relative, without "..". Symbolic links inside the folder are followed (the Hugging Face
// hub cache links a snapshot's files to its blobs); what they reach is then read with a size bound and only
// when it is a regular file (core/util/bounded_read.h).
#include <filesystem>
#include <string>

namespace near2 {

// folder / relative. Throws InputError naming `namedIn` and `field` when `relative` is empty, absolute or
// climbs out with "..".
std::filesystem::path resolveInsideFolder(const std::filesystem::path& folder, const std::string& relative,
                                          const std::filesystem::path& namedIn, const std::string& field);

// std::filesystem::exists without throwing (an unreadable path does not exist).
bool pathExists(const std::filesystem::path& path);

} // namespace near2
