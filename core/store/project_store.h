#pragma once
// A NEAR² project file (*.near2, SQLite, WAL). Opening for writing creates or migrates the schema; opening
// for reading writes nothing (store/project_files.h). Both refuse newer, foreign or corrupt files and
// read-only ones (for writing) with InputError. Every write is one transaction. One ProjectStore per thread;
// two processes may hold the same file (WAL), writes then wait up to 5 s.
#include "core/store/project_data.h"
#include "core/store/run_provenance.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace near2 {

namespace store {
class Database;
}

enum class ProjectAccess {
    ReadWrite, // created when absent, migrated on disk
    ReadOnly,  // must exist; writes throw InputError
};

class ProjectStore
{
public:
    explicit ProjectStore(const std::filesystem::path& file, ProjectAccess access = ProjectAccess::ReadWrite);
    ~ProjectStore();
    ProjectStore(const ProjectStore&) = delete;
    ProjectStore& operator=(const ProjectStore&) = delete;

    const std::filesystem::path& file() const;
    int schemaVersion() const;
    bool readOnly() const { return m_readOnly; }

    void saveSources(const DatasetSource& dataset, const ModelSource& model, const ProjectSettings& settings);
    // Replaces the queries; adds or updates the products the views need (older runs keep theirs).
    void saveCatalogue(const std::vector<QueryRecord>& queries,
                       const std::map<std::int32_t, ProductRecord>& products);
    // Appends a run; returns its id. The rankings are stored as BLOBs per dim (rows × k docs and scores).
    std::int64_t addRun(const StoredRun& run);
    // Stores dim `dim` of `run` (which has it) into the stored run `run.id`: a dim evaluated on demand.
    void addRunDim(const StoredRun& run, int dim);
    std::optional<StoredRun> latestRun() const;
    std::vector<std::int64_t> runIds() const;
    std::vector<RunHeader> runHeaders() const; // oldest first
    StoredRun readRun(std::int64_t id) const;  // as stored (may be incomplete); InputError when damaged
    // The run's own provenance (schema 5); empty for runs stored before it. InputError for a damaged one.
    void setRunProvenance(std::int64_t id, const RunProvenance& provenance);
    std::optional<RunProvenance> runProvenance(std::int64_t id) const;
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
    // The analyst's judgements: inserted or replaced per (query, product) in one transaction; removal.
    void setAnalystJudgements(const std::vector<AnalystJudgement>& judgements);
    void removeAnalystJudgement(const std::string& queryId, const std::string& productId);

    // InputError (naming the file and the damaged table.column) when the project's data do not hold
    // together, including a shown run that lacks dims, metrics or rankings. The shown run is `shownRun`
    // (InputError when the project has no such run), else the view state's "run" when it is still there and
    // usable, else the newest.
    ProjectSnapshot load(std::optional<std::int64_t> shownRun = std::nullopt) const;

private:
    const store::Database& writable() const; // the database, or InputError when opened read-only
    // runIds(), or InputError naming runs.id when `id` is not among them.
    std::vector<std::int64_t> runIdsWith(std::int64_t id) const;
    std::optional<StoredRun> shownRun(std::optional<std::int64_t> requested,
                                      const std::map<std::string, std::string>& viewState) const;

    std::unique_ptr<store::Database> m_db;
    bool m_readOnly = false;
};

} // namespace near2
