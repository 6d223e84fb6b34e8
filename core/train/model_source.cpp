#include "core/train/model_source.h"

#include "core/encoder/model_bundle.h"
#include "core/search/model_embeddings.h"
#include "core/train/architectures.h"
#include "core/train/bundle_output.h"
#include "core/train/vocab_builder.h"
#include "core/util/error.h"

#include <fstream>
#include <sstream>
#include <unordered_set>

namespace near2 {

namespace fs = std::filesystem;

void ModelSource::writeTokenizer(const fs::path& folder) const
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

ModelSource fromBundle(const fs::path& folder)
{
    const ModelBundle bundle = ModelBundle::open(folder);
    ModelSource source;
    source.description = (folder / "model.pt").string();
    source.manifest = bundle.manifest();
    source.tokenizer = std::make_unique<BertTokenizer>(bundle.tokenizer());
    source.tokenizerFile = folder / bundle.manifest().tokenizer;
    std::ifstream model(folder / "model.pt", std::ios::binary);
    std::ostringstream bytes;
    bytes << model.rdbuf();
    source.modelBytes = bytes.str();
    return source;
}

ModelSource fromArchitecture(const Dataset& dataset, const TrainOptions& options)
{
    const ArchitectureSpec spec = architectureSpec(options.arch);
    ModelSource source;
    source.description = "architecture " + spec.name;
    source.vocabTokens =
        buildWordPieceVocab(vocabularyTexts(dataset, options.split), {.maxSize = options.vocabSize});
    source.tokenizer = std::make_unique<BertTokenizer>(source.vocabTokens, BertTokenizerOptions{});
    source.manifest.name = spec.name;
    source.manifest.dim = spec.dim;
    source.manifest.maxLength = spec.maxLength;
    source.manifest.pooling = Pooling::Mean;
    source.manifest.normalize = true;
    source.manifest.tokenizer = "vocab.txt";
    source.manifest.lowercase = true;
    source.modelBytes = buildArchitectureModule(spec, source.vocabTokens, options.seed);
    source.defaultLr = spec.defaultLr;
    return source;
}

} // namespace

ModelSource prepareModelSource(const Dataset& dataset, const TrainOptions& options)
{
    if (options.init.empty() == options.arch.empty())
        throw InputError("give either " + fieldRef(InputField::Init) + " BUNDLE (fine-tune) or " +
                         fieldRef(InputField::Arch) + " NAME (train from scratch)");
    return options.init.empty() ? fromArchitecture(dataset, options) : fromBundle(options.init);
}

} // namespace near2
