#pragma once
// What a NEAR² project holds (one *.near2 SQLite file): where the data and model come from, the settings,
// the queries and products the views need, every evaluation run, and the analyst's annotations and slices.
// Plain values, no Qt: the workbench and `near2 eval --project` share them.
#include "core/eval/sweep_scoring.h"
#include "core/search/top_k_lists.h"
#include "core/tradeoffs/tradeoff_types.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace near2 {

struct DatasetSource
{
    std::string format;             // "beir" | "esci" | "csv" | "demo"
    std::vector<std::string> paths; // folder, or examples + products, or the CSV file
    std::string columnMapping;      // CSV only: "doc-id=...,title=...,..."
    std::string split = "test";
    std::string contentHash; // of the files (or of the generator options for the demo)
};

struct ModelSource
{
    std::string kind;               // "bundle" | "embeddings" | "stand-in"
    std::vector<std::string> paths; // bundle folder, or corpus + query embedding files
    std::size_t dim = 0;
};

struct ProjectSettings
{
    std::vector<int> dims;
    int k = 10; // the views' cutoff
    std::string gains = "E=1,S=0.1,C=0.01,I=0";
    double relevantThreshold = 1.0;
    std::vector<int> moreK; // further cutoffs the metrics are computed at (k and 100 always are)
};

struct JudgedProduct
{
    std::int32_t row = -1; // catalog row
    std::string label;
    double gain = 0.0;
};

// One query of the evaluated split, in plan order (index = the run's query index).
struct QueryRecord
{
    std::string id;
    std::string text;
    std::string type; // the dataset's "type" attribute, else the query-type classifier's (core/query_types)
    int relevantCount = 0;
    std::vector<JudgedProduct> judged;
};

struct ProductRecord
{
    std::int32_t row = -1;
    std::string id;
    std::string title;
    std::vector<std::pair<std::string, std::string>> fields; // text and the other attributes
};

// One evaluation: metrics per dim plus the top-k per query per dim (rankings.perDim[d] has one row per
// query of the catalogue, unsearchable queries padded with -1).
struct StoredRun
{
    std::int64_t id = 0;
    std::string created; // ISO 8601, UTC
    std::string label;
    EvaluationResult result;
    SweepResult rankings;
};

// A run as listed: its id, label and creation time.
struct RunHeader
{
    std::int64_t id = 0;
    std::string label;
    std::string created;
};

struct Annotation
{
    std::string tag;
    std::string note;
};

// A label the analyst set on a product for a query in the workbench (issue 17), with its provenance. Kept in
// the project apart from the dataset's judgements; exported as qrels (core/explore/analyst_judgements.h).
struct AnalystJudgement
{
    std::string queryId;
    std::string productId;  // the catalog's product id
    std::string label;      // as the dataset's qrels write labels: E/S/C/I or a grade
    std::string analyst;    // who judged
    std::string created;    // when: ISO 8601, UTC (the store sets it when empty)
    std::int64_t runId = 0; // the run it was judged on; 0 when none
};

struct SliceRule
{
    std::string name;
    std::string kind;      // "tokens-at-most" | "tokens-at-least" | "alphanumeric" | "regex" | "implicit"
    std::string parameter; // a number or a pattern
};

// Everything the workbench shows when a project opens, read in one go.
struct ProjectSnapshot
{
    DatasetSource dataset;
    ModelSource model;
    ProjectSettings settings;
    std::vector<QueryRecord> queries;
    std::map<std::int32_t, ProductRecord> products; // the ones any ranking or judgement refers to
    // The run the views show: the one the view state names ("run"), else the newest. (Named when a
    // project had one run to show; every reader treats it as the shown run.)
    std::optional<StoredRun> latestRun;
    std::vector<RunHeader> runs;                   // every run of the project, oldest first
    std::map<std::string, Annotation> annotations; // query id → annotation
    std::vector<std::string> tags;
    std::vector<SliceRule> sliceRules;
    std::map<std::string, std::string> viewState; // e.g. "dim", "referenceDim", "query"
    std::optional<TradeoffReport> tradeoffs;      // the latest trade-off grid (issue 7), when measured
    // The analyst's judgements (issue 17), by query id, then product id.
    std::vector<AnalystJudgement> analystJudgements;
};

} // namespace near2
