#pragma once
// A sentence-transformers folder's own files around the Hugging Face model: modules.json (Transformer,
// Pooling, Normalize), 1_Pooling/config.json (the pooling mode, include_prompt), sentence_bert_config.json in
// the Transformer module's folder (max_seq_length, do_lower_case) and config_sentence_transformers.json
// (prompts). A plain Hugging Face folder gets what sentence-transformers gives it: mean pooling, no
// normalisation.
#include "core/encoder/model_manifest.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace near2 {

struct SentenceTransformerSettings
{
    bool fromModulesJson = false;
    // Where config.json and the weights are ("" module path: the folder).
    std::filesystem::path transformerFolder;
    Pooling pooling = Pooling::Mean;
    bool normalize = false;
    bool includePrompt = true; // false: the prompt's tokens (and [CLS]) are left out of the pooling
    std::optional<std::size_t> maxSeqLength;
    // sentence_bert_config.json's do_lower_case (lower-cases before tokenizing).
    std::optional<bool> lowercase;
    std::optional<std::string> queryPrompt, documentPrompt; // none: no prompt applies (not even "")
    std::string similarity; // config_sentence_transformers.json's similarity_fn_name ("": not declared)
    // Its "prompts" and "default_prompt_name" as written, for a fine-tuned folder handed back.
    std::map<std::string, std::string> prompts;
    std::string defaultPromptName;
    std::vector<std::string> modules; // module types in order, for descriptions
};

// Throws InputError naming the file and key (an unsupported module or pooling mode, a bad value).
SentenceTransformerSettings readSentenceTransformerSettings(const std::filesystem::path& folder);

// Which prompt sentence-transformers uses for queries and for documents, from the "prompts" object and
// "default_prompt_name" of config_sentence_transformers.json; and its similarity_fn_name.
void readPrompts(const std::filesystem::path& file, SentenceTransformerSettings& settings);

} // namespace near2
