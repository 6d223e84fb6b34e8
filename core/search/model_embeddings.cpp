#include "core/search/model_embeddings.h"

#include "core/compute/runtime.h"
#include "core/encoder/embedding_cache.h"
#include "core/encoder/model_bundle.h"

namespace near2 {

std::string documentText(const Record& record)
{
    if (record.title.empty())
        return record.text;
    if (record.text.empty())
        return record.title;
    return record.title + " " + record.text;
}

std::string modelCatalogSource(const std::string& bundleFolder)
{
    return bundleFolder + " (catalog)";
}

std::string modelQuerySource(const std::string& bundleFolder)
{
    return bundleFolder + " (queries)";
}

ModelEmbeddings encodeDatasetWithModel(const std::string& bundleFolder, const Dataset& dataset,
                                       const EncodeOptions& options, const JobControl& job)
{
    const ModelBundle bundle = ModelBundle::open(bundleFolder);
    std::vector<std::string> documents;
    documents.reserve(dataset.corpus.size());
    for (const Record& record : dataset.corpus)
        documents.push_back(documentText(record));
    std::vector<std::string> queries;
    queries.reserve(dataset.queries.size());
    for (const Record& record : dataset.queries)
        queries.push_back(record.text);
    ModelEmbeddings result;
    result.device = compute::resolveDevice(options.device);
    result.similarityNote = similarityNote(bundle.description());
    result.corpus = encodeCached(bundle, documents, TextKind::Document, options, job);
    result.queries = encodeCached(bundle, queries, TextKind::Query, options, job);
    return result;
}

} // namespace near2
