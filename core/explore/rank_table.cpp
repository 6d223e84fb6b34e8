#include "core/explore/rank_table.h"

#include <algorithm>

namespace near2::explore {

namespace {

std::vector<int> sortedDims(std::vector<int> dims)
{
    std::sort(dims.begin(), dims.end());
    dims.erase(std::unique(dims.begin(), dims.end()), dims.end());
    return dims;
}

// Fills what the listings say; returns whether dim `d` still needs the catalog scan.
bool readListing(RankTable& table, const RankQuestion& question, const ListedRanking* listing, std::size_t d)
{
    bool needsScan = listing == nullptr;
    for (std::size_t t = 0; t < question.targets.size() && listing; ++t) {
        const auto rank = listing->rankOf(question.targets[t]);
        if (!rank) {
            needsScan = true;
            continue;
        }
        RankAt& at = table.ranks[t][d];
        at = {rank, RankSource::Listed, std::nullopt};
        if (!listing->scores.empty())
            at.score = listing->scores[*rank - 1];
    }
    if (!question.outside || !listing)
        return needsScan;
    for (std::size_t r = 0; r < listing->rows.size(); ++r)
        if (!question.outside->contains(listing->rows[r])) {
            BestOutside& best = table.bestOutside[d];
            best.row = listing->rows[r];
            best.at = {r + 1, RankSource::Listed, std::nullopt};
            if (!listing->scores.empty())
                best.at.score = listing->scores[r];
            return needsScan;
        }
    return true;
}

std::size_t floorOf(const ListedRanking* listing)
{
    return listing ? listing->rows.size() + 1 : 1;
}

} // namespace

std::size_t RankTable::dimIndex(int dim) const
{
    return static_cast<std::size_t>(std::find(dims.begin(), dims.end(), dim) - dims.begin());
}

RankTable rankTargets(const RankQuestion& question, std::span<const ListedRanking> listings,
                      const ExactCatalog& exact, const JobControl& job)
{
    RankTable table;
    table.dims = sortedDims(question.dims);
    const std::size_t dimCount = table.dims.size();
    table.ranks.assign(question.targets.size(), std::vector<RankAt>(dimCount));
    if (question.outside)
        table.bestOutside.assign(dimCount, {});
    std::vector<int> scanDims;
    for (std::size_t d = 0; d < dimCount; ++d)
        if (readListing(table, question, listingAt(listings, table.dims[d]), d))
            scanDims.push_back(table.dims[d]);
    if (!exact.available())
        return table;

    table.exactScores = true;
    for (std::size_t t = 0; t < question.targets.size(); ++t) {
        const auto scores = exact.scores(question.targets[t], table.dims);
        for (std::size_t d = 0; d < dimCount; ++d)
            table.ranks[t][d].score = scores[d];
    }
    for (std::size_t d = 0; d < table.bestOutside.size(); ++d)
        if (const auto row = table.bestOutside[d].row; row >= 0)
            table.bestOutside[d].at.score = exact.scores(row, table.dims)[d];
    if (scanDims.empty())
        return table;

    table.computedDims = scanDims;
    static const std::unordered_set<std::int32_t> kNone;
    const auto scan =
        scanCatalog(exact, scanDims, question.targets, question.outside ? *question.outside : kNone, job);
    std::vector<std::int32_t> outsideRows;
    if (question.outside)
        outsideRows.assign(question.outside->begin(), question.outside->end());
    std::vector<std::vector<double>> outsideScores;
    for (const auto row : outsideRows)
        outsideScores.push_back(exact.scores(row, scanDims));
    for (std::size_t s = 0; s < scanDims.size(); ++s) {
        const std::size_t d = table.dimIndex(scanDims[s]);
        const ListedRanking* listing = listingAt(listings, scanDims[s]);
        for (std::size_t t = 0; t < question.targets.size(); ++t) {
            RankAt& at = table.ranks[t][d];
            if (at.source == RankSource::Listed)
                continue;
            at.rank = std::max(scan.targetRanks[t][s], floorOf(listing));
            at.source = RankSource::Computed;
        }
        if (!question.outside || table.bestOutside[d].row >= 0 || scan.bestOtherRow[s] < 0)
            continue;
        BestOutside& best = table.bestOutside[d];
        best.row = scan.bestOtherRow[s];
        std::size_t above = 0; // every product above the best outside one is inside the set
        for (std::size_t o = 0; o < outsideRows.size(); ++o)
            above += exact.ranksAbove(outsideRows[o], outsideScores[o][s], best.row, scan.bestOtherScore[s]);
        best.at = {std::max(above + 1, floorOf(listing)), RankSource::Computed, scan.bestOtherScore[s]};
    }
    return table;
}

} // namespace near2::explore
