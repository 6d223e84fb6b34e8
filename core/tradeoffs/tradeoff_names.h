#pragma once
// Names of precisions and index types as the CLI and CSV spell them, the bytes-per-vector formulas,
// and the parameter strings and cache keys of cells.
#include "core/tradeoffs/tradeoff_types.h"
#include "core/util/input_field.h"

#include <string>
#include <vector>

namespace near2 {

const char* precisionName(Precision precision); // fp32 fp16 int8 binary binary+rescore pq
const char* indexName(IndexKind index);         // flat hnsw ivfpq funnel

// "fp32,int8" → precisions; "flat,hnsw" → index kinds. Throw InputError naming `option` and the valid names.
std::vector<Precision> parsePrecisions(const std::string& text, InputField option = InputField::Precisions);
std::vector<IndexKind> parseIndexKinds(const std::string& text, InputField option = InputField::Index);
// "64,128" → positive integers in the given order, deduplicated. Throws InputError naming `option`.
std::vector<int> parsePositiveList(const std::string& text, InputField option);

// Bytes of one stored code: 4d, 2d, d, d/8 (binary and binary+rescore), m·bits/8 (pq).
double codeBytesPerVector(Precision precision, int dim, int pqM = 0, int pqBits = 8);
// Formula overhead of the index structure beside the codes: HNSW M·2·4 (level-0 links), IVF 8 (ids), flat 0.
double indexOverheadPerVector(IndexKind index, int hnswM);

// "M=32,efC=200,efS=64" / "nlist=64,nprobe=8,m=16,bits=8" / "R=10" / the funnel spec / "" for flat.
std::string cellParams(const CellSpec& spec);
// TradeoffOptions::dataKey as `near2 tradeoffs` and the workbench form it (so each reuses the other's cells):
// the embeddings' sources, the split and the gain map, which decide a cell's metrics beside its options.
std::string tradeoffDataKey(const std::string& corpusSource, const std::string& querySource,
                            const std::string& split, const std::string& gains);

// Everything that decides a cell's numbers, for the cache: dim, precision, index, params, depth, threads,
// data.
std::string cellKey(const CellSpec& spec, const TradeoffOptions& options, int threads);

} // namespace near2
