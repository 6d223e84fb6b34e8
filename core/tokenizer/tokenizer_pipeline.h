#pragma once
// The parts of a tokenizer.json around its WordPiece model that near2 does not run but reproduces: the
// BertPreTokenizer (split on whitespace and punctuation) and a post-processor that wraps a text as
// [CLS] text [SEP]. Anything else would give other ids than Hugging Face's tokenizer, so it is refused.
#include <filesystem>
#include <nlohmann/json.hpp>

namespace near2 {

// Throws InputError naming the file and the key (pre_tokenizer, post_processor) when `root` asks for another
// pipeline; a missing key is taken as BERT's.
void checkBertPipeline(const std::filesystem::path& file, const nlohmann::json& root);

} // namespace near2
