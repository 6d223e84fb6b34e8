#pragma once
// The analyst's judgements (set in the workbench, stored apart from the dataset's:
// core/store/judgement_records.h) in evaluations and exports.
//
// Merging: an analyst judgement applies when its query is in the evaluated split, its product is in the
// catalog and the dataset does not judge that pair; where the dataset does, the dataset's label stays and the
// analyst's is reported as conflicting (the qrels would otherwise judge a pair twice). Applied judgements are
// exactly what the export writes, so evaluating with them equals re-evaluating the dataset with the exported
// qrels appended to the split's (tests/core/base/test_explore_judgements.cpp checks this).
#include "core/data/dataset.h"
#include "core/eval/evaluation_plan.h"
#include "core/eval/sweep_scoring.h"
#include "core/explore/query_labels.h"
#include "core/store/project_data.h"

#include <filesystem>
#include <functional>
#include <optional>

namespace near2::explore {

struct JudgementMerge
{
    std::vector<AnalystJudgement> applied;
    std::vector<AnalystJudgement> conflicting; // the dataset judges the pair: its label stays
    std::vector<AnalystJudgement>
        unresolved; // the query is not in the split or the product not in the catalog
};

// Sorts `judgements` into the three groups for `plan` (of `dataset`'s split). Throws InputError (field
// "label") for a label `gains` gives no gain.
JudgementMerge mergeAnalystJudgements(const EvaluationPlan& plan, const Dataset& dataset,
                                      const std::vector<AnalystJudgement>& judgements, const GainMap& gains);

// `plan` with the applied judgements added to the gains, ideal gains and relevant counts.
EvaluationPlan withAnalystJudgements(const EvaluationPlan& plan, const Dataset& dataset,
                                     const JudgementMerge& merge, const GainMap& gains,
                                     double relevantThreshold);

enum class Judgements {
    Dataset,           // the dataset's qrels alone (the stored run's metrics)
    DatasetAndAnalyst, // plus the applied analyst judgements
};

struct StoredRunMetrics
{
    EvaluationResult result; // same dims, columns and queries as the run
    JudgementMerge merge;    // empty for Judgements::Dataset
};

// The one function for a stored run's metrics with or without the analyst's judgements: plans the project's
// split of `dataset` with its gains and threshold, merges if asked, and scores the run's stored rankings.
// Throws InputError when the dataset's split no longer has the run's queries.
StoredRunMetrics evaluateStoredRun(const Dataset& dataset, const ProjectSnapshot& snapshot,
                                   const StoredRun& run, Judgements judgements, bool judgedOnly = false);

// The applied judgements as qrels (label as judged; ordered by query id, then product id): append them to the
// split's qrels file to merge them into the dataset.
Qrels analystQrels(const std::vector<AnalystJudgement>& applied);
// Writes them as TREC qrels ("qid 0 docid label") atomically.
void exportAnalystQrels(const std::filesystem::path& file, const std::vector<AnalystJudgement>& applied);

// One query's labels with the analyst's judgements on unjudged products added (the dataset's label wins on a
// conflict, as in the merge). `rowOf` maps a product id to its catalog row (-1: absent), e.g. through a
// RecordIndex of the dataset's catalog.
QueryLabels labelsWithAnalyst(const ProjectSnapshot& snapshot, std::size_t query,
                              const std::function<long(const std::string&)>& rowOf);
// The same with `judgements` in place of the snapshot's (the workbench's, as the analyst edits them).
QueryLabels labelsWithAnalyst(const ProjectSnapshot& snapshot, std::size_t query,
                              const std::vector<AnalystJudgement>& judgements,
                              const std::function<long(const std::string&)>& rowOf);

// The label a judging key sets: E/S/C/I (either case) where the gains know that label; 1–4 in E, S, C, I
// order where the gains know all four, else the digit itself as a grade. None for any other key.
std::optional<std::string> labelForJudgingKey(char key, const GainMap& gains);

} // namespace near2::explore
