#include "core/session/dataset_inspection.h"

#include "core/data/loaders.h"
#include "core/session/dataset_files.h"
#include "core/util/error.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <map>
#include <optional>

namespace near2::session {

namespace {

namespace fs = std::filesystem;

void requireFile(const fs::path& file, const std::string& what)
{
    std::error_code error;
    if (!fs::is_regular_file(file, error))
        throw InputError(file, "no such file (" + what + ")");
}

std::optional<double> numberOf(const std::string& label)
{
    double value = 0.0;
    const char* end = label.data() + label.size();
    const auto [stop, error] = std::from_chars(label.data(), end, value);
    if (label.empty() || error != std::errc() || stop != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::string formatGain(double value)
{
    std::string text = std::to_string(value);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.')
        text.pop_back();
    return text;
}

SplitSummary summarise(const std::string& name, const Qrels& qrels)
{
    std::map<std::string, std::size_t> counts;
    for (const auto& judgement : qrels.judgements)
        ++counts[judgement.label];
    SplitSummary split{name, qrels.judgements.size(), {}};
    for (const auto& [label, count] : counts)
        split.labels.push_back({label, count});
    std::stable_sort(split.labels.begin(), split.labels.end(), [](const LabelCount& a, const LabelCount& b) {
        const auto x = numberOf(a.label), y = numberOf(b.label);
        if (x && y)
            return *x < *y;
        return x.has_value() && !y.has_value();
    });
    return split;
}

} // namespace

const SplitSummary* DatasetSummary::split(const std::string& name) const
{
    for (const auto& split : splits)
        if (split.name == name)
            return &split;
    return nullptr;
}

void requireDatasetFiles(const DatasetSource& source)
{
    if (source.paths.empty() || source.paths.front().empty())
        throw InputError("no dataset chosen");
    if (source.format == "beir" || source.format == "demo") {
        const fs::path folder = source.paths[0];
        std::error_code error;
        if (!fs::is_directory(folder, error))
            throw InputError(folder, "not a folder (expected corpus.jsonl, queries.jsonl and qrels/ inside)");
        requireFile(folder / "corpus.jsonl", "the catalog, one JSON product per line");
        requireFile(folder / "queries.jsonl", "the queries, one JSON object per line");
        bool anySplit = false;
        for (const auto& entry : fs::directory_iterator(folder / "qrels", error))
            anySplit = anySplit || (entry.is_regular_file() && entry.path().extension() == ".tsv");
        if (!anySplit)
            throw InputError(folder / "qrels",
                             "no qrels files (expected qrels/<split>.tsv, e.g. qrels/test.tsv)");
        return;
    }
    if (source.format == "esci") {
        if (source.paths.size() != 2 || source.paths[1].empty())
            throw InputError("an ESCI dataset needs two files: the examples and the products");
        requireFile(source.paths[0], "the ESCI examples");
        requireFile(source.paths[1], "the ESCI products");
        return;
    }
    requireFile(source.paths[0], "the judged CSV/TSV");
}

DatasetSummary inspectDataset(const DatasetSource& source, const JobControl& job)
{
    requireDatasetFiles(source);
    job.report("read dataset", 0, 1);
    Dataset dataset;
    if (source.format == "beir" || source.format == "demo") {
        ReadOptions options;
        options.encoding = splitMappingSpec(source.columnMapping).encoding;
        dataset = readBeir(source.paths[0], options); // every split
    } else {
        dataset = loadDataset(source);
    }
    job.checkCancelled();
    DatasetSummary summary;
    summary.products = dataset.corpus.size();
    summary.queries = dataset.queries.size();
    for (const auto& [name, qrels] : dataset.splits)
        summary.splits.push_back(summarise(name, qrels));
    return summary;
}

RelevanceSuggestion suggestRelevance(const SplitSummary& split)
{
    RelevanceSuggestion suggestion;
    std::vector<double> numbers;
    std::vector<std::string> words;
    for (const auto& label : split.labels) {
        if (const auto number = numberOf(label.label))
            numbers.push_back(*number);
        else
            words.push_back(label.label);
    }
    if (!words.empty()) {
        const auto esci = [](const std::string& label) {
            return label == "E" || label == "S" || label == "C" || label == "I";
        };
        if (numbers.empty() && std::all_of(words.begin(), words.end(), esci)) {
            suggestion.basis = RelevanceSuggestion::Basis::EsciLetters;
            suggestion.gains = "E=1,S=0.1,C=0.01,I=0";
            suggestion.threshold = 1.0;
            return suggestion;
        }
        suggestion.unmapped = words;
        return suggestion;
    }
    if (numbers.empty())
        return suggestion;
    suggestion.lowest = numbers.front();
    suggestion.highest = numbers.back();
    const bool integers =
        std::all_of(numbers.begin(), numbers.end(), [](double value) { return value == std::floor(value); });
    if (!integers) {
        suggestion.basis = RelevanceSuggestion::Basis::NumericScores;
        suggestion.threshold = (suggestion.lowest + suggestion.highest) / 2.0;
        return suggestion;
    }
    for (std::size_t i = 0; i < numbers.size(); ++i) // the labels as written, each its own gain
        suggestion.gains += (i == 0 ? "" : ",") + split.labels[i].label + "=" + formatGain(numbers[i]);
    const bool binary = numbers.size() == 2 && numbers[0] == 0.0 && numbers[1] == 1.0;
    suggestion.basis =
        binary ? RelevanceSuggestion::Basis::Binary : RelevanceSuggestion::Basis::IntegerGrades;
    // The lowest grade says "not relevant" (0 of 0–3, 1 of 1–4): relevance starts at the next one.
    suggestion.threshold = numbers.size() > 1 ? numbers[1] : numbers[0];
    return suggestion;
}

} // namespace near2::session
