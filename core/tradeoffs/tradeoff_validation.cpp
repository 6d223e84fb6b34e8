#include "core/tradeoffs/tradeoff_validation.h"

#include "core/eval/dims.h"
#include "core/tradeoffs/tradeoff_names.h"
#include "core/util/error.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fmt/format.h>
#include <sstream>

namespace near2 {

namespace {

int parseStageNumber(const std::string& text, const std::string& spec)
{
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value <= 0)
        throw InputError(
            fmt::format("{} '{}': '{}' is not a positive integer", fieldRef(InputField::Funnel), spec, text));
    return value;
}

int largestPowerOfTwoAtMost(double value)
{
    int result = 1;
    while (result * 2 <= value)
        result *= 2;
    return result;
}

void checkFunnel(const FunnelSpec& funnel, std::size_t fullDim, int depth)
{
    for (const auto& stage : funnel.stages)
        if (static_cast<std::size_t>(stage.dim) > fullDim)
            throw InputError(fmt::format("{} '{}': dim {} exceeds the embeddings' {} dimensions",
                                         fieldRef(InputField::Funnel), funnel.text, stage.dim, fullDim));
    if (funnel.stages.back().keep < depth)
        throw InputError(fmt::format("{} '{}': the last stage keeps {} but the metrics need {} results ({})",
                                     fieldRef(InputField::Funnel), funnel.text, funnel.stages.back().keep,
                                     depth, fieldRef(InputField::K)));
}

} // namespace

FunnelSpec parseFunnelSpec(const std::string& text)
{
    FunnelSpec spec;
    spec.text = text;
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, ',')) {
        const auto colon = part.find(':');
        if (colon == std::string::npos)
            throw InputError(
                fmt::format("{} '{}': expected dim:keep stages such as 16:200,64:50,768:10, got '{}'",
                            fieldRef(InputField::Funnel), text, part));
        spec.stages.push_back(
            {parseStageNumber(part.substr(0, colon), text), parseStageNumber(part.substr(colon + 1), text)});
    }
    if (spec.stages.empty())
        throw InputError(fieldRef(InputField::Funnel) + ": empty spec (expected e.g. 16:200,64:50,768:10)");
    for (std::size_t i = 1; i < spec.stages.size(); ++i) {
        const auto& before = spec.stages[i - 1];
        const auto& stage = spec.stages[i];
        if (stage.dim <= before.dim)
            throw InputError(fmt::format("{} '{}': dims must increase from stage to stage ({} then {})",
                                         fieldRef(InputField::Funnel), text, before.dim, stage.dim));
        if (before.keep < stage.keep)
            throw InputError(fmt::format("{} '{}': the shortlist of {} at dim {} is smaller than the {} the "
                                         "next stage keeps",
                                         fieldRef(InputField::Funnel), text, before.keep, before.dim,
                                         stage.keep));
    }
    return spec;
}

IvfPqParams resolveIvfPq(IvfPqParams params, int dim, std::size_t catalogRows)
{
    if (params.nlist == 0) {
        params.nlist = largestPowerOfTwoAtMost(std::sqrt(static_cast<double>(catalogRows)));
        params.nprobe = std::min(params.nprobe, params.nlist);
    }
    if (params.m == 0) {
        params.m = 1;
        for (int m = std::max(1, dim / 4); m >= 1; --m)
            if (dim % m == 0) {
                params.m = m;
                break;
            }
    }
    return params;
}

void validateTradeoffOptions(const TradeoffOptions& options, std::size_t catalogRows, std::size_t fullDim)
{
    const std::vector<int> dims = options.dims.empty() ? defaultDims(fullDim) : options.dims;
    checkDimsFit(dims, fullDim, "the catalog embeddings");
    if (catalogRows == 0)
        throw InputError("the catalog is empty");
    if (options.rescore < 1)
        throw InputError(
            fmt::format("{} must be at least 1, got {}", fieldRef(InputField::Rescore), options.rescore));
    const auto has = [&](Precision p) {
        return std::find(options.precisions.begin(), options.precisions.end(), p) != options.precisions.end();
    };
    const auto uses = [&](IndexKind kind) {
        return std::find(options.indexes.begin(), options.indexes.end(), kind) != options.indexes.end();
    };
    if (has(Precision::Binary) || has(Precision::BinaryRescore))
        for (const int dim : dims)
            if (dim % 8 != 0)
                throw InputError(
                    fmt::format("binary precision needs dims divisible by 8 (sign bits packed in "
                                "bytes), but dim {} is not",
                                dim));
    if (uses(IndexKind::IvfPq)) {
        for (const int nlist : options.nlist) {
            if (static_cast<std::size_t>(nlist) > catalogRows)
                throw InputError(
                    fmt::format("{} {} exceeds the catalog's {} products (IVF needs at least one "
                                "product per list to train)",
                                fieldRef(InputField::Nlist), nlist, catalogRows));
            for (const int nprobe : options.nprobe)
                if (nlist > 0 && nprobe > nlist)
                    throw InputError(fmt::format("{} {} exceeds {} {}", fieldRef(InputField::Nprobe), nprobe,
                                                 fieldRef(InputField::Nlist), nlist));
        }
        for (const int bits : options.pqBits) {
            if (bits > 16)
                throw InputError(
                    fmt::format("{} {} is above FAISS's limit of 16", fieldRef(InputField::PqBits), bits));
            if ((std::size_t{1} << bits) > catalogRows)
                throw InputError(fmt::format("{} {} needs at least {} products to train 2^{} centroids, the "
                                             "catalog has {}",
                                             fieldRef(InputField::PqBits), bits, std::size_t{1} << bits, bits,
                                             catalogRows));
        }
        for (const int m : options.pqM)
            for (const int dim : dims)
                if (m > 0 && dim % m != 0)
                    throw InputError(fmt::format("{} {} does not divide dim {} (PQ splits the vector into m "
                                                 "equal sub-vectors)",
                                                 fieldRef(InputField::PqM), m, dim));
    }
    for (const auto& funnel : options.funnels)
        checkFunnel(funnel, fullDim, options.scoring.spec.maxCutoff());
}

} // namespace near2
