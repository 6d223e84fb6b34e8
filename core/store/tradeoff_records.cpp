#include "core/store/tradeoff_records.h"

#include "core/store/blob_codec.h"
#include "core/tradeoffs/tradeoff_names.h"
#include "core/util/error.h"

#include <nlohmann/json.hpp>

namespace near2::store {

namespace {

using nlohmann::json;

template <typename Kind>
Kind kindNamed(const std::string& name, std::initializer_list<Kind> kinds, const char* (*nameOf)(Kind))
{
    for (const Kind kind : kinds)
        if (name == nameOf(kind))
            return kind;
    throw std::runtime_error("unknown name '" + name + "'");
}

json specJson(const CellSpec& spec)
{
    json stages = json::array();
    for (const auto& stage : spec.funnel.stages)
        stages.push_back({stage.dim, stage.keep});
    return {{"hnsw", {spec.hnsw.m, spec.hnsw.efConstruction, spec.hnsw.efSearch}},
            {"ivfpq", {spec.ivfpq.nlist, spec.ivfpq.nprobe, spec.ivfpq.m, spec.ivfpq.bits}},
            {"rescore", spec.rescore},
            {"funnel", spec.funnel.text},
            {"stages", stages}};
}

void readSpec(const json& in, CellSpec& spec)
{
    const auto hnsw = in.at("hnsw").get<std::vector<int>>();
    const auto ivfpq = in.at("ivfpq").get<std::vector<int>>();
    spec.hnsw = {hnsw.at(0), hnsw.at(1), hnsw.at(2)};
    spec.ivfpq = {ivfpq.at(0), ivfpq.at(1), ivfpq.at(2), ivfpq.at(3)};
    spec.rescore = in.at("rescore").get<int>();
    spec.funnel.text = in.at("funnel").get<std::string>();
    for (const auto& stage : in.at("stages"))
        spec.funnel.stages.push_back({stage.at(0).get<int>(), stage.at(1).get<int>()});
}

json measureJson(const CellMeasure& cell)
{
    return {{"spec", specJson(cell.spec)},
            {"device", cell.device},
            {"bytesPerVector", cell.bytesPerVector},
            {"indexOverheadPerVector", cell.indexOverheadPerVector},
            {"rescoreBytesPerVector", cell.rescoreBytesPerVector},
            {"indexBytes", cell.indexBytes},
            {"buildSeconds", cell.buildSeconds},
            {"latencyP50Ms", cell.latencyP50Ms},
            {"latencyP95Ms", cell.latencyP95Ms},
            {"latencyThreads", cell.latencyThreads},
            {"queriesPerSecond", cell.queriesPerSecond},
            {"threads", cell.threads},
            {"flopsPerQuery", cell.flopsPerQuery},
            {"warnings", cell.warnings}};
}

void readMeasure(const json& in, CellMeasure& cell)
{
    readSpec(in.at("spec"), cell.spec);
    cell.device = in.at("device").get<std::string>();
    cell.bytesPerVector = in.at("bytesPerVector").get<double>();
    cell.indexOverheadPerVector = in.at("indexOverheadPerVector").get<double>();
    cell.rescoreBytesPerVector = in.at("rescoreBytesPerVector").get<double>();
    cell.indexBytes = in.at("indexBytes").get<std::size_t>();
    cell.buildSeconds = in.at("buildSeconds").get<double>();
    cell.latencyP50Ms = in.at("latencyP50Ms").get<double>();
    cell.latencyP95Ms = in.at("latencyP95Ms").get<double>();
    cell.latencyThreads = in.at("latencyThreads").get<int>();
    cell.queriesPerSecond = in.at("queriesPerSecond").get<double>();
    cell.threads = in.at("threads").get<int>();
    cell.flopsPerQuery = in.at("flopsPerQuery").get<double>();
    cell.warnings = in.value("warnings", std::vector<std::string>{}); // absent in grids stored before
}

constexpr const char* kSelectCells =
    "SELECT key, columns, dim, precision, index_kind, params, measure, metrics FROM tradeoff_cells";

CellMeasure cellOf(const Database& db, const Statement& row)
{
    CellMeasure cell;
    cell.key = row.text(0);
    try {
        const auto columns = json::parse(row.text(1)).get<std::vector<std::string>>();
        cell.spec.dim = static_cast<int>(row.number(2));
        cell.spec.precision = kindNamed(row.text(3),
                                        {Precision::Fp32, Precision::Fp16, Precision::Int8, Precision::Binary,
                                         Precision::BinaryRescore, Precision::ProductQuantized},
                                        &precisionName);
        cell.spec.index = kindNamed(
            row.text(4), {IndexKind::Flat, IndexKind::Hnsw, IndexKind::IvfPq, IndexKind::Funnel}, &indexName);
        cell.params = row.text(5);
        readMeasure(json::parse(row.text(6)), cell);
        cell.metrics = unpack<double>(row.blob(7));
        if (cell.metrics.size() != columns.size())
            throw std::runtime_error("metric count disagrees with the columns");
    } catch (const std::exception& error) { // JSON and blob errors alike
        throw InputError(db.file(), "trade-off cell '" + cell.key + "' is damaged: " + error.what());
    }
    cell.reused = true;
    return cell;
}

} // namespace

void writeTradeoffs(const Database& db, const TradeoffReport& report)
{
    db.execute("UPDATE tradeoff_cells SET position = NULL");
    Statement insert(db, "INSERT OR REPLACE INTO tradeoff_cells (key, position, columns, dim, precision,"
                         " index_kind, params, measure, metrics) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)");
    const std::string columns = json(report.columns).dump();
    for (std::size_t i = 0; i < report.cells.size(); ++i) {
        const CellMeasure& cell = report.cells[i];
        const std::string key = cell.key.empty() ? "#" + std::to_string(i) : cell.key;
        insert.bind(1, key).bind(2, static_cast<std::int64_t>(i)).bind(3, columns);
        insert.bind(4, std::int64_t{cell.spec.dim}).bind(5, std::string(precisionName(cell.spec.precision)));
        insert.bind(6, std::string(indexName(cell.spec.index))).bind(7, cell.params);
        insert.bind(8, measureJson(cell).dump()).bindBlob(9, asBytes(cell.metrics));
        insert.step();
        insert.reset();
    }
    Statement meta(db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('tradeoffs', ?1)");
    meta.bind(1,
              json{{"columns", report.columns}, {"reference", report.reference}, {"fullDim", report.fullDim}}
                  .dump());
    meta.step();
}

std::vector<CellMeasure> readTradeoffCells(const Database& db)
{
    std::vector<CellMeasure> cells;
    Statement select(db, std::string(kSelectCells) + " ORDER BY key");
    while (select.step())
        cells.push_back(cellOf(db, select));
    return cells;
}

std::optional<TradeoffReport> readTradeoffReport(const Database& db)
{
    Statement meta(db, "SELECT value FROM meta WHERE key = 'tradeoffs'");
    if (!meta.step())
        return std::nullopt;
    TradeoffReport report;
    try {
        const auto header = json::parse(meta.text(0));
        report.columns = header.at("columns").get<std::vector<std::string>>();
        report.reference = header.at("reference").get<std::size_t>();
        report.fullDim = header.at("fullDim").get<int>();
    } catch (const json::exception& error) {
        throw InputError(db.file(),
                         std::string("the project's trade-off record is damaged: ") + error.what());
    }
    Statement select(db, std::string(kSelectCells) + " WHERE position IS NOT NULL ORDER BY position");
    while (select.step())
        report.cells.push_back(cellOf(db, select));
    if (report.cells.empty())
        return std::nullopt;
    if (report.reference >= report.cells.size())
        throw InputError(db.file(), "the project's trade-off grid lacks its reference cell");
    return report;
}

} // namespace near2::store
