#pragma once
// What the new-project wizard tells the analyst about a dataset before anything is built: the files present,
// the qrels splits to choose from with their labels, the catalog's size (for checking embedding rows), and
// the gains and relevance threshold the labels suggest. Runs on a worker (reads the whole dataset once).
#include "core/store/project_data.h"
#include "core/util/progress.h"

#include <cstddef>
#include <string>
#include <vector>

namespace near2::session {

struct LabelCount
{
    std::string label;
    std::size_t count = 0;
};

struct SplitSummary
{
    std::string name;
    std::size_t judgements = 0;
    std::vector<LabelCount> labels; // distinct labels: numbers ascending, then the others by name
};

struct DatasetSummary
{
    std::size_t products = 0;
    std::size_t queries = 0;
    std::vector<SplitSummary> splits;                         // by name
    const SplitSummary* split(const std::string& name) const; // null when absent
};

// Throws InputError naming the first file or folder the source lacks (a BEIR folder without corpus.jsonl,
// queries.jsonl or qrels/<split>.tsv; a missing ESCI or CSV file). Reads nothing.
void requireDatasetFiles(const DatasetSource& source);

// requireDatasetFiles, then the whole dataset with every split. Throws InputError naming file and line.
DatasetSummary inspectDataset(const DatasetSource& source, const JobControl& job);

// The gains and threshold a split's labels suggest, and why.
struct RelevanceSuggestion
{
    enum class Basis {
        EsciLetters,   // E/S/C/I: the ESCI paper's gains, Exact relevant
        IntegerGrades, // 0..n or 1..n: each grade its own gain; the lowest grade is not relevant
        Binary,        // 0/1: 1 relevant
        NumericScores, // fractional scores (e.g. averaged ratings): relevant from the middle of the range
        Unknown        // other labels: no suggestion; the gains must name them
    };
    Basis basis = Basis::Unknown;
    std::string gains; // empty: keep the current gains
    double threshold = 1.0;
    double lowest = 0.0, highest = 0.0; // the numeric label range (numeric bases)
    std::vector<std::string> unmapped;  // labels neither numeric nor in the suggested gains
};

RelevanceSuggestion suggestRelevance(const SplitSummary& split);

} // namespace near2::session
