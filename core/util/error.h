#pragma once
// Errors thrown by the core. Front-ends catch them: InputError → exit code 2 / a dialog,
// CancelledError → a quiet stop, anything else → an internal error.
#include "core/util/input_field.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>

namespace near2 {

// Bad user input. Carries the file and the 1-based line (header counted) or the field at fault. The message
// may refer to inputs with fieldRef(InputField): front-ends word them with render() (the CLI as flags, the
// workbench as its labels); what() shows their ids ("dims: no dimension given").
class InputError : public std::runtime_error
{
public:
    explicit InputError(const std::string& message);
    InputError(const std::filesystem::path& file, const std::string& message);
    InputError(const std::filesystem::path& file, std::size_t line, const std::string& message);
    InputError(const std::filesystem::path& file, const std::string& field, const std::string& message);

    const std::filesystem::path& file() const { return m_file; }
    std::size_t line() const { return m_line; }          // 0 when not tied to a line
    const std::string& field() const { return m_field; } // a field of the file (a column, a JSON key)
    // The first input the message refers to, e.g. Dims for "--dims: no dimension given".
    std::optional<InputField> inputField() const;
    // The message with each referred input named by `name`.
    std::string render(const std::function<std::string(InputField)>& name) const;

private:
    std::string m_message; // with references
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
