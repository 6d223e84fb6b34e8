#include "core/data/dataset_building.h"

#include "core/util/error.h"

#include <fmt/format.h>

namespace near2 {

std::uint64_t fnv1a64(std::string_view text, std::uint64_t basis)
{
    std::uint64_t hash = basis;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

std::string stableTextId(std::string_view text)
{
    return fmt::format("q{:016x}", fnv1a64(text)).substr(0, 13);
}

void keepOnlySplit(Dataset& dataset, const std::optional<std::string>& split)
{
    if (!split)
        return;
    Qrels kept = dataset.split(*split); // throws, naming the available splits
    dataset.splits.clear();
    dataset.splits.emplace(*split, std::move(kept));
}

void FirstSeenLines::add(const std::string& id, std::size_t line, const std::filesystem::path& file,
                         std::string_view what)
{
    const auto [it, inserted] = m_lines.emplace(id, line);
    if (!inserted)
        throw InputError(file, line,
                         fmt::format("duplicate {} '{}' (first seen on line {})", what, id, it->second));
}

} // namespace near2
