#include "core/tradeoffs/tradeoff_cells.h"

#include "core/tradeoffs/tradeoff_names.h"
#include "core/tradeoffs/tradeoff_validation.h"

#include <fmt/format.h>

namespace near2 {

namespace {

void addHnswCells(std::vector<CellSpec>& cells, CellSpec spec, const TradeoffOptions& options)
{
    for (const int m : options.hnswM)
        for (const int efConstruction : options.efConstruction)
            for (const int efSearch : options.efSearch) {
                spec.hnsw = {m, efConstruction, efSearch};
                cells.push_back(spec);
            }
}

void addIvfPqCells(std::vector<CellSpec>& cells, CellSpec spec, const TradeoffOptions& options,
                   std::size_t catalogRows)
{
    spec.precision = Precision::ProductQuantized;
    for (const int nlist : options.nlist)
        for (const int m : options.pqM)
            for (const int bits : options.pqBits)
                for (const int nprobe : options.nprobe) {
                    spec.ivfpq = resolveIvfPq({nlist, nprobe, m, bits}, spec.dim, catalogRows);
                    cells.push_back(spec);
                }
}

CellSpec makeSpec(int dim, Precision precision, IndexKind index)
{
    CellSpec spec;
    spec.dim = dim;
    spec.precision = precision;
    spec.index = index;
    return spec;
}

bool isReference(const CellSpec& spec, std::size_t fullDim)
{
    return spec.dim == static_cast<int>(fullDim) && spec.precision == Precision::Fp32 &&
           spec.index == IndexKind::Flat;
}

} // namespace

CellPlan planCells(const TradeoffOptions& options, const std::vector<int>& dims, std::size_t catalogRows,
                   std::size_t fullDim)
{
    CellPlan plan;
    auto& cells = plan.cells;
    bool haveReference = false;
    for (const int dim : dims) {
        for (const Precision precision : options.precisions)
            for (const IndexKind index : options.indexes) {
                CellSpec spec;
                spec.dim = dim;
                spec.precision = precision;
                spec.index = index;
                spec.rescore = options.rescore;
                if (index == IndexKind::Flat)
                    cells.push_back(spec);
                else if (index == IndexKind::Hnsw)
                    addHnswCells(cells, spec, options);
            }
        for (const IndexKind index : options.indexes)
            if (index == IndexKind::IvfPq)
                addIvfPqCells(cells, makeSpec(dim, Precision::ProductQuantized, IndexKind::IvfPq), options,
                              catalogRows);
    }
    for (std::size_t i = 0; i < cells.size() && !haveReference; ++i)
        if (isReference(cells[i], fullDim)) {
            plan.reference = i;
            haveReference = true;
        }
    if (!haveReference) {
        plan.reference = cells.size();
        cells.push_back(makeSpec(static_cast<int>(fullDim), Precision::Fp32, IndexKind::Flat));
    }
    for (const auto& funnel : options.funnels) {
        CellSpec spec = makeSpec(funnel.stages.back().dim, Precision::Fp32, IndexKind::Funnel);
        spec.funnel = funnel;
        cells.push_back(spec);
    }
    return plan;
}

std::string buildKey(const CellSpec& spec)
{
    std::string key = fmt::format("{}|{}|{}", spec.dim, precisionName(spec.precision), indexName(spec.index));
    if (spec.index == IndexKind::Hnsw)
        key += fmt::format("|{}|{}", spec.hnsw.m, spec.hnsw.efConstruction);
    else if (spec.index == IndexKind::IvfPq)
        key += fmt::format("|{}|{}|{}", spec.ivfpq.nlist, spec.ivfpq.m, spec.ivfpq.bits);
    else if (spec.index == IndexKind::Funnel)
        key += "|" + spec.funnel.text;
    if (spec.precision == Precision::BinaryRescore)
        key += fmt::format("|R{}", spec.rescore);
    return key;
}

} // namespace near2
