#pragma once
// Texts → embeddings with a model: prompts by kind, then chunk by chunk (a chunk is batchSize ×
// checkpointEveryBatches texts): tokenisation on every configured thread, each distinct id sequence encoded once
// (identical texts share one vector), sorted by length into batches, and the chunk's rows handed on in input
// order. Only one chunk's ids and vectors are held at a time. Progress ("encode", texts done/total) after every
// batch; cancellation checked before every batch (so it takes effect within one batch).
//
// Identical texts in one chunk share one vector (bit-identical); otherwise a vector depends on its batch by
// float rounding (below 1e-6: the matrix products' blocking follows the batch's rows; encoder_network.h).
#include "core/embed/embedding_matrix.h"
#include "core/encoder/model_bundle.h"
#include "core/util/progress.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace near2 {

struct EncodeOptions
{
    std::size_t batchSize = 64;
    std::string device = "auto";             // auto | cpu | cuda
    std::size_t checkpointEveryBatches = 50; // batches per chunk; the embedding cache saves its progress per chunk
};

// The ids of one text as the model sees it: the kind's prompt + text, [CLS] … [SEP], cut to max_length.
std::vector<std::int32_t> textIds(const ModelBundle& bundle, const std::string& text, TextKind kind);

// Rows [first, first + count) in input order, count × dim floats.
using EncodedRows = std::function<void(std::size_t first, std::size_t count, const float* values)>;

// Encodes texts[first …] chunk by chunk and hands each chunk's rows to `rows`. `first` is where an interrupted
// run stopped (a chunk boundary of the same options).
void encodeStream(const ModelBundle& bundle, const std::vector<std::string>& texts, TextKind kind,
                  const EncodeOptions& options, const JobControl& job, std::size_t first, const EncodedRows& rows);

// encodeStream into an owned matrix (no cache).
EmbeddingMatrix encodeTexts(const ModelBundle& bundle, const std::vector<std::string>& texts, TextKind kind,
                            const EncodeOptions& options, const JobControl& job);

// Texts per chunk for these options.
std::size_t encodingChunkSize(const EncodeOptions& options);

} // namespace near2
