#pragma once
// The first rows of a CSV/TSV file for the new-project wizard's column-mapping preview. Reads only the head
// of the file (at most kCsvPreviewBytes), however large the file is.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace near2::session {

inline constexpr std::size_t kCsvPreviewBytes = 1 << 20;

struct CsvPreview
{
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows; // at most the rows asked for
};

// The header and up to `maxRows` data rows of `file` decoded from `encoding`; a record cut off by the end of
// the head is left out. Throws InputError (no such file, unknown encoding, invalid UTF-8, an unclosed quote
// within the head, an empty file).
CsvPreview previewCsv(const std::filesystem::path& file, const std::string& encoding, std::size_t maxRows,
                      std::size_t headBytes = kCsvPreviewBytes);

} // namespace near2::session
