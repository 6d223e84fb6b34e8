#pragma once
// Where a training run starts: an existing bundle (--init: its model.pt, manifest and tokenizer file) or a
// built-in architecture (--arch: fresh weights from the seed and a WordPiece vocabulary built from the
// training texts, see vocab_builder.h).
#include "core/data/dataset.h"
#include "core/encoder/model_manifest.h"
#include "core/tokenizer/bert_tokenizer.h"
#include "core/train/train_options.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace near2 {

struct ModelSource
{
    std::string description; // for messages: the init bundle's model.pt or "architecture NAME"
    std::string modelBytes;  // serialised TorchScript
    ModelManifest manifest;  // dim, pooling, max length, prefixes; mrl_dims filled in later
    std::unique_ptr<BertTokenizer> tokenizer;
    std::filesystem::path tokenizerFile;  // --init: the file to copy; --arch: empty (vocabTokens is written)
    std::vector<std::string> vocabTokens; // --arch only
    double defaultLr = 2e-5;

    // Writes the tokenizer file into a bundle folder.
    void writeTokenizer(const std::filesystem::path& folder) const;
};

// Throws InputError for a bad --init bundle, an unknown --arch, or both/neither given.
ModelSource prepareModelSource(const Dataset& dataset, const TrainOptions& options);

// The texts a vocabulary is built from: every catalog text and the training split's query texts.
std::vector<std::string> vocabularyTexts(const Dataset& dataset, const std::string& split);

} // namespace near2
