#pragma once
// What the charts plot, as plain point lists computed from stored runs (no Qt, unit-tested without a
// display): metric against memory or dim per run, score histograms per label at one dim with the
// best-relevant minus best-irrelevant margin per query, and the rank shift of relevant products.
#include "core/store/project_data.h"

#include <cstddef>
#include <string>
#include <vector>

namespace near2 {

enum class MemoryAxis { BytesPerVector, Dim };

struct CurvePoint
{
    double x = 0.0, y = 0.0;
    int dim = 0;
};

struct Curve
{
    std::string name;               // the run
    std::vector<CurvePoint> points; // ascending dim
};

// One curve per run holding `column` (runs without it are skipped). With `members` (per query of the run,
// e.g. a slice), y is the mean over those queries instead of the run's mean.
std::vector<Curve> metricCurves(const std::vector<StoredRun>& runs, const std::string& column,
                                MemoryAxis axis, const std::vector<char>* members = nullptr);

struct LabelHistogram
{
    std::string label;       // "E", "S", … as judged, or "unjudged"
    std::vector<int> counts; // per bin
};

struct ScoreDistribution
{
    double low = 0.0, high = 1.0; // score range of the bins (cosine)
    std::size_t bins = 0;
    // Only labels found in the top-k: E, S, C, I first, then numeric grades from the highest, then other
    // labels sorted, "unjudged" last.
    std::vector<LabelHistogram> labels;
    std::vector<double> margins;            // per query with both: best relevant − best non-relevant score
    std::vector<std::size_t> marginQueries; // the query index of each margin
};

// Cosine scores of the top-k at `dim`, binned over [min, max] of those scores. Relevant = judged gain at or
// above the project's relevance threshold.
ScoreDistribution scoreDistribution(const StoredRun& run, const ProjectSnapshot& snapshot, int dim,
                                    std::size_t bins);

// The order charts and legends list labels in (see ScoreDistribution::labels).
std::vector<std::string> orderLabels(std::vector<std::string> labels);
// A label that is a number ("1", "2.5"): a grade, coloured on a sequential scale.
bool isNumericLabel(const std::string& label);

// How a distribution's y axis shows counts: as they are, as each label's share of its products (every
// curve sums to 1, so a small label's shape reads beside the unjudged mass), or on a log10 axis.
enum class CountScale { Counts, ShareOfLabel, LogCounts };
// The y values of one histogram on that scale (LogCounts: the counts; the axis takes their log).
std::vector<double> scaledCounts(const std::vector<int>& counts, CountScale scale);

// Counts in bins of a round width (1, 2, 2.5, 5 × 10^n) whose edges are multiples of it, at most `maxBins`.
struct Histogram
{
    double low = 0.0, width = 1.0; // bin i covers [low + i·width, low + (i+1)·width)
    std::vector<int> counts;
};
Histogram roundHistogram(const std::vector<double>& values, int maxBins);

struct RankShiftPoint
{
    int referenceRank = 0, currentRank = 0; // 1-based; k + 1 when outside the stored top-k
    std::string label;
    std::size_t queryIndex = 0;
    std::int32_t productRow = -1;
};

// Every relevant judged product found in the top-k at either dim.
std::vector<RankShiftPoint> rankShift(const StoredRun& run, const ProjectSnapshot& snapshot, int referenceDim,
                                      int currentDim);

} // namespace near2
