#pragma once
// Typed access to the fields of a model's JSON files (near2-model.json, config.json, sentence-transformers'
// configs), each error an InputError naming the file and the field.
#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace near2 {

// Parses `text` (read from `file`) as JSON; throws InputError naming the file when it is not.
nlohmann::json parseJson(const std::string& text, const std::filesystem::path& file);
// Parses `text` (read from `file`) as a JSON object; throws InputError naming the file otherwise.
nlohmann::json parseJsonObject(const std::string& text, const std::filesystem::path& file);
// readFileBounded (kMaxConfigFileBytes) + parseJsonObject.
nlohmann::json readJsonObject(const std::filesystem::path& file, const std::string& what);

class JsonFields
{
public:
    JsonFields(const nlohmann::json& root, const std::filesystem::path& file) : m_root(root), m_file(file) {}

    bool has(const char* field) const { return m_root.contains(field) && !m_root[field].is_null(); }
    // No fallback: the field is required.
    std::string string(const char* field, std::optional<std::string> fallback) const;
    bool boolean(const char* field, bool fallback) const;
    std::optional<bool> optionalBoolean(const char* field) const;
    std::size_t positive(const char* field, std::optional<std::size_t> fallback) const;
    std::size_t positiveValue(const nlohmann::json& value, const std::string& field) const;
    std::int64_t integer(const char* field, std::int64_t fallback) const;
    double number(const char* field, double fallback) const;
    const std::filesystem::path& file() const { return m_file; }

private:
    const nlohmann::json& m_root;
    const std::filesystem::path& m_file;
};

} // namespace near2
