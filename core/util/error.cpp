#include "core/util/error.h"

namespace near2 {

namespace {

// Calls `reference` with each referred field's id and `text` with the text between them.
template <typename Text, typename Reference>
void forEachPart(const std::string& message, Text&& text, Reference&& reference)
{
    std::size_t at = 0;
    while (at < message.size()) {
        const auto open = message.find(kFieldMarker, at);
        const auto close = open == std::string::npos ? open : message.find(kFieldMarker, open + 1);
        if (close == std::string::npos) {
            text(message.substr(at));
            return;
        }
        text(message.substr(at, open - at));
        reference(message.substr(open + 1, close - open - 1));
        at = close + 1;
    }
}

std::string withIds(const std::string& message)
{
    std::string shown;
    forEachPart(
        message, [&](const std::string& text) { shown += text; },
        [&](const std::string& id) { shown += id; });
    return shown;
}

} // namespace

InputError::InputError(const std::string& message) : std::runtime_error(withIds(message)), m_message(message)
{
}

InputError::InputError(const std::filesystem::path& file, const std::string& message)
    : InputError(file.string() + ": " + message)
{
    m_file = file;
}

InputError::InputError(const std::filesystem::path& file, std::size_t line, const std::string& message)
    : InputError(file.string() + ":" + std::to_string(line) + ": " + message)
{
    m_file = file;
    m_line = line;
}

InputError::InputError(const std::filesystem::path& file, const std::string& field,
                       const std::string& message)
    : InputError(file.string() + ": field '" + field + "': " + message)
{
    m_file = file;
    m_field = field;
}

std::optional<InputField> InputError::inputField() const
{
    std::optional<InputField> first;
    forEachPart(
        m_message, [](const std::string&) {},
        [&](const std::string& id) {
            if (!first)
                first = fieldFromId(id);
        });
    return first;
}

std::string InputError::render(const std::function<std::string(InputField)>& name) const
{
    std::string shown;
    forEachPart(
        m_message, [&](const std::string& text) { shown += text; },
        [&](const std::string& id) {
            const auto field = fieldFromId(id);
            shown += field ? name(*field) : id;
        });
    return shown;
}

} // namespace near2
