#pragma once
// Errors thrown by the core. Front-ends catch them: InputError → exit code 2 / a dialog,
// CancelledError → a quiet stop, anything else → an internal error.
#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace near2 {

// Bad user input. Carries the file and the 1-based line (header counted) or the field at fault.
class InputError : public std::runtime_error
{
public:
    explicit InputError(const std::string& message);
    InputError(const std::filesystem::path& file, const std::string& message);
    InputError(const std::filesystem::path& file, std::size_t line, const std::string& message);
    InputError(const std::filesystem::path& file, const std::string& field, const std::string& message);

    const std::filesystem::path& file() const { return m_file; }
    std::size_t line() const { return m_line; } // 0 when not tied to a line
    const std::string& field() const { return m_field; }

private:
    std::filesystem::path m_file;
    std::size_t m_line = 0;
    std::string m_field;
};

// Thrown by long jobs when their cancellation flag was raised.
class CancelledError : public std::runtime_error
{
public:
    CancelledError() : std::runtime_error("cancelled") {}
};

} // namespace near2
