#pragma once
// Where a training run starts: a model folder to fine-tune (--init: a Hugging Face folder, or a TorchScript
// bundle, which must be trusted like any model.pt) or a built-in architecture (--arch: fresh weights from the
// seed and a WordPiece vocabulary built from the training texts, see vocab_builder.h).
#include "core/data/dataset.h"
#include "core/encoder/compute_precision.h"
#include "core/encoder/hf_model_folder.h"
#include "core/encoder/model_manifest.h"
#include "core/encoder/pooling_spec.h"
#include "core/tokenizer/bert_tokenizer.h"
#include "core/train/train_options.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace near2 {

class EncoderNetwork;

struct TrainingStart
{
    std::string description; // for messages: the init folder's weights or "architecture NAME"
    std::shared_ptr<EncoderNetwork> network;
    ModelManifest manifest; // dim, pooling, max length, prefixes; mrl_dims filled in later
    PoolingSpec queryPooling, documentPooling;
    std::unique_ptr<BertTokenizer> tokenizer;
    std::optional<HfModelFolder> huggingFace; // --init of a Hugging Face folder: written back in its layout
    std::filesystem::path tokenizerFile;  // --init of a bundle: the file to copy; --arch: empty (vocabTokens)
    std::vector<std::string> vocabTokens; // --arch only
    double defaultLr = 2e-5;
    // The TorchScript is near2's own (--arch) or already in the trust list: the trained model.pt may be
    // remembered as trusted too.
    bool codeIsTrusted = false;

    // Writes the tokenizer file into a TorchScript bundle folder.
    void writeTokenizer(const std::filesystem::path& folder) const;
};

// Throws InputError for a bad --init folder (UntrustedModelCodeError for an untrusted model.pt), an unknown
// --arch, or both/neither given.
TrainingStart prepareTrainingStart(const Dataset& dataset, const TrainOptions& options);

// The texts a vocabulary is built from: every catalog text and the training split's query texts.
std::vector<std::string> vocabularyTexts(const Dataset& dataset, const std::string& split);

} // namespace near2
