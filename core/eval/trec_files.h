#pragma once
// TREC qrels ("qid 0 docid grade") and run ("qid Q0 docid rank score tag") files, and the evaluation of a run
// exactly as trec_eval -c [-J] does it: the rank column is ignored, documents sort by score descending then
// document id descending (string order); unjudged = non-relevant; averages over every query of the qrels.
#include "core/data/dataset.h"
#include "core/eval/gain_map.h"
#include "core/eval/metric_spec.h"

#include <filesystem>
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace near2 {

struct RunEntry
{
    std::string queryId;
    std::string docId;
    double score = 0.0;
};

// An id as near2 writes it into a TREC file: whitespace would split it into two columns, so every whitespace
// byte and '%' is percent-encoded ("q 1" → "q%201", "50%" → "50%25"); other ids are unchanged. Run and qrels
// files written by near2 encode alike, so they match each other in near2 score and trec_eval.
std::string trecId(std::string_view id);

Qrels readTrecQrels(const std::filesystem::path& file);
// "qid 0 docid label" lines, labels as written. Throws InputError(file) when an id or label is empty or holds
// white space (it would break the format).
void writeTrecQrels(const Qrels& qrels, std::ostream& out, const std::filesystem::path& file);
std::vector<RunEntry> readTrecRun(const std::filesystem::path& file);

struct RunEvaluation
{
    std::vector<std::string> queryIds;         // every query of the qrels, sorted
    std::vector<std::vector<double>> perQuery; // [query][column]
    std::vector<double> mean;                  // [column], over every query of the qrels
};

struct EvaluationOptions
{
    GainMap gains;
    double relevantThreshold = 1.0;
    bool judgedOnly = false; // trec_eval -J
};

RunEvaluation evaluateRun(const Qrels& qrels, const std::vector<RunEntry>& run, const MetricSpec& spec,
                          const EvaluationOptions& options);

} // namespace near2
