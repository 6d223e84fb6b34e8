#pragma once
// A NEAR² project file (*.near2, SQLite, WAL). Opening creates or migrates the schema and refuses newer or
// corrupt files with InputError. Every write is one transaction. One ProjectStore per thread; two processes
// may hold the same file (WAL), writes then wait up to 5 s.
#include "core/store/project_data.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace near2 {

namespace store {
class Database;
}

class ProjectStore
{
public:
    explicit ProjectStore(const std::filesystem::path& file);
    ~ProjectStore();
    ProjectStore(const ProjectStore&) = delete;
    ProjectStore& operator=(const ProjectStore&) = delete;

    const std::filesystem::path& file() const;
    int schemaVersion() const;

    void saveSources(const DatasetSource& dataset, const ModelSource& model, const ProjectSettings& settings);
    // Replaces the queries and the products the views need.
    void saveCatalogue(const std::vector<QueryRecord>& queries,
                       const std::map<std::int32_t, ProductRecord>& products);
    // Appends a run; returns its id. The rankings are stored as BLOBs per dim (rows × k docs and scores).
    std::int64_t addRun(const StoredRun& run);
    // Stores dim `dim` of `run` (which has it) into the stored run `run.id`: a dim evaluated on demand.
    void addRunDim(const StoredRun& run, int dim);
    std::optional<StoredRun> latestRun() const;
    std::vector<std::int64_t> runIds() const;
    StoredRun run(std::int64_t id) const; // InputError naming the run when the project has no such run
    // The analyst's names for runs; an empty label falls back to "run <id>" where runs are listed.
    void renameRun(std::int64_t id, const std::string& label);
    // Removes the run and its dims. InputError for the project's only run: a project keeps one to show.
    void deleteRun(std::int64_t id);

    void setAnnotation(const std::string& queryId, const Annotation& annotation); // empty tag+note removes it
    void saveTags(const std::vector<std::string>& tags);
    void saveSliceRules(const std::vector<SliceRule>& rules);
    void saveViewState(const std::map<std::string, std::string>& state);
    // Makes `report` the latest trade-off grid; every cell stays stored for reuse by later grids.
    void saveTradeoffs(const TradeoffReport& report);
    std::vector<CellMeasure> storedTradeoffCells() const; // every cell ever stored (reused = true)

    ProjectSnapshot load() const;

private:
    std::unique_ptr<store::Database> m_db;
};

} // namespace near2
