#include "tests/gui/synthetic_project.h"

#include "core/eval/dims.h"

#include <random>

namespace near2::test {

std::shared_ptr<ProjectSnapshot> syntheticSnapshot(int queries, int products, int fullDim, int k)
{
    auto snapshot = std::make_shared<ProjectSnapshot>();
    std::mt19937 random(7);
    const char* types[] = {"short", "alphanumeric", "implicit", "specific"};
    const char* labels[] = {"E", "S", "C", "I"};
    const double gains[] = {1.0, 0.1, 0.01, 0.0};
    StoredRun run;
    run.result.dims = defaultDims(static_cast<std::size_t>(fullDim));
    run.result.columns = {"ndcg@10", "recall@10", "mrr@10"};
    for (int q = 0; q < queries; ++q) {
        QueryRecord query{"q" + std::to_string(q),
                          "query " + std::to_string(q) + (q % 4 == 1 ? " ab" + std::to_string(q) : ""),
                          types[q % 4],
                          0,
                          {}};
        for (int j = 0; j < 5; ++j) {
            const int label = static_cast<int>(random() % 4);
            const auto row = static_cast<std::int32_t>(random() % static_cast<unsigned>(products));
            query.judged.push_back({row, labels[label], gains[label]});
            query.relevantCount += label == 0;
            snapshot->products.emplace(row, ProductRecord{row,
                                                          "p" + std::to_string(row),
                                                          "Product " + std::to_string(row),
                                                          {{"brand", "Acme"}}});
        }
        snapshot->queries.push_back(query);
        run.result.queryIds.push_back(query.id);
    }
    for (std::size_t d = 0; d < run.result.dims.size(); ++d) {
        const double quality = static_cast<double>(d + 1) / static_cast<double>(run.result.dims.size());
        std::vector<double> values;
        TopKLists lists(static_cast<std::size_t>(queries), static_cast<std::size_t>(k));
        for (int q = 0; q < queries; ++q) {
            for (int c = 0; c < 3; ++c)
                values.push_back(std::min(1.0, quality * (0.5 + 0.5 * ((q * 7 + c) % 10) / 10.0)));
            const auto& judged = snapshot->queries[static_cast<std::size_t>(q)].judged;
            for (int r = 0; r < k; ++r) {
                const auto doc =
                    r < 5 && (r + static_cast<int>(d)) % 2 == 0
                        ? judged[static_cast<std::size_t>(r)].row
                        : static_cast<std::int32_t>((q * 31 + r * 17 + static_cast<int>(d)) % products);
                lists.docs[static_cast<std::size_t>(q * k + r)] = doc;
                lists.scores[static_cast<std::size_t>(q * k + r)] = 0.9f - 0.005f * static_cast<float>(r);
                snapshot->products.try_emplace(
                    doc, ProductRecord{doc, "p" + std::to_string(doc), "Product " + std::to_string(doc), {}});
            }
        }
        std::vector<double> mean(3, 0.0);
        for (std::size_t i = 0; i < values.size(); ++i)
            mean[i % 3] += values[i] / queries;
        run.result.perQuery.push_back(std::move(values));
        run.result.mean.push_back(mean);
        run.rankings.perDim.push_back(std::move(lists));
    }
    run.rankings.dims = run.result.dims;
    snapshot->settings.dims = run.result.dims;
    snapshot->latestRun = std::move(run);
    snapshot->tags = {"model number lost", "brand confusion"};
    return snapshot;
}

} // namespace near2::test
