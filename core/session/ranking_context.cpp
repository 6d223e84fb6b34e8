#include "core/session/ranking_context.h"

#include "core/encoder/model_bundle.h"
#include "core/encoder/text_encoder.h"
#include "core/eval/evaluation_plan.h"
#include "core/search/model_embeddings.h"
#include "core/session/dataset_files.h"
#include "core/session/stand_in_model.h"
#include "core/util/error.h"

namespace near2::session {

std::shared_ptr<const RankingContext> loadRankingContext(const ProjectSnapshot& project,
                                                         const JobControl& job,
                                                         const std::filesystem::path& projectFile)
{
    auto context = std::make_shared<RankingContext>();
    job.report("load dataset", 0, 1);
    auto dataset = std::make_shared<Dataset>(loadDataset(project.dataset));
    job.checkCancelled();
    context->tieRanks = tieRanksOf(dataset->corpus);
    const auto& model = project.model;
    if (model.kind == "bundle") {
        const auto bundle = ModelBundle::open(model.paths.at(0));
        auto encoded = encodeDatasetWithModel(model.paths[0], *dataset, EncodeOptions{}, job);
        context->corpus = encoded.corpus;
        context->queries = encoded.queries;
        context->encodeQuery = [bundle](const std::string& text) {
            const auto matrix = encodeTexts(bundle, {text}, TextKind::Query, EncodeOptions{}, JobControl{});
            return std::vector<float>(matrix.data(), matrix.data() + matrix.dim());
        };
    } else {
        job.report("read embeddings", 0, 1);
        context->corpus = readEmbeddings(model.paths.at(0));
        job.checkCancelled();
        if (model.paths.size() > 1)
            context->queries = readEmbeddings(model.paths[1]);
        if (model.kind == "stand-in")
            context->encodeQuery = embedQueryWithStandInModel;
    }
    job.checkCancelled();
    if (context->corpus.rows() != dataset->corpus.size())
        throw InputError(model.paths.at(0), "the catalog embeddings no longer match the dataset's catalog");
    NestedLayoutFile cache;
    if (!projectFile.empty())
        cache = {nestedLayoutPathOf(projectFile), catalogSourceKey(project.model, project.dataset)};
    context->catalog = std::make_shared<const NestedCatalog>(context->corpus, project.settings.dims, cache);
    context->dataset = std::move(dataset);
    return context;
}

AdhocRanking rankAdhocQuery(const RankingContext& context, const std::string& text, int dim, int referenceDim,
                            std::size_t k, const JobControl& job)
{
    if (!context.encodeQuery)
        throw InputError("this project has precomputed embeddings and no model: ad-hoc queries need a model");
    AdhocRanking ranking{text, dim, referenceDim, {}, {}, {}};
    const std::vector<float> query = context.encodeQuery(text);
    const auto layout = context.catalog->layout(job);
    ranking.current = rankAtDim(*layout, query, dim, k, context.tieRanks);
    ranking.reference = rankAtDim(*layout, query, referenceDim, k, context.tieRanks);
    for (const auto* list : {&ranking.current, &ranking.reference})
        for (const auto& doc : *list)
            ranking.products.emplace(doc.row, productRecordOf(*context.dataset, doc.row));
    return ranking;
}

ProductRecord productRecordOf(const Dataset& dataset, std::int32_t row)
{
    const Record& record = dataset.corpus[static_cast<std::size_t>(row)];
    ProductRecord product{row, record.id, record.title, {}};
    if (!record.text.empty())
        product.fields.emplace_back("text", record.text);
    product.fields.insert(product.fields.end(), record.attributes.begin(), record.attributes.end());
    return product;
}

} // namespace near2::session
