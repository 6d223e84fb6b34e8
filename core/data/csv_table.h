#pragma once
// A CSV/TSV file with a header row, decoded to UTF-8: columns looked up by name, rows checked for their
// field count. The loaders for ESCI and mapped CSV read through it.
#include "core/util/csv_reader.h"

#include <cstddef>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace near2 {

class CsvTable
{
public:
    // Reads and decodes the whole file, then its header. Throws InputError when the file is missing or empty.
    CsvTable(std::filesystem::path file, const std::string& encoding);
    CsvTable(const CsvTable&) = delete;
    CsvTable& operator=(const CsvTable&) = delete;

    const std::filesystem::path& file() const { return m_file; }
    std::optional<std::size_t> findColumn(const std::string& name) const;
    // Throws InputError(file, name, ...) listing the header when the column is absent.
    std::size_t column(const std::string& name) const;

    // Throws InputError(file, row.line, ...) naming the first of `columns` whose value is empty.
    void requireValues(const CsvRecord& row, std::initializer_list<std::size_t> columns) const;

    // The next data row; throws InputError(file, line, ...) when its field count differs from the header's.
    bool next(CsvRecord& row);

private:
    std::filesystem::path m_file;
    std::string m_text; // the reader views it
    CsvReader m_reader;
    std::vector<std::string> m_header;
};

} // namespace near2
