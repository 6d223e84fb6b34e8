#include "core/tradeoffs/tradeoff_names.h"

#include "core/util/error.h"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>
#include <sstream>

namespace near2 {

namespace {

std::vector<std::string> splitCommas(const std::string& text)
{
    std::vector<std::string> parts;
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, ','))
        if (!part.empty())
            parts.push_back(part);
    return parts;
}

template <typename T> void appendUnique(std::vector<T>& values, T value)
{
    if (std::find(values.begin(), values.end(), value) == values.end())
        values.push_back(value);
}

} // namespace

const char* precisionName(Precision precision)
{
    switch (precision) {
    case Precision::Fp32:
        return "fp32";
    case Precision::Fp16:
        return "fp16";
    case Precision::Int8:
        return "int8";
    case Precision::Binary:
        return "binary";
    case Precision::BinaryRescore:
        return "binary+rescore";
    case Precision::ProductQuantized:
        return "pq";
    }
    return "?";
}

const char* indexName(IndexKind index)
{
    switch (index) {
    case IndexKind::Flat:
        return "flat";
    case IndexKind::Hnsw:
        return "hnsw";
    case IndexKind::IvfPq:
        return "ivfpq";
    case IndexKind::Funnel:
        return "funnel";
    }
    return "?";
}

std::vector<Precision> parsePrecisions(const std::string& text, InputField option)
{
    std::vector<Precision> result;
    for (const auto& name : splitCommas(text)) {
        const Precision all[] = {Precision::Fp32, Precision::Fp16, Precision::Int8, Precision::Binary,
                                 Precision::BinaryRescore};
        const auto* found = std::find_if(std::begin(all), std::end(all),
                                         [&](Precision p) { return name == precisionName(p); });
        if (found == std::end(all))
            throw InputError(fieldRef(option) + ": unknown precision '" + name +
                             "' (expected fp32, fp16, int8, binary, binary+rescore)");
        appendUnique(result, *found);
    }
    if (result.empty())
        throw InputError(fieldRef(option) + ": name at least one precision");
    return result;
}

std::vector<IndexKind> parseIndexKinds(const std::string& text, InputField option)
{
    std::vector<IndexKind> result;
    for (const auto& name : splitCommas(text)) {
        if (name == "flat")
            appendUnique(result, IndexKind::Flat);
        else if (name == "hnsw")
            appendUnique(result, IndexKind::Hnsw);
        else if (name == "ivfpq")
            appendUnique(result, IndexKind::IvfPq);
        else
            throw InputError(fieldRef(option) + ": unknown index '" + name +
                             "' (expected flat, hnsw, ivfpq)");
    }
    if (result.empty())
        throw InputError(fieldRef(option) + ": name at least one index type");
    return result;
}

std::vector<int> parsePositiveList(const std::string& text, InputField option)
{
    std::vector<int> result;
    for (const auto& part : splitCommas(text)) {
        int value = 0;
        const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), value);
        if (error != std::errc() || end != part.data() + part.size() || value <= 0)
            throw InputError(fieldRef(option) + ": expected positive integers separated by commas, got '" +
                             part + "'");
        appendUnique(result, value);
    }
    if (result.empty())
        throw InputError(fieldRef(option) + ": give at least one value");
    return result;
}

double codeBytesPerVector(Precision precision, int dim, int pqM, int pqBits)
{
    const double d = dim;
    switch (precision) {
    case Precision::Fp32:
        return 4 * d;
    case Precision::Fp16:
        return 2 * d;
    case Precision::Int8:
        return d;
    case Precision::Binary:
    case Precision::BinaryRescore:
        return d / 8;
    case Precision::ProductQuantized:
        return static_cast<double>(pqM) * pqBits / 8;
    }
    return 0;
}

double indexOverheadPerVector(IndexKind index, int hnswM)
{
    if (index == IndexKind::Hnsw)
        return static_cast<double>(hnswM) * 2 * 4;
    if (index == IndexKind::IvfPq)
        return 8;
    return 0;
}

std::string cellParams(const CellSpec& spec)
{
    std::string params;
    if (spec.index == IndexKind::Hnsw)
        params = fmt::format("M={},efC={},efS={}", spec.hnsw.m, spec.hnsw.efConstruction, spec.hnsw.efSearch);
    else if (spec.index == IndexKind::IvfPq)
        params = fmt::format("nlist={},nprobe={},m={},bits={}", spec.ivfpq.nlist, spec.ivfpq.nprobe,
                             spec.ivfpq.m, spec.ivfpq.bits);
    else if (spec.index == IndexKind::Funnel)
        return spec.funnel.text;
    if (spec.precision == Precision::BinaryRescore)
        params += (params.empty() ? "" : ",") + fmt::format("R={}", spec.rescore);
    return params;
}

std::string tradeoffDataKey(const std::string& corpusSource, const std::string& querySource,
                            const std::string& split, const std::string& gains)
{
    return corpusSource + "|" + querySource + "|split=" + split + "|gains=" + gains;
}

std::string cellKey(const CellSpec& spec, const TradeoffOptions& options, int threads)
{
    const bool torch = options.flatEngine == FlatEngine::Torch && spec.index == IndexKind::Flat &&
                       (spec.precision == Precision::Fp32 || spec.precision == Precision::Fp16);
    return fmt::format("{}|{}|{}|{}|k={}|th={}|lq={}|{}|{}|{}", spec.dim, precisionName(spec.precision),
                       indexName(spec.index), cellParams(spec),
                       fmt::join(options.scoring.spec.columnNames(), ","), threads, options.latencyQueries,
                       options.scoring.relevantThreshold, torch ? "torch:" + options.device : "faiss",
                       options.dataKey);
}

} // namespace near2
