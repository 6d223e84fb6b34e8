#pragma once
// The memory–quality–latency grid (issue 7): which cells to measure and what one cell measured.
// A cell is one nested dim × one precision × one index type with its parameters. No FAISS or LibTorch here.
#include "core/eval/sweep_scoring.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace near2 {

enum class Precision {
    Fp32,             // 4 bytes per dim
    Fp16,             // 2 bytes per dim
    Int8,             // FAISS scalar quantizer QT_8bit, trained on the catalog: 1 byte per dim
    Binary,           // sign bits, Hamming distance: 1 bit per dim
    BinaryRescore,    // Hamming shortlist of rescore×k, re-scored with the fp32 vectors at that dim
    ProductQuantized, // IVF-PQ codes (m·bits/8 bytes); only with the ivfpq index
};

enum class IndexKind { Flat, Hnsw, IvfPq, Funnel };

// Where exact flat fp32/fp16 cells are searched.
enum class FlatEngine {
    Faiss, // FAISS on the CPU (default, what CI tests)
    Torch, // LibTorch matrix product + topk on `device` ("cuda" on a GPU machine; "cpu" for tests)
};

struct HnswParams
{
    int m = 32;
    int efConstruction = 200;
    int efSearch = 64;
};

struct IvfPqParams
{
    int nlist = 0;  // 0: auto, the largest power of two ≤ √catalog (at least 1)
    int nprobe = 8; // clamped to nlist when nlist is auto
    int m = 0;      // sub-quantizers; 0: auto, the largest divisor of the dim ≤ dim/4
    int bits = 8;   // bits per sub-quantizer code
};

// A funnel (Matryoshka adaptive retrieval): stage i keeps `keep` candidates scored at `dim`. The first stage
// searches the whole catalog exactly; later stages re-rank the previous stage's shortlist.
struct FunnelStage
{
    int dim = 0;
    int keep = 0;
};
struct FunnelSpec
{
    std::vector<FunnelStage> stages;
    std::string text; // "16:200,64:50,768:10"
};

struct CellSpec
{
    int dim = 0;
    Precision precision = Precision::Fp32;
    IndexKind index = IndexKind::Flat;
    HnswParams hnsw;   // Hnsw only
    IvfPqParams ivfpq; // IvfPq only (resolved: no auto values)
    int rescore = 10;  // BinaryRescore only
    FunnelSpec funnel; // Funnel only
};

struct CellMeasure
{
    CellSpec spec;
    std::string params;         // "M=32,efC=200,efS=64", "nlist=64,nprobe=8,m=16,bits=8", the funnel spec
    std::string device = "cpu"; // where the search ran
    double bytesPerVector = 0; // held: 4d, 2d, d, d/8, binary+rescore d/8+4d, m·bits/8 (funnel: 4·last dim)
    double indexOverheadPerVector = 0; // beside the codes: HNSW links ≈ M·2·4, IVF ids 8 (formula)
    double rescoreBytesPerVector =
        0; // of bytesPerVector: fp32 vectors read to re-score (binary+rescore: 4d), beside codes
    std::size_t indexBytes = 0; // real size held: FAISS serialisation + rescore vectors (exact: torch)
    double buildSeconds = 0;
    double latencyP50Ms = 0, latencyP95Ms = 0; // one query at a time on one thread
    int latencyThreads = 1;
    double queriesPerSecond = 0; // one batch of all queries on `threads` threads
    int threads = 1;
    double flopsPerQuery = 0; // estimated multiply-adds × 2 (funnels and flat cells; 0 when not estimated)
    std::vector<double> metrics;       // mean over the split, in EvaluationResult::columns order
    std::vector<std::string> warnings; // FAISS's training warnings for this cell (training_warnings.h)
    TopKLists rankings;  // the cell's results, one row per searchable query (for the ranking inspector)
    bool reused = false; // taken from the cache, not measured in this run
    std::string key;     // cellKey(): what the cache and the project store it under
};

// A measured grid: the cells in measuring order, then the funnels.
struct TradeoffReport
{
    std::vector<std::string> columns; // metric columns, "ndcg@10", ... (EvaluationResult::columns)
    std::vector<CellMeasure> cells;
    std::size_t reference = 0; // fp32 flat at the full dim (added when the grid lacks it)
    int fullDim = 0;
};

struct TradeoffOptions
{
    std::vector<int> dims; // empty: defaultDims(full dim)
    std::vector<Precision> precisions{Precision::Fp32, Precision::Fp16, Precision::Int8, Precision::Binary,
                                      Precision::BinaryRescore};
    std::vector<IndexKind> indexes{IndexKind::Flat};
    // Swept parameters: every combination is a cell.
    std::vector<int> hnswM{32}, efConstruction{200}, efSearch{64};
    std::vector<int> nlist{0}, nprobe{8}, pqM{0}, pqBits{8};
    int rescore = 10;
    std::vector<FunnelSpec> funnels;
    ScoringOptions scoring;           // metrics and cutoffs; the search depth is the largest cutoff
    std::size_t latencyQueries = 100; // queries timed one at a time (the first ones of the split)
    int threads = 0;                  // batch threads; 0: compute::configuredThreads()
    FlatEngine flatEngine = FlatEngine::Faiss;
    std::string device = "cpu"; // for FlatEngine::Torch
    std::string dataKey;        // identifies the embeddings in cache keys (the caller's choice)
};

} // namespace near2
