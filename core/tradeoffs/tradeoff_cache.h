#pragma once
// Cells measured earlier, keyed by cellKey() (dim, precision, index, parameters, metrics, threads, data), so
// a run that repeats a cell reuses it. Lives as long as its owner (a CLI run, a workbench session). Hook for
// the project store: keys are stable strings; a store can persist `entries()` and `store()` them back.
#include "core/tradeoffs/tradeoff_types.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace near2 {

class TradeoffCache
{
public:
    std::optional<CellMeasure> find(const std::string& key) const
    {
        const std::lock_guard lock(m_mutex);
        const auto found = m_cells.find(key);
        if (found == m_cells.end())
            return std::nullopt;
        return found->second;
    }
    void store(const std::string& key, const CellMeasure& cell)
    {
        const std::lock_guard lock(m_mutex);
        m_cells[key] = cell;
    }
    std::map<std::string, CellMeasure> entries() const
    {
        const std::lock_guard lock(m_mutex);
        return m_cells;
    }
    std::size_t size() const
    {
        const std::lock_guard lock(m_mutex);
        return m_cells.size();
    }

private:
    mutable std::mutex m_mutex;
    std::map<std::string, CellMeasure> m_cells;
};

} // namespace near2
