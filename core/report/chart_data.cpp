#include "core/report/chart_data.h"

#include "core/eval/dims.h"
#include "core/report/project_runs.h"
#include "core/report/report_tables.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <numeric>

namespace near2 {

namespace {

double meanOver(const EvaluationResult& result, std::size_t dim, std::size_t column,
                const std::vector<char>& members)
{
    double sum = 0.0;
    std::size_t count = 0;
    for (std::size_t q = 0; q < result.queryIds.size() && q < members.size(); ++q)
        if (members[q]) {
            sum += result.value(dim, q, column);
            ++count;
        }
    return count ? sum / static_cast<double>(count) : 0.0;
}

std::vector<std::string> judgedLabels(const ProjectSnapshot& snapshot)
{
    std::vector<std::string> labels;
    for (const auto& query : snapshot.queries)
        for (const auto& judged : query.judged)
            if (std::find(labels.begin(), labels.end(), judged.label) == labels.end())
                labels.push_back(judged.label);
    labels.push_back("unjudged");
    return orderLabels(std::move(labels));
}

int esciRank(const std::string& label)
{
    static const std::vector<std::string> esci{"E", "S", "C", "I"};
    const auto found = std::find(esci.begin(), esci.end(), label);
    return found == esci.end() ? -1 : static_cast<int>(found - esci.begin());
}

// Round widths 1, 2, 2.5, 5 × 10^n from the one at or below `raw`.
double roundWidthAtLeast(double raw, int step)
{
    static const double mantissas[] = {1.0, 2.0, 2.5, 5.0};
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    return mantissas[step % 4] * magnitude * std::pow(10.0, step / 4);
}

const JudgedProduct* judgementOf(const QueryRecord* query, std::int32_t row)
{
    if (query)
        for (const auto& judged : query->judged)
            if (judged.row == row)
                return &judged;
    return nullptr;
}

int rankOf(std::span<const std::int32_t> docs, std::int32_t row)
{
    const auto found = std::find(docs.begin(), docs.end(), row);
    return static_cast<int>(found - docs.begin()) + 1; // k + 1 when absent
}

} // namespace

bool isNumericLabel(const std::string& label)
{
    if (label.empty())
        return false;
    char* end = nullptr;
    std::strtod(label.c_str(), &end);
    return end == label.c_str() + label.size() && std::isdigit(static_cast<unsigned char>(label.back()));
}

std::vector<std::string> orderLabels(std::vector<std::string> labels)
{
    const auto group = [](const std::string& label) {
        if (esciRank(label) >= 0)
            return 0;
        if (isNumericLabel(label))
            return 1;
        return label == "unjudged" ? 3 : 2;
    };
    std::stable_sort(labels.begin(), labels.end(), [&](const std::string& a, const std::string& b) {
        const int ga = group(a), gb = group(b);
        if (ga != gb)
            return ga < gb;
        if (ga == 0)
            return esciRank(a) < esciRank(b);
        if (ga == 1)
            return std::strtod(a.c_str(), nullptr) > std::strtod(b.c_str(), nullptr);
        return a < b;
    });
    labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
    return labels;
}

std::vector<double> scaledCounts(const std::vector<int>& counts, CountScale scale)
{
    std::vector<double> values(counts.begin(), counts.end());
    if (scale == CountScale::ShareOfLabel) {
        const double total = std::accumulate(values.begin(), values.end(), 0.0);
        for (double& value : values)
            value = total > 0.0 ? value / total : 0.0;
    }
    return values;
}

Histogram roundHistogram(const std::vector<double>& values, int maxBins)
{
    Histogram histogram;
    maxBins = std::max(1, maxBins);
    if (values.empty()) {
        histogram.counts.assign(1, 0);
        return histogram;
    }
    const auto [lowest, highest] = std::minmax_element(values.begin(), values.end());
    const double span = std::max(*highest - *lowest, 0.01);
    for (int step = 0;; ++step) {
        const double width = roundWidthAtLeast(span / maxBins, step);
        const double first = std::floor(*lowest / width);
        const auto bins = static_cast<std::size_t>(std::floor(*highest / width + 1e-9) - first) + 1;
        if (bins > static_cast<std::size_t>(maxBins))
            continue;
        histogram.low = first * width;
        histogram.width = width;
        histogram.counts.assign(bins, 0);
        for (const double value : values) {
            const auto bin =
                static_cast<std::size_t>(std::max(0.0, std::floor(value / width + 1e-9) - first));
            ++histogram.counts[std::min(bin, bins - 1)];
        }
        return histogram;
    }
}

std::vector<Curve> metricCurves(const std::vector<StoredRun>& runs, const std::string& column,
                                MemoryAxis axis, const std::vector<char>* members)
{
    std::vector<Curve> curves;
    for (const auto& run : runs) {
        const auto& columns = run.result.columns;
        const auto found = std::find(columns.begin(), columns.end(), column);
        if (found == columns.end())
            continue;
        const auto c = static_cast<std::size_t>(found - columns.begin());
        Curve curve;
        curve.name = runName(run);
        for (std::size_t d = 0; d < run.result.dims.size(); ++d) {
            const int dim = run.result.dims[d];
            const double x = axis == MemoryAxis::Dim ? dim : static_cast<double>(float32BytesPerVector(dim));
            const double y = members ? meanOver(run.result, d, c, *members) : run.result.mean[d][c];
            curve.points.push_back({x, y, dim});
        }
        std::sort(curve.points.begin(), curve.points.end(),
                  [](const CurvePoint& a, const CurvePoint& b) { return a.dim < b.dim; });
        curves.push_back(std::move(curve));
    }
    return curves;
}

ScoreDistribution scoreDistribution(const StoredRun& run, const ProjectSnapshot& snapshot, int dim,
                                    std::size_t bins)
{
    const auto& lists = run.rankings.perDim[dimIndex(run, dim)];
    ScoreDistribution distribution;
    distribution.bins = std::max<std::size_t>(bins, 1);
    double low = std::numeric_limits<double>::max(), high = std::numeric_limits<double>::lowest();
    for (std::size_t i = 0; i < lists.docs.size(); ++i)
        if (lists.docs[i] >= 0) {
            low = std::min(low, static_cast<double>(lists.scores[i]));
            high = std::max(high, static_cast<double>(lists.scores[i]));
        }
    if (low > high)
        low = high = 0.0;
    distribution.low = low;
    distribution.high = high > low ? high : low + 1e-6;
    const auto labels = judgedLabels(snapshot);
    for (const auto& label : labels)
        distribution.labels.push_back({label, std::vector<int>(distribution.bins, 0)});
    const double width = (distribution.high - distribution.low) / static_cast<double>(distribution.bins);
    const double threshold = snapshot.settings.relevantThreshold;
    for (std::size_t q = 0; q < lists.queries; ++q) {
        const QueryRecord* query = q < snapshot.queries.size() ? &snapshot.queries[q] : nullptr;
        const auto docs = lists.docsOf(q);
        const auto scores = lists.scoresOf(q);
        double bestRelevant = std::numeric_limits<double>::lowest(), bestOther = bestRelevant;
        for (std::size_t r = 0; r < docs.size() && docs[r] >= 0; ++r) {
            const JudgedProduct* judged = judgementOf(query, docs[r]);
            const std::string label = judged ? judged->label : "unjudged";
            const auto slot =
                static_cast<std::size_t>(std::find(labels.begin(), labels.end(), label) - labels.begin());
            const auto bin = std::min(distribution.bins - 1,
                                      static_cast<std::size_t>((scores[r] - distribution.low) / width));
            ++distribution.labels[slot].counts[bin];
            double& best = judged && judged->gain >= threshold ? bestRelevant : bestOther;
            best = std::max(best, static_cast<double>(scores[r]));
        }
        if (bestRelevant > std::numeric_limits<double>::lowest() &&
            bestOther > std::numeric_limits<double>::lowest()) {
            distribution.margins.push_back(bestRelevant - bestOther);
            distribution.marginQueries.push_back(q);
        }
    }
    std::erase_if(distribution.labels, [](const LabelHistogram& histogram) {
        return std::all_of(histogram.counts.begin(), histogram.counts.end(), [](int n) { return n == 0; });
    });
    return distribution;
}

std::vector<RankShiftPoint> rankShift(const StoredRun& run, const ProjectSnapshot& snapshot, int referenceDim,
                                      int currentDim)
{
    const auto& reference = run.rankings.perDim[dimIndex(run, referenceDim)];
    const auto& current = run.rankings.perDim[dimIndex(run, currentDim)];
    std::vector<RankShiftPoint> points;
    for (std::size_t q = 0; q < reference.queries && q < snapshot.queries.size(); ++q) {
        for (const auto& judged : snapshot.queries[q].judged) {
            if (judged.gain < snapshot.settings.relevantThreshold)
                continue;
            const int before = rankOf(reference.docsOf(q), judged.row);
            const int after = rankOf(current.docsOf(q), judged.row);
            if (before > static_cast<int>(reference.k) && after > static_cast<int>(current.k))
                continue;
            points.push_back({before, after, judged.label, q, judged.row});
        }
    }
    return points;
}

} // namespace near2
