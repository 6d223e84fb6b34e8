#include "core/encoder/hf_checkpoint.h"
#include "core/encoder/hf_model_folder.h"
#include "core/encoder/model_bundle.h"
#include "core/eval/dims.h"
#include "core/util/error.h"

namespace near2 {

namespace {

void setNestedDims(ModelDescription& description)
{
    const auto& mrl = description.manifest.mrlDims;
    description.nestedDims =
        mrl.empty() ? defaultDims(description.manifest.dim) : std::vector<int>(mrl.begin(), mrl.end());
}

} // namespace

ModelDescription describeModel(const HfModelFolder& model)
{
    ModelDescription description;
    description.format = ModelFormat::HuggingFace;
    description.architecture = architectureName(model.config.architecture);
    description.layers = model.config.layers;
    description.heads = model.config.heads;
    description.intermediate = model.config.intermediate;
    description.manifest = model.manifest;
    description.modules = model.sentence.modules;
    description.weights = safetensorsWeightsFile(model.modelFolder);
    description.similarity = model.sentence.similarity;
    setNestedDims(description);
    return description;
}

std::string similarityNote(const ModelDescription& description)
{
    if (description.similarity.empty() || description.similarity == "cosine")
        return {};
    return "the model declares similarity_fn_name \"" + description.similarity +
           "\" (config_sentence_transformers.json); the workbench ranks by the cosine of the embeddings cut "
           "to each dim, as Matryoshka evaluations do, so its rankings may differ from that model's own";
}

ModelDescription describeModel(const std::filesystem::path& folder)
{
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error))
        throw InputError(folder, "the model folder does not exist");
    if (isHuggingFaceFolder(folder))
        return describeModel(readHfModelFolder(folder));
    ModelDescription description;
    description.format = ModelFormat::TorchScript;
    description.architecture = "torchscript";
    description.manifest = readManifest(folder / kManifestFileName);
    description.runsCode = true;
    description.weights = folder / "model.pt";
    setNestedDims(description);
    return description;
}

} // namespace near2
