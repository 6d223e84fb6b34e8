#include "core/explore/analyst_judgements.h"

#include "core/eval/trec_files.h"
#include "core/util/atomic_file.h"
#include "core/util/error.h"

#include <algorithm>
#include <cctype>
#include <functional>

namespace near2::explore {

namespace {

std::optional<std::size_t> queryIndexOf(const EvaluationPlan& plan, const std::string& id)
{
    const auto found = std::lower_bound(plan.queryIds.begin(), plan.queryIds.end(), id);
    if (found == plan.queryIds.end() || *found != id)
        return std::nullopt;
    return static_cast<std::size_t>(found - plan.queryIds.begin());
}

double gainOf(const GainMap& gains, const AnalystJudgement& judgement)
{
    const auto gain = gains.gainOf(judgement.label);
    if (!gain)
        throw InputError({}, "label",
                         "the analyst's label '" + judgement.label + "' (query " + judgement.queryId +
                             ", product " + judgement.productId + ") has no gain in " + gains.toString());
    return *gain;
}

// The stored run's rankings (one row per query of the split) as scoreRankings takes them (searched queries).
SweepResult searchedRows(const EvaluationPlan& plan, const SweepResult& stored)
{
    SweepResult searched;
    searched.dims = stored.dims;
    const auto rows = plan.searchableQueryRows().size();
    for (const TopKLists& lists : stored.perDim) {
        TopKLists& out = searched.perDim.emplace_back(rows, lists.k);
        std::size_t row = 0;
        for (std::size_t q = 0; q < plan.queryIds.size(); ++q) {
            if (plan.queryRows[q] < 0)
                continue;
            std::copy_n(lists.docsOf(q).begin(), lists.k, out.docs.begin() + row * lists.k);
            std::copy_n(lists.scoresOf(q).begin(), lists.k, out.scores.begin() + row * lists.k);
            ++row;
        }
    }
    return searched;
}

} // namespace

JudgementMerge mergeAnalystJudgements(const EvaluationPlan& plan, const Dataset& dataset,
                                      const std::vector<AnalystJudgement>& judgements, const GainMap& gains)
{
    const RecordIndex catalog(dataset.corpus);
    JudgementMerge merge;
    for (const auto& judgement : judgements) {
        gainOf(gains, judgement);
        const auto query = queryIndexOf(plan, judgement.queryId);
        const long row = catalog.find(judgement.productId);
        if (!query || row < 0)
            merge.unresolved.push_back(judgement);
        else if (plan.docGains[*query].contains(static_cast<std::int32_t>(row)))
            merge.conflicting.push_back(judgement);
        else
            merge.applied.push_back(judgement);
    }
    return merge;
}

EvaluationPlan withAnalystJudgements(const EvaluationPlan& plan, const Dataset& dataset,
                                     const JudgementMerge& merge, const GainMap& gains,
                                     double relevantThreshold)
{
    EvaluationPlan merged = plan;
    const RecordIndex catalog(dataset.corpus);
    for (const auto& judgement : merge.applied) {
        const std::size_t q = *queryIndexOf(merged, judgement.queryId);
        const double gain = gainOf(gains, judgement);
        merged.docGains[q].emplace(static_cast<std::int32_t>(catalog.find(judgement.productId)), gain);
        auto& ideal = merged.judgements[q].idealGains;
        ideal.insert(std::upper_bound(ideal.begin(), ideal.end(), gain, std::greater<>()), gain);
        if (gain >= relevantThreshold)
            ++merged.judgements[q].relevantCount;
    }
    return merged;
}

StoredRunMetrics evaluateStoredRun(const Dataset& dataset, const ProjectSnapshot& snapshot,
                                   const StoredRun& run, Judgements judgements, bool judgedOnly)
{
    const auto gains = GainMap::parse(snapshot.settings.gains);
    const double threshold = snapshot.settings.relevantThreshold;
    auto plan = planEvaluation(dataset, snapshot.dataset.split, gains, threshold);
    if (plan.queryIds != run.result.queryIds)
        throw InputError(dataset.source, "the dataset's split '" + snapshot.dataset.split +
                                             "' no longer has the queries the run was evaluated on");
    StoredRunMetrics metrics;
    if (judgements == Judgements::DatasetAndAnalyst) {
        metrics.merge = mergeAnalystJudgements(plan, dataset, snapshot.analystJudgements, gains);
        plan = withAnalystJudgements(plan, dataset, metrics.merge, gains, threshold);
    }
    ScoringOptions options{MetricSpec::fromColumnNames(run.result.columns), threshold, judgedOnly};
    metrics.result = scoreRankings(plan, searchedRows(plan, run.rankings), options);
    return metrics;
}

Qrels analystQrels(const std::vector<AnalystJudgement>& applied)
{
    Qrels qrels;
    for (const auto& judgement : applied)
        qrels.judgements.push_back({judgement.queryId, judgement.productId, judgement.label, 0});
    std::sort(qrels.judgements.begin(), qrels.judgements.end(), [](const Judgement& a, const Judgement& b) {
        return std::tie(a.queryId, a.docId) < std::tie(b.queryId, b.docId);
    });
    return qrels;
}

void exportAnalystQrels(const std::filesystem::path& file, const std::vector<AnalystJudgement>& applied)
{
    AtomicFile out(file);
    writeTrecQrels(analystQrels(applied), out.stream(), file);
    out.commit();
}

QueryLabels labelsWithAnalyst(const ProjectSnapshot& snapshot, std::size_t query,
                              const std::function<long(const std::string&)>& rowOf)
{
    return labelsWithAnalyst(snapshot, query, snapshot.analystJudgements, rowOf);
}

QueryLabels labelsWithAnalyst(const ProjectSnapshot& snapshot, std::size_t query,
                              const std::vector<AnalystJudgement>& judgements,
                              const std::function<long(const std::string&)>& rowOf)
{
    QueryLabels labels = datasetLabelsOf(snapshot, query);
    const auto gains = GainMap::parse(snapshot.settings.gains);
    const std::string& id = snapshot.queries.at(query).id;
    for (const auto& judgement : judgements) {
        const long row = judgement.queryId == id ? rowOf(judgement.productId) : -1;
        if (row < 0 || labels.find(static_cast<std::int32_t>(row)))
            continue;
        labels.judged.push_back({static_cast<std::int32_t>(row), judgement.label, gainOf(gains, judgement)});
    }
    std::stable_sort(labels.judged.begin(), labels.judged.end(),
                     [](const JudgedProduct& a, const JudgedProduct& b) { return a.gain > b.gain; });
    return labels;
}

std::optional<std::string> labelForJudgingKey(char key, const GainMap& gains)
{
    static const std::string kEsci = "ESCI";
    const char upper = static_cast<char>(std::toupper(static_cast<unsigned char>(key)));
    if (kEsci.find(upper) != std::string::npos)
        return gains.gainOf(std::string(1, upper)) ? std::optional(std::string(1, upper)) : std::nullopt;
    if (key < '1' || key > '4')
        return std::nullopt;
    const bool esci = std::all_of(kEsci.begin(), kEsci.end(), [&](char label) {
        return gains.gainOf(std::string(1, label)).has_value();
    });
    return esci ? std::string(1, kEsci[static_cast<std::size_t>(key - '1')]) : std::string(1, key);
}

} // namespace near2::explore
