#include "core/train/training_start.h"

#include "core/util/input_field.h"

#include "core/encoder/model_bundle.h"
#include "core/encoder/model_trust.h"
#include "core/encoder/torchscript_network.h"
#include "core/search/model_embeddings.h"
#include "core/train/architectures.h"
#include "core/train/bundle_output.h"
#include "core/train/vocab_builder.h"
#include "core/util/bounded_read.h"
#include "core/util/error.h"

#include <unordered_set>

namespace near2 {

namespace fs = std::filesystem;

void TrainingStart::writeTokenizer(const fs::path& folder) const
{
    if (tokenizerFile.empty()) {
        writeVocabTxt(folder / manifest.tokenizer, vocabTokens);
        return;
    }
    std::error_code error;
    fs::copy_file(tokenizerFile, folder / manifest.tokenizer, fs::copy_options::overwrite_existing, error);
    if (error)
        throw InputError(folder / manifest.tokenizer, "cannot copy the tokenizer file: " + error.message());
}

std::vector<std::string> vocabularyTexts(const Dataset& dataset, const std::string& split)
{
    std::vector<std::string> texts;
    texts.reserve(dataset.corpus.size() + dataset.queries.size());
    for (const Record& record : dataset.corpus)
        texts.push_back(documentText(record));
    std::unordered_set<std::string> trainingQueries;
    if (const auto it = dataset.splits.find(split); it != dataset.splits.end())
        for (const auto& judgement : it->second.judgements)
            trainingQueries.insert(judgement.queryId);
    for (const Record& record : dataset.queries)
        if (trainingQueries.contains(record.id))
            texts.push_back(record.text);
    return texts;
}

namespace {

TrainingStart fromFolder(const fs::path& folder)
{
    const ModelBundle bundle = ModelBundle::open(folder); // checks everything, trust included
    TrainingStart start;
    start.network = bundle.network();
    start.description = start.network->source();
    start.manifest = bundle.manifest();
    start.queryPooling = bundle.pooling(TextKind::Query);
    start.documentPooling = bundle.pooling(TextKind::Document);
    start.tokenizer = std::make_unique<BertTokenizer>(bundle.tokenizer());
    if (bundle.description().format == ModelFormat::HuggingFace) {
        start.huggingFace = readHfModelFolder(folder);
    } else {
        start.tokenizerFile = folder / bundle.manifest().tokenizer;
        const std::string bytes =
            readFileBounded(folder / "model.pt", std::uint64_t{4} << 30, "the TorchScript model");
        start.codeIsTrusted = isModelCodeTrusted(sha256Hex(bytes));
    }
    return start;
}

TrainingStart fromArchitecture(const Dataset& dataset, const TrainOptions& options)
{
    const ArchitectureSpec spec = architectureSpec(options.arch);
    TrainingStart start;
    start.description = "architecture " + spec.name;
    start.vocabTokens = buildWordPieceVocab(vocabularyTexts(dataset, options.split), {.maxSize = options.vocabSize});
    start.tokenizer = std::make_unique<BertTokenizer>(start.vocabTokens, BertTokenizerOptions{});
    start.manifest.name = spec.name;
    start.manifest.dim = spec.dim;
    start.manifest.maxLength = spec.maxLength;
    start.manifest.pooling = Pooling::Mean;
    start.manifest.normalize = true;
    start.manifest.tokenizer = "vocab.txt";
    start.manifest.lowercase = true;
    start.queryPooling = start.documentPooling = {.pooling = Pooling::Mean, .normalize = true};
    start.network = std::make_shared<TorchScriptNetwork>(
        buildArchitectureModule(spec, start.vocabTokens, options.seed), start.description, false);
    start.defaultLr = spec.defaultLr;
    start.codeIsTrusted = true;
    return start;
}

} // namespace

TrainingStart prepareTrainingStart(const Dataset& dataset, const TrainOptions& options)
{
    if (options.init.empty() == options.arch.empty())
        throw InputError("give either " + fieldRef(InputField::Init) + " MODEL (fine-tune) or " +
                         fieldRef(InputField::Arch) + " NAME (train from scratch)");
    return options.init.empty() ? fromArchitecture(dataset, options) : fromFolder(options.init);
}

} // namespace near2
