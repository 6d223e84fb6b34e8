#include "core/data/dataset.h"

#include "core/util/error.h"

namespace near2 {

const std::string* Record::attribute(const std::string& name) const
{
    for (const auto& [key, value] : attributes)
        if (key == name)
            return &value;
    return nullptr;
}

const Qrels& Dataset::split(const std::string& name) const
{
    if (const auto it = splits.find(name); it != splits.end())
        return it->second;
    std::string available;
    for (const auto& [splitName, qrels] : splits)
        available += (available.empty() ? "" : ", ") + splitName;
    throw InputError(source, "no qrels split '" + name + "' (available: " +
                                 (available.empty() ? std::string("none") : available) + ")");
}

RecordIndex::RecordIndex(const std::vector<Record>& records)
{
    m_positions.reserve(records.size());
    for (std::size_t i = 0; i < records.size(); ++i)
        m_positions.emplace(records[i].id, static_cast<long>(i));
}

long RecordIndex::find(const std::string& id) const
{
    const auto it = m_positions.find(id);
    return it == m_positions.end() ? -1 : it->second;
}

} // namespace near2
