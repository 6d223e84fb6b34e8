#include "core/store/project_store.h"

#include "core/store/catalogue_records.h"
#include "core/store/json_column.h"
#include "core/store/judgement_records.h"
#include "core/store/project_files.h"
#include "core/store/run_records.h"
#include "core/store/schema.h"
#include "core/store/sqlite_database.h"
#include "core/store/tradeoff_records.h"
#include "core/util/error.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace near2 {

using store::Statement;
using store::Transaction;

namespace {

void putMeta(const store::Database& db, const std::string& key, const std::string& value)
{
    Statement put(db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    put.bind(1, key).bind(2, value);
    put.step();
}

std::string meta(const store::Database& db, const std::string& key)
{
    Statement get(db, "SELECT value FROM meta WHERE key = ?1");
    get.bind(1, key);
    return get.step() ? get.text(0) : std::string();
}

nlohmann::json parsedMeta(const store::Database& db, const std::string& key)
{
    const std::string text = meta(db, key);
    auto parsed = text.empty() ? nlohmann::json::object() : store::parseJsonColumn(db, "meta." + key, text);
    if (!parsed.is_object())
        store::throwDamagedColumn(db, "meta." + key, "expected a JSON object");
    return parsed;
}

} // namespace

ProjectStore::ProjectStore(const std::filesystem::path& file, ProjectAccess access)
{
    if (access == ProjectAccess::ReadOnly) {
        m_db = store::openProjectForReading(file);
        m_readOnly = true;
        return;
    }
    m_db = store::openProjectForWriting(file);
}

ProjectStore::~ProjectStore() = default;

const std::filesystem::path& ProjectStore::file() const
{
    return m_db->file();
}

const store::Database& ProjectStore::writable() const
{
    if (m_readOnly)
        throw InputError(m_db->file(), "the project was opened read-only: the change is not saved");
    return *m_db;
}

int ProjectStore::schemaVersion() const
{
    return static_cast<int>(m_db->pragmaNumber("user_version"));
}

void ProjectStore::saveSources(const DatasetSource& dataset, const ModelSource& model,
                               const ProjectSettings& settings)
{
    Transaction transaction(writable());
    putMeta(*m_db, "dataset",
            nlohmann::json{{"format", dataset.format},
                           {"paths", dataset.paths},
                           {"columnMapping", dataset.columnMapping},
                           {"split", dataset.split},
                           {"contentHash", dataset.contentHash}}
                .dump());
    putMeta(*m_db, "model",
            nlohmann::json{{"kind", model.kind}, {"paths", model.paths}, {"dim", model.dim}}.dump());
    putMeta(*m_db, "settings",
            nlohmann::json{{"dims", settings.dims},
                           {"k", settings.k},
                           {"moreK", settings.moreK},
                           {"gains", settings.gains},
                           {"relevantThreshold", settings.relevantThreshold}}
                .dump());
    transaction.commit();
}

void ProjectStore::saveCatalogue(const std::vector<QueryRecord>& queries,
                                 const std::map<std::int32_t, ProductRecord>& products)
{
    Transaction transaction(writable());
    store::writeCatalogue(*m_db, queries, products);
    transaction.commit();
}

std::int64_t ProjectStore::addRun(const StoredRun& run)
{
    Transaction transaction(writable());
    const auto id = store::writeRun(*m_db, run);
    transaction.commit();
    return id;
}

void ProjectStore::addRunDim(const StoredRun& run, int dim)
{
    const auto& dims = run.result.dims;
    const auto found = std::find(dims.begin(), dims.end(), dim);
    if (found == dims.end())
        throw std::invalid_argument("addRunDim: the run has no dim " + std::to_string(dim));
    Transaction transaction(writable());
    store::writeRunDim(*m_db, run.id, run, static_cast<std::size_t>(found - dims.begin()));
    transaction.commit();
}

void ProjectStore::setRunProvenance(std::int64_t id, const RunProvenance& provenance)
{
    runIdsWith(id);
    Transaction transaction(writable());
    Statement update(*m_db, "UPDATE runs SET provenance = ?2 WHERE id = ?1");
    update.bind(1, id).bind(2, provenanceToJson(provenance));
    update.step();
    transaction.commit();
}

std::optional<RunProvenance> ProjectStore::runProvenance(std::int64_t id) const
{
    Statement select(*m_db, "SELECT provenance FROM runs WHERE id = ?1 AND provenance IS NOT NULL");
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    try {
        return provenanceFromJson(select.text(0));
    } catch (const std::runtime_error& error) {
        store::throwDamagedColumn(*m_db, "runs.provenance", error.what());
    }
}

std::optional<StoredRun> ProjectStore::latestRun() const
{
    const auto ids = runIds();
    if (ids.empty())
        return std::nullopt;
    return store::readRun(*m_db, ids.back());
}

std::vector<std::int64_t> ProjectStore::runIdsWith(std::int64_t id) const
{
    const auto ids = runIds();
    if (std::find(ids.begin(), ids.end(), id) == ids.end())
        throw InputError(file(), "runs.id", "the project has no run " + std::to_string(id));
    return ids;
}

StoredRun ProjectStore::readRun(std::int64_t id) const
{
    runIdsWith(id);
    return store::readRun(*m_db, id);
}

std::vector<RunHeader> ProjectStore::runHeaders() const
{
    std::vector<RunHeader> runs;
    Statement select(*m_db, "SELECT id, label, created FROM runs ORDER BY id");
    while (select.step())
        runs.push_back({select.number(0), select.text(1), select.text(2)});
    return runs;
}

std::vector<std::int64_t> ProjectStore::runIds() const
{
    std::vector<std::int64_t> ids;
    Statement list(*m_db, "SELECT id FROM runs ORDER BY id");
    while (list.step())
        ids.push_back(list.number(0));
    return ids;
}

void ProjectStore::renameRun(std::int64_t id, const std::string& label)
{
    writable();
    runIdsWith(id);
    Statement rename(*m_db, "UPDATE runs SET label = ?1 WHERE id = ?2");
    rename.bind(1, label);
    rename.bind(2, id);
    rename.step();
}

void ProjectStore::deleteRun(std::int64_t id)
{
    writable();
    const auto ids = runIdsWith(id);
    if (ids.size() == 1)
        throw InputError(file(), "runs.id", "run " + std::to_string(id) + " is the project's only run");
    Transaction transaction(*m_db);
    Statement remove(*m_db, "DELETE FROM runs WHERE id = ?1");
    remove.bind(1, id);
    remove.step();
    transaction.commit();
}

void ProjectStore::setAnnotation(const std::string& queryId, const Annotation& annotation)
{
    writable();
    if (annotation.tag.empty() && annotation.note.empty()) {
        Statement remove(*m_db, "DELETE FROM annotations WHERE query_id = ?1");
        remove.bind(1, queryId);
        remove.step();
        return;
    }
    Statement put(*m_db, "INSERT OR REPLACE INTO annotations (query_id, tag, note) VALUES (?1, ?2, ?3)");
    put.bind(1, queryId).bind(2, annotation.tag).bind(3, annotation.note);
    put.step();
}

void ProjectStore::saveTags(const std::vector<std::string>& tags)
{
    Transaction transaction(writable());
    m_db->execute("DELETE FROM tags");
    Statement insert(*m_db, "INSERT OR IGNORE INTO tags (name, position) VALUES (?1, ?2)");
    for (std::size_t i = 0; i < tags.size(); ++i) {
        insert.bind(1, tags[i]).bind(2, static_cast<std::int64_t>(i));
        insert.step();
        insert.reset();
    }
    transaction.commit();
}

void ProjectStore::saveSliceRules(const std::vector<SliceRule>& rules)
{
    Transaction transaction(writable());
    m_db->execute("DELETE FROM slice_rules");
    Statement insert(*m_db,
                     "INSERT INTO slice_rules (position, name, kind, parameter) VALUES (?1, ?2, ?3, ?4)");
    for (std::size_t i = 0; i < rules.size(); ++i) {
        insert.bind(1, static_cast<std::int64_t>(i)).bind(2, rules[i].name).bind(3, rules[i].kind);
        insert.bind(4, rules[i].parameter);
        insert.step();
        insert.reset();
    }
    transaction.commit();
}

void ProjectStore::saveViewState(const std::map<std::string, std::string>& state)
{
    putMeta(writable(), "viewState", nlohmann::json(state).dump());
}

void ProjectStore::saveTradeoffs(const TradeoffReport& report)
{
    Transaction transaction(writable());
    store::writeTradeoffs(*m_db, report);
    transaction.commit();
}

std::vector<CellMeasure> ProjectStore::storedTradeoffCells() const
{
    return store::readTradeoffCells(*m_db);
}

void ProjectStore::setAnalystJudgements(const std::vector<AnalystJudgement>& judgements)
{
    Transaction transaction(*m_db);
    store::writeAnalystJudgements(*m_db, judgements);
    transaction.commit();
}

void ProjectStore::removeAnalystJudgement(const std::string& queryId, const std::string& productId)
{
    store::deleteAnalystJudgement(*m_db, queryId, productId);
}

std::optional<StoredRun> ProjectStore::shownRun(std::optional<std::int64_t> requested,
                                                const std::map<std::string, std::string>& viewState) const
{
    if (requested) {
        auto run = readRun(*requested);
        store::checkRunUsable(*m_db, run);
        return run;
    }
    const auto ids = runIds();
    const auto stored = viewState.find("run");
    if (stored != viewState.end()) {
        const auto found = std::find_if(
            ids.begin(), ids.end(), [&](std::int64_t id) { return std::to_string(id) == stored->second; });
        if (found != ids.end() && *found != ids.back()) {
            auto run = store::readRun(*m_db, *found);
            try {
                store::checkRunUsable(*m_db, run);
                return run;
            } catch (const InputError&) {
                // the chosen run was damaged since: the newest is shown instead
            }
        }
    }
    auto newest = latestRun();
    if (newest)
        store::checkRunUsable(*m_db, *newest);
    return newest;
}

ProjectSnapshot ProjectStore::load(std::optional<std::int64_t> shownRunId) const
{
    ProjectSnapshot snapshot;
    const auto dataset = parsedMeta(*m_db, "dataset");
    store::convertJsonColumn(*m_db, "meta.dataset", [&] {
        snapshot.dataset.format = dataset.value("format", "");
        snapshot.dataset.paths = dataset.value("paths", std::vector<std::string>{});
        snapshot.dataset.columnMapping = dataset.value("columnMapping", "");
        snapshot.dataset.split = dataset.value("split", "test");
        snapshot.dataset.contentHash = dataset.value("contentHash", "");
        return 0;
    });
    const auto model = parsedMeta(*m_db, "model");
    store::convertJsonColumn(*m_db, "meta.model", [&] {
        snapshot.model.kind = model.value("kind", "");
        snapshot.model.paths = model.value("paths", std::vector<std::string>{});
        snapshot.model.dim = model.value("dim", std::size_t{0});
        return 0;
    });
    const auto settings = parsedMeta(*m_db, "settings");
    store::convertJsonColumn(*m_db, "meta.settings", [&] {
        snapshot.settings.dims = settings.value("dims", std::vector<int>{});
        snapshot.settings.k = settings.value("k", 10);
        snapshot.settings.moreK = settings.value("moreK", std::vector<int>{});
        snapshot.settings.gains = settings.value("gains", snapshot.settings.gains);
        snapshot.settings.relevantThreshold = settings.value("relevantThreshold", 1.0);
        return 0;
    });
    const auto viewState = parsedMeta(*m_db, "viewState");
    snapshot.viewState = store::convertJsonColumn(
        *m_db, "meta.viewState", [&] { return viewState.get<std::map<std::string, std::string>>(); });
    store::readCatalogue(*m_db, snapshot.queries, snapshot.products);
    snapshot.latestRun = shownRun(shownRunId, snapshot.viewState);
    snapshot.runs = runHeaders();
    store::readAnalystData(*m_db, snapshot);
    snapshot.tradeoffs = store::readTradeoffReport(*m_db);
    snapshot.analystJudgements = store::readAnalystJudgements(*m_db);
    return snapshot;
}

} // namespace near2
