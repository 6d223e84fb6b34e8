#include "core/util/error.h"

namespace near2 {

InputError::InputError(const std::string& message) : std::runtime_error(message) {}

InputError::InputError(const std::filesystem::path& file, const std::string& message)
    : std::runtime_error(file.string() + ": " + message), m_file(file)
{
}

InputError::InputError(const std::filesystem::path& file, std::size_t line, const std::string& message)
    : std::runtime_error(file.string() + ":" + std::to_string(line) + ": " + message), m_file(file), m_line(line)
{
}

InputError::InputError(const std::filesystem::path& file, const std::string& field, const std::string& message)
    : std::runtime_error(file.string() + ": field '" + field + "': " + message), m_file(file), m_field(field)
{
}

} // namespace near2
