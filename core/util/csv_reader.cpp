#include "core/util/csv_reader.h"

#include "core/util/error.h"

#include <algorithm>

namespace near2 {

CsvReader::CsvReader(std::string_view text, char delimiter, std::filesystem::path file)
    : m_text(text), m_delimiter(delimiter), m_file(std::move(file))
{
}

char CsvReader::delimiterFor(const std::filesystem::path& file, std::string_view text)
{
    if (file.extension() == ".tsv")
        return '\t';
    const std::string_view firstLine = text.substr(0, text.find('\n'));
    const auto tabs = std::count(firstLine.begin(), firstLine.end(), '\t');
    const auto commas = std::count(firstLine.begin(), firstLine.end(), ',');
    return tabs > commas ? '\t' : ',';
}

bool CsvReader::next(CsvRecord& record)
{
    // Skip empty lines between records.
    while (m_position < m_text.size()) {
        if (m_text[m_position] == '\n') {
            ++m_position;
            ++m_line;
        } else if (m_text.substr(m_position, 2) == "\r\n") {
            m_position += 2;
            ++m_line;
        } else
            break;
    }
    if (m_position >= m_text.size())
        return false;

    record.line = m_line;
    std::size_t count = 0;
    for (;;) {
        if (record.fields.size() <= count)
            record.fields.emplace_back();
        std::string& field = record.fields[count++];
        field.clear();
        if (m_position < m_text.size() && m_text[m_position] == '"')
            readQuoted(field, record.line);
        else
            readUnquoted(field);

        if (m_position >= m_text.size())
            break;
        const char separator = m_text[m_position++];
        if (separator == '\n') {
            ++m_line;
            break;
        }
        if (separator == '\r') { // only ever the CR of a line end (see readUnquoted/readQuoted)
            if (m_position < m_text.size() && m_text[m_position] == '\n')
                ++m_position;
            ++m_line;
            break;
        }
        // Otherwise it was the delimiter: another field follows.
    }
    record.fields.resize(count);
    return true;
}

void CsvReader::readUnquoted(std::string& field)
{
    const char stops[2] = {m_delimiter, '\n'};
    std::size_t end = m_text.find_first_of(std::string_view(stops, 2), m_position);
    if (end == std::string_view::npos)
        end = m_text.size();
    std::size_t fieldEnd = end;
    // A CR right before the line end belongs to the CRLF, not to the field.
    if (fieldEnd > m_position && (end == m_text.size() || m_text[end] == '\n') &&
        m_text[fieldEnd - 1] == '\r')
        --fieldEnd;
    field.assign(m_text.substr(m_position, fieldEnd - m_position));
    m_position = fieldEnd;
}

void CsvReader::readQuoted(std::string& field, std::size_t recordLine)
{
    ++m_position; // opening quote
    for (;;) {
        const std::size_t quote = m_text.find('"', m_position);
        if (quote == std::string_view::npos)
            throw InputError(m_file, recordLine, "a quoted field starting on this line is never closed");
        const std::string_view chunk = m_text.substr(m_position, quote - m_position);
        m_line += static_cast<std::size_t>(std::count(chunk.begin(), chunk.end(), '\n'));
        field.append(chunk);
        m_position = quote + 1;
        if (m_position < m_text.size() && m_text[m_position] == '"') {
            field.push_back('"');
            ++m_position;
            continue;
        }
        break;
    }
    if (m_position == m_text.size())
        return;
    const char after = m_text[m_position];
    const bool lineEnd =
        after == '\n' ||
        (after == '\r' && (m_position + 1 == m_text.size() || m_text[m_position + 1] == '\n'));
    if (after != m_delimiter && !lineEnd)
        throw InputError(
            m_file, m_line,
            "unexpected text after a closing quote (a quote inside a quoted field must be doubled)");
}

} // namespace near2
