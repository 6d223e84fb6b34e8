#include "core/data/csv_table.h"

#include "core/util/error.h"
#include "core/util/text_encoding.h"
#include "core/util/trim.h"

namespace near2 {

CsvTable::CsvTable(std::filesystem::path file, const std::string& encoding)
    : m_file(std::move(file)), m_text(readTextFile(m_file, encoding)),
      m_reader(m_text, CsvReader::delimiterFor(m_file, m_text), m_file)
{
    CsvRecord header;
    if (!m_reader.next(header))
        throw InputError(m_file, "the file is empty; expected a header line naming the columns");
    m_header.reserve(header.fields.size());
    for (const auto& name : header.fields)
        m_header.push_back(trimmed(name, " \t\r"));
}

std::optional<std::size_t> CsvTable::findColumn(const std::string& name) const
{
    for (std::size_t i = 0; i < m_header.size(); ++i)
        if (m_header[i] == name)
            return i;
    return std::nullopt;
}

std::size_t CsvTable::column(const std::string& name) const
{
    if (const auto index = findColumn(name))
        return *index;
    std::string names;
    for (const auto& header : m_header)
        names += (names.empty() ? "" : ", ") + header;
    throw InputError(m_file, name, "missing column (the header has: " + names + ")");
}

void CsvTable::requireValues(const CsvRecord& row, std::initializer_list<std::size_t> columns) const
{
    for (const std::size_t column : columns)
        if (row.fields[column].empty())
            throw InputError(m_file, row.line, "empty value in column '" + m_header[column] + "'");
}

bool CsvTable::next(CsvRecord& row)
{
    if (!m_reader.next(row))
        return false;
    if (row.fields.size() != m_header.size())
        throw InputError(m_file, row.line,
                         "expected " + std::to_string(m_header.size()) + " fields as in the header, found " +
                             std::to_string(row.fields.size()));
    return true;
}

} // namespace near2
