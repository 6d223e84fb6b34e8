#include "core/data/holdout.h"

#include "core/data/dataset_building.h"
#include "core/util/error.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <string>
#include <unordered_set>
#include <vector>

namespace near2 {

namespace {
// splitmix64's finaliser: spreads the seed so nearby seeds give unrelated orders.
std::uint64_t mixed(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}
} // namespace

void applyQueryHoldout(Dataset& dataset, double fraction, std::uint64_t seed)
{
    if (!(fraction > 0.0 && fraction < 1.0))
        throw InputError(
            fmt::format("the holdout fraction must lie strictly between 0 and 1, not {}", fraction));

    std::vector<Judgement> all;
    std::filesystem::path file;
    bool oneFile = true, first = true;
    for (auto& [name, qrels] : dataset.splits) {
        if (first)
            file = qrels.file;
        oneFile = oneFile && qrels.file == file;
        first = false;
        all.insert(all.end(), std::make_move_iterator(qrels.judgements.begin()),
                   std::make_move_iterator(qrels.judgements.end()));
    }

    std::vector<std::pair<std::uint64_t, std::string>> queries;
    std::unordered_set<std::string> seen;
    const std::uint64_t basis = mixed(seed);
    for (const auto& judgement : all)
        if (seen.insert(judgement.queryId).second)
            queries.emplace_back(mixed(fnv1a64(judgement.queryId, basis)), judgement.queryId);
    std::sort(queries.begin(), queries.end());
    const auto testCount =
        static_cast<std::size_t>(std::llround(fraction * static_cast<double>(queries.size())));
    std::unordered_set<std::string> testQueries;
    for (std::size_t i = 0; i < testCount; ++i)
        testQueries.insert(queries[i].second);

    dataset.splits.clear();
    Qrels& train = dataset.splits["train"];
    Qrels& test = dataset.splits["test"];
    train.file = test.file = oneFile ? file : dataset.source;
    for (auto& judgement : all) {
        if (!oneFile)
            judgement.line = 0; // lines of different files would be ambiguous
        (testQueries.contains(judgement.queryId) ? test : train).judgements.push_back(std::move(judgement));
    }
}

} // namespace near2
