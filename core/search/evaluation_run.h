#pragma once
// The evaluation job shared by `near2 eval` and the workbench: check the inputs, search every nested dim
// in one pass (or re-rank judged products only), then score the rankings.
#include <filesystem>
#include <string>
#include <vector>

#include "core/data/dataset.h"
#include "core/embed/embedding_matrix.h"
#include "core/eval/evaluation_plan.h"
#include "core/eval/sweep_scoring.h"
#include "core/search/sweep.h"

namespace near2 {

enum class SearchMethod {
    Sweep,      // one pass over the catalog for all dims (default)
    FaissPerDim // a FAISS flat search per dim: the reference, for tests and benchmarks
};

struct EvaluationInputs
{
    std::string split = "test";
    // One row per record of the catalog / the queries file, in file order; the paths name them in messages.
    EmbeddingMatrix corpusEmbeddings;
    EmbeddingMatrix queryEmbeddings;
    std::string corpusSource = "the catalog embeddings";
    std::string querySource = "the query embeddings";
    std::vector<int> dims; // empty: defaultDims(full dimension)
    GainMap gains;
    ScoringOptions scoring;
    SearchMethod method = SearchMethod::Sweep;
    SweepEngine engine = SweepEngine::Fused;
    std::string device = "cpu";
    bool strict = false; // judgements naming missing queries or products become an error
};

struct EvaluationOutcome
{
    EvaluationPlan plan;
    SweepResult rankings; // one row per searchable query of the plan
    EvaluationResult result;
    std::vector<std::string> warnings;
};

// What every evaluation of `inputs` starts from (the sweep, the trade-off grid): the embeddings checked against
// the dataset (one row per record, matching dimensions), the split's plan and warnings (an error with `strict`),
// and the embeddings of the searchable queries in plan order.
struct PreparedEvaluation
{
    EvaluationPlan plan;
    std::vector<std::string> warnings;
    EmbeddingMatrix queries;
};
PreparedEvaluation prepareEvaluation(const Dataset& dataset, const EvaluationInputs& inputs);

// Throws InputError for inconsistent inputs (row counts, dims beyond the full dimension, strict references).
EvaluationOutcome evaluate(const Dataset& dataset, const EvaluationInputs& inputs, const JobControl& job = {});

} // namespace near2
