#include "core/encoder/json_fields.h"

#include "core/util/bounded_read.h"
#include "core/util/error.h"

namespace near2 {

using nlohmann::json;

json parseJson(const std::string& text, const std::filesystem::path& file)
{
    try {
        return json::parse(text);
    } catch (const json::exception& e) {
        throw InputError(file, std::string("not valid JSON: ") + e.what());
    }
}

json parseJsonObject(const std::string& text, const std::filesystem::path& file)
{
    json root = parseJson(text, file);
    if (!root.is_object())
        throw InputError(file, "expected a JSON object");
    return root;
}

json readJsonObject(const std::filesystem::path& file, const std::string& what)
{
    return parseJsonObject(readFileBounded(file, kMaxConfigFileBytes, what), file);
}

std::string JsonFields::string(const char* field, std::optional<std::string> fallback) const
{
    if (!has(field)) {
        if (!fallback)
            throw InputError(m_file, field, "missing");
        return *fallback;
    }
    if (!m_root[field].is_string())
        throw InputError(m_file, field, "expected a string");
    return m_root[field].get<std::string>();
}

bool JsonFields::boolean(const char* field, bool fallback) const
{
    return optionalBoolean(field).value_or(fallback);
}

std::optional<bool> JsonFields::optionalBoolean(const char* field) const
{
    if (!has(field))
        return std::nullopt;
    if (!m_root[field].is_boolean())
        throw InputError(m_file, field, "expected true or false");
    return m_root[field].get<bool>();
}

std::size_t JsonFields::positive(const char* field, std::optional<std::size_t> fallback) const
{
    if (!has(field)) {
        if (!fallback)
            throw InputError(m_file, field, "missing");
        return *fallback;
    }
    return positiveValue(m_root[field], field);
}

std::size_t JsonFields::positiveValue(const json& value, const std::string& field) const
{
    if (!value.is_number_integer() || value.get<std::int64_t>() <= 0)
        throw InputError(m_file, field, "expected a positive integer");
    return value.get<std::size_t>();
}

std::int64_t JsonFields::integer(const char* field, std::int64_t fallback) const
{
    if (!has(field))
        return fallback;
    if (!m_root[field].is_number_integer())
        throw InputError(m_file, field, "expected an integer");
    return m_root[field].get<std::int64_t>();
}

double JsonFields::number(const char* field, double fallback) const
{
    if (!has(field))
        return fallback;
    if (!m_root[field].is_number())
        throw InputError(m_file, field, "expected a number");
    return m_root[field].get<double>();
}

} // namespace near2
