#include "core/report/opening_view.h"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <unordered_map>

namespace near2 {

namespace {

std::size_t columnIndex(const EvaluationResult& result, const std::string& column)
{
    const auto found = std::find(result.columns.begin(), result.columns.end(), column);
    if (found == result.columns.end())
        throw std::invalid_argument("storyOpening: the run has no column " + column);
    return static_cast<std::size_t>(found - result.columns.begin());
}

std::size_t dimIndex(const EvaluationResult& result, int dim)
{
    const auto found = std::find(result.dims.begin(), result.dims.end(), dim);
    if (found == result.dims.end())
        throw std::invalid_argument("storyOpening: the runs do not share dim " + std::to_string(dim));
    return static_cast<std::size_t>(found - result.dims.begin());
}

} // namespace

OpeningView storyOpening(const StoredRun& plain, const StoredRun& matryoshka, const std::string& column)
{
    const auto& mrl = matryoshka.result;
    if (mrl.dims.empty())
        throw std::invalid_argument("storyOpening: the Matryoshka run has no dims");
    OpeningView view;
    view.referenceDim = mrl.dims.back();
    const int eighth = std::max(1, view.referenceDim / 8);
    view.dim = *std::min_element(mrl.dims.begin(), mrl.dims.end(), [eighth](int a, int b) {
        return std::abs(a - eighth) < std::abs(b - eighth) ||
               (std::abs(a - eighth) == std::abs(b - eighth) && a < b);
    });
    const auto& base = plain.result;
    const std::size_t mrlColumn = columnIndex(mrl, column), plainColumn = columnIndex(base, column);
    const std::size_t mrlSmall = dimIndex(mrl, view.dim), mrlFull = dimIndex(mrl, view.referenceDim);
    const std::size_t plainSmall = dimIndex(base, view.dim), plainFull = dimIndex(base, view.referenceDim);
    std::unordered_map<std::string, std::size_t> plainPosition;
    for (std::size_t q = 0; q < base.queryIds.size(); ++q)
        plainPosition.emplace(base.queryIds[q], q);
    for (std::size_t q = 0; q < mrl.queryIds.size(); ++q) {
        const auto found = plainPosition.find(mrl.queryIds[q]);
        if (found == plainPosition.end())
            continue;
        const double kept = mrl.value(mrlSmall, q, mrlColumn) - mrl.value(mrlFull, q, mrlColumn);
        const double loss = base.value(plainFull, found->second, plainColumn) -
                            base.value(plainSmall, found->second, plainColumn);
        if (kept < 0.0 || loss <= 0.0 || mrl.value(mrlFull, q, mrlColumn) <= 0.0)
            continue;
        if (loss > view.plainLoss || (loss == view.plainLoss && mrl.queryIds[q] < *view.queryId)) {
            view.plainLoss = loss;
            view.queryId = mrl.queryIds[q];
        }
    }
    return view;
}

std::map<std::string, std::string> openingViewState(const OpeningView& view)
{
    std::map<std::string, std::string> state{{"dim", std::to_string(view.dim)},
                                             {"referenceDim", std::to_string(view.referenceDim)}};
    if (view.queryId)
        state["query"] = *view.queryId;
    return state;
}

} // namespace near2
