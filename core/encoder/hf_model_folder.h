#pragma once
// A Hugging Face model folder as downloaded (config.json, model.safetensors or its shards, tokenizer.json or
// vocab.txt + tokenizer_config.json, and for sentence-transformers models modules.json,
// 1_Pooling/config.json, sentence_bert_config.json, config_sentence_transformers.json), described without
// reading any weights. A near2-model.json beside them (a folder `near2 train` wrote) adds the nested dims and
// the name.
#include "core/encoder/hf_config.h"
#include "core/encoder/model_manifest.h"
#include "core/encoder/sentence_transformers_config.h"
#include "core/tokenizer/vocab.h"

#include <filesystem>
#include <memory>
#include <optional>

namespace near2 {

// config.json or modules.json in the folder: opened as a Hugging Face folder, not a TorchScript bundle.
bool isHuggingFaceFolder(const std::filesystem::path& folder);

struct HfModelFolder
{
    std::filesystem::path folder;      // what the user named
    std::filesystem::path modelFolder; // config.json and the weights (a sentence-transformers module path)
    TransformerConfig config;
    SentenceTransformerSettings sentence;
    std::filesystem::path tokenizerFile;
    // Its bytes (for the model's content hash) and its vocabulary, read and parsed once.
    std::shared_ptr<const std::string> tokenizerBytes;
    std::shared_ptr<const LoadedVocab> tokenizerVocab;
    std::optional<bool> lowercase, stripAccents; // overrides of the tokenizer file's own settings
    // name, dim, mrl_dims, max_length, pooling, normalize, tokenizer (relative to `folder`), prompts.
    ModelManifest manifest;
};

// Throws InputError naming the file and key at fault (model_type not supported, no tokenizer, a tokenizer
// with more tokens than the word embeddings, a max_seq_length beyond the position embeddings, a
// near2-model.json whose dim contradicts config.json).
HfModelFolder readHfModelFolder(const std::filesystem::path& folder);

} // namespace near2
