#pragma once
// JSON Lines over UTF-8 text: one JSON object per line, blank lines skipped, each object with its line
// number.
#include <cstddef>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string_view>

namespace near2 {

class JsonlReader
{
public:
    // `text` must outlive the reader; `file` is for messages.
    JsonlReader(std::string_view text, std::filesystem::path file);

    // Parses the next non-blank line into `object` (field order kept) and sets `line` (1-based).
    // Throws InputError(file, line, ...) on invalid JSON, a value that is not an object, or nesting deeper
    // than kMaxJsonDepth (core/util/json_text.h).
    bool next(nlohmann::ordered_json& object, std::size_t& line);

private:
    std::string_view m_text;
    std::filesystem::path m_file;
    std::size_t m_position = 0;
    std::size_t m_line = 0;
};

} // namespace near2
