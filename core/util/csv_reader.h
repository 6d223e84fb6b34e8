#pragma once
// A streaming RFC 4180 reader over UTF-8 text: quoted fields, doubled quotes, line breaks inside quotes,
// CRLF or LF line ends, comma or tab delimiter. Each record carries the physical line it starts on.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace near2 {

struct CsvRecord
{
    std::vector<std::string> fields;
    std::size_t line = 0; // 1-based physical line where the record starts
};

class CsvReader
{
public:
    // `text` must outlive the reader; `file` is for messages.
    CsvReader(std::string_view text, char delimiter, std::filesystem::path file);

    // Reads the next record into `record`, skipping empty lines; false at the end of the text.
    // Throws InputError(file, line, ...) on an unclosed quote or text after a closing quote.
    bool next(CsvRecord& record);

    // Tab for a .tsv file; otherwise tab when the first line has more tabs than commas, else comma.
    static char delimiterFor(const std::filesystem::path& file, std::string_view text);

private:
    void readQuoted(std::string& field, std::size_t recordLine);
    void readUnquoted(std::string& field);

    std::string_view m_text;
    char m_delimiter;
    std::filesystem::path m_file;
    std::size_t m_position = 0;
    std::size_t m_line = 1;
};

} // namespace near2
