#pragma once
// Texts → embeddings with a model bundle: prefixes by kind, tokenisation on every configured thread, batches
// sorted by length with dynamic padding, progress ("encode", texts done/total) and cancellation checked
// before every batch (so it takes effect within one batch).
#include "core/embed/embedding_matrix.h"
#include "core/encoder/model_bundle.h"
#include "core/util/progress.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace near2 {

enum class TextKind { Query, Document };

struct EncodeOptions
{
    std::size_t batchSize = 64;
    std::string device = "auto";             // auto | cpu | cuda
    std::size_t checkpointEveryBatches = 50; // the embedding cache saves its progress this often
};

// The ids of every text ([CLS] … [SEP], cut to the manifest's max_length) and the order to encode them in:
// by length, so that a batch pads little. The order does not depend on the batch size.
struct EncodingPlan
{
    std::vector<std::vector<std::int32_t>> ids;
    std::vector<std::size_t> order; // positions into `ids`, shortest first, ties in input order
};

EncodingPlan planEncoding(const ModelBundle& bundle, const std::vector<std::string>& texts, TextKind kind);

// Encodes plan.order[first …] in batches, writing row plan.order[i] of `out` (rows × dim floats, input
// order). `afterBatch(done)` is called after each batch with the number of ordered positions finished so far.
void runEncoding(const ModelBundle& bundle, const EncodingPlan& plan, const EncodeOptions& options,
                 const JobControl& job, float* out, std::size_t first = 0,
                 const std::function<void(std::size_t done)>& afterBatch = {});

// planEncoding + runEncoding into an owned matrix (no cache).
EmbeddingMatrix encodeTexts(const ModelBundle& bundle, const std::vector<std::string>& texts, TextKind kind,
                            const EncodeOptions& options, const JobControl& job);

} // namespace near2
