#pragma once
// A trained BERT / DistilBERT written back as a Hugging Face and sentence-transformers folder that is also a
// near2 bundle: model.safetensors (float32, Hugging Face's tensor names; the source's pooler kept), config.json,
// the tokenizer files, modules.json (Transformer, Pooling, Normalize when the model normalises),
// 1_Pooling/config.json, sentence_bert_config.json (max_seq_length), config_sentence_transformers.json (prompts)
// and near2-model.json (the nested dims it was trained for). sentence-transformers loads it and truncates it with
// truncate_dim as usual; the workbench opens it as data (no trust needed).
#include "core/encoder/hf_model_folder.h"
#include "core/encoder/model_manifest.h"

#include <filesystem>

namespace near2 {

class BertNetwork;

// Throws InputError naming the file that cannot be written.
void writeHuggingFaceModel(const BertNetwork& network, const HfModelFolder& source, const ModelManifest& manifest,
                           const std::filesystem::path& folder);

} // namespace near2
