#pragma once
// A model bundle: a folder with near2-model.json, model.pt (TorchScript) and a WordPiece tokenizer file.
// `forward(input_ids: int64[B,L], attention_mask: int64[B,L])` returns token embeddings float[B,L,H] (pooling
// mean/cls) or sentence embeddings float[B,H] (pooling none). LibTorch stays inside the .cpp (PIMPL).
// Cheap to copy (shared state); embedBatch may be called from one thread at a time per bundle.
#include "core/encoder/model_manifest.h"
#include "core/tokenizer/bert_tokenizer.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace near2 {

class ModelBundle
{
public:
    // Reads and checks the manifest, the tokenizer and model.pt, then runs the model once on a tiny input to
    // check its output against the manifest (rank for the pooling, size = dim). Throws InputError naming the
    // file.
    static ModelBundle open(const std::filesystem::path& folder);

    const std::filesystem::path& folder() const;
    const ModelManifest& manifest() const;
    const BertTokenizer& tokenizer() const;
    std::size_t dim() const { return manifest().dim; }
    // A hash of model.pt, the manifest and the tokenizer file: the model half of a cache key.
    const std::string& contentHash() const;

    // Pools (and L2-normalises when the manifest says so) a batch of id sequences padded to the longest with
    // [PAD] under a zero attention mask; writes batch.size() × dim floats to `out`. `device`: "cpu" or
    // "cuda".
    void embedBatch(std::span<const std::vector<std::int32_t>* const> batch, float* out,
                    const std::string& device) const;

private:
    struct Impl;
    explicit ModelBundle(std::shared_ptr<Impl> impl) : m_impl(std::move(impl)) {}
    std::shared_ptr<Impl> m_impl;
};

} // namespace near2
