#pragma once
// Which metrics at which cutoffs, and their column names ("ndcg@10", "p@5", ...).
#include "core/util/input_field.h"

#include <string>
#include <vector>

namespace near2 {

enum class Metric { Ndcg, Precision, Recall, Mrr, Map, Hit };

const char* metricName(Metric metric); // "ndcg" "p" "recall" "mrr" "map" "hit"

struct MetricSpec
{
    std::vector<Metric> metrics{Metric::Ndcg, Metric::Precision, Metric::Recall,
                                Metric::Mrr,  Metric::Map,       Metric::Hit};
    std::vector<int> cutoffs{10};

    // Parses "10,100" (positive, deduplicated, sorted). Throws InputError naming `option`.
    static std::vector<int> parseCutoffs(const std::string& text, InputField option = InputField::K);
    int maxCutoff() const;
    // Columns ordered metric-major: ndcg@10, ndcg@100, p@10, ...; values use the same order.
    std::vector<std::string> columnNames() const;
    // The spec whose columnNames() are `columns` (every metric at each cutoff, as a stored run lists them).
    // Throws InputError naming the columns when they are no such list.
    static MetricSpec fromColumnNames(const std::vector<std::string>& columns);
    std::size_t columnCount() const { return metrics.size() * cutoffs.size(); }
};

} // namespace near2
