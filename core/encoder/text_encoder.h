#pragma once
// Texts → embeddings with a model: prompts by kind, then chunk by chunk (a chunk is batchSize ×
// checkpointEveryBatches texts): tokenisation on every configured thread, sorted by length into batches, and
// the chunk's rows handed on in input order. Only one chunk's ids and vectors are held at a time. Progress
// ("encode", texts done/total) after every batch; cancellation checked before every batch (so it takes effect
// within one batch).
//
// Each distinct text is encoded once: a later copy, in this chunk or any later one (after a resume too),
// takes its first occurrence's vector bit for bit (shared_texts.h). Distinct texts' vectors depend on their
// batch by float rounding only (below 1e-6: the matrix products' blocking follows the batch's rows;
// encoder_network.h).
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
    std::string device = "auto"; // auto | cpu | cuda
    // Batches per chunk; the embedding cache saves its progress per chunk.
    std::size_t checkpointEveryBatches = 50;
};

// The ids of one text as the model sees it: the kind's prompt + text, [CLS] … [SEP], cut to max_length.
std::vector<std::int32_t> textIds(const ModelBundle& bundle, const std::string& text, TextKind kind);

// Rows [first, first + count) in input order, count × dim floats.
using EncodedRows = std::function<void(std::size_t first, std::size_t count, const float* values)>;

// Copies row `row`, handed on before (by this run or the interrupted one it resumes), into `values` (dim
// floats).
using WrittenRow = std::function<void(std::size_t row, float* values)>;

// Encodes texts[first …] chunk by chunk and hands each chunk's rows to `rows`; a copy of an earlier text
// reads that text's row back through `written`. `first` is where an interrupted run stopped (a chunk boundary
// of the same options).
void encodeStream(const ModelBundle& bundle, const std::vector<std::string>& texts, TextKind kind,
                  const EncodeOptions& options, const JobControl& job, std::size_t first,
                  const EncodedRows& rows, const WrittenRow& written);

// encodeStream into an owned matrix (no cache).
EmbeddingMatrix encodeTexts(const ModelBundle& bundle, const std::vector<std::string>& texts, TextKind kind,
                            const EncodeOptions& options, const JobControl& job);

// Texts per chunk for these options.
std::size_t encodingChunkSize(const EncodeOptions& options);

} // namespace near2
