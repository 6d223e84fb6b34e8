#pragma once
// File-side help for the new-project wizard and for reopening a project (Qt-free, may do I/O): the first rows
// of a CSV for the column-mapping preview, the encoding kept inside a dataset's column-mapping spec, and the
// dataset paths of a project that no longer exist.
#include "core/store/project_data.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace near2::jobs {

struct CsvPreview
{
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows; // at most the rows asked for
};

// The header and up to `maxRows` data rows of a CSV/TSV file decoded from `encoding`. Throws InputError.
CsvPreview previewCsv(const std::filesystem::path& file, const std::string& encoding, std::size_t maxRows);

// DatasetSource::columnMapping may carry "encoding=NAME" beside the roles; these split and join it.
struct MappingSpec
{
    std::string roles; // "doc-id=...,query=...", what ColumnMapping::parse reads
    std::string encoding = "UTF-8";
};
MappingSpec splitMappingSpec(const std::string& spec);
std::string joinMappingSpec(const MappingSpec& spec);

// Indexes into source.paths of the files or folders that do not exist.
std::vector<std::size_t> missingDatasetPaths(const DatasetSource& source);

} // namespace near2::jobs
