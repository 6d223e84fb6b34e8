#include "core/data/jsonl_reader.h"

#include "core/util/error.h"
#include "core/util/json_text.h"

namespace near2 {

JsonlReader::JsonlReader(std::string_view text, std::filesystem::path file)
    : m_text(text), m_file(std::move(file))
{
}

bool JsonlReader::next(nlohmann::ordered_json& object, std::size_t& line)
{
    while (m_position < m_text.size()) {
        std::size_t end = m_text.find('\n', m_position);
        if (end == std::string_view::npos)
            end = m_text.size();
        const std::string_view content = m_text.substr(m_position, end - m_position);
        m_position = end + 1;
        ++m_line;
        if (content.find_first_not_of(" \t\r") == std::string_view::npos)
            continue;
        if (const std::string problem = jsonDepthProblem(content); !problem.empty())
            throw InputError(m_file, m_line, "the JSON object is " + problem);
        // A parse error, or a number too large for a double (out_of_range 406): both are bad input.
        try {
            object = nlohmann::ordered_json::parse(content);
        } catch (const nlohmann::json::exception& error) {
            throw InputError(m_file, m_line, "invalid JSON: " + jsonErrorReason(error));
        }
        if (!object.is_object())
            throw InputError(m_file, m_line,
                             "expected a JSON object, found " + std::string(object.type_name()));
        line = m_line;
        return true;
    }
    return false;
}

} // namespace near2
