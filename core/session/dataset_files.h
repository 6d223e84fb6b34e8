#pragma once
// A project's dataset on disk: reading it from its DatasetSource (BEIR folder, ESCI files or a mapped CSV),
// the encoding kept inside the source's column-mapping spec, the paths that no longer exist, and the content
// hash `near2 eval --project` records for a BEIR folder.
#include "core/data/dataset.h"
#include "core/store/project_data.h"

#include <cstddef>
#include <string>
#include <vector>

namespace near2::session {

// Reads the dataset (only the source's split of a BEIR folder). Throws InputError naming the file and line.
Dataset loadDataset(const DatasetSource& source);

// DatasetSource::columnMapping may carry "encoding=NAME" beside the roles; these split and join it.
struct MappingSpec
{
    std::string roles; // "doc-id=...,query=...", what ColumnMapping::parse reads
    std::string encoding = "UTF-8";
};
MappingSpec splitMappingSpec(const std::string& spec);
std::string joinMappingSpec(const MappingSpec& spec); // UTF-8 is left out

// Indexes into source.paths of the files or folders that do not exist.
std::vector<std::size_t> missingDatasetPaths(const DatasetSource& source);

// Hash of a BEIR folder's corpus.jsonl, queries.jsonl and qrels/<split>.tsv (those that exist).
std::string beirContentHash(const std::string& folder, const std::string& split);

} // namespace near2::session
