#pragma once
// Small pieces shared by the dataset readers.
#include "core/data/dataset.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace near2 {

std::uint64_t fnv1a64(std::string_view text, std::uint64_t basis = 0xcbf29ce484222325ULL);

// "q" + the first 12 hex digits of the text's FNV-1a hash: the same text gives the same id in every run.
std::string stableTextId(std::string_view text);

// Drops every split but `split` (when set); throws InputError naming the available ones when it is absent.
void keepOnlySplit(Dataset& dataset, const std::optional<std::string>& split);

// Remembers where each id was first seen, to report duplicates with both lines.
class FirstSeenLines
{
public:
    void reserve(std::size_t count) { m_lines.reserve(count); }
    // Records `id` at `line`; throws InputError(file, line, ...) when it was seen before.
    void add(const std::string& id, std::size_t line, const std::filesystem::path& file,
             std::string_view what);

private:
    std::unordered_map<std::string, std::size_t> m_lines;
};

} // namespace near2
