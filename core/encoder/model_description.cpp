#include "core/encoder/model_bundle.h"

#include "core/encoder/hf_checkpoint.h"
#include "core/encoder/hf_model_folder.h"
#include "core/eval/dims.h"
#include "core/util/error.h"

namespace near2 {

ModelDescription describeModel(const std::filesystem::path& folder)
{
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error))
        throw InputError(folder, "the model folder does not exist");
    ModelDescription description;
    if (isHuggingFaceFolder(folder)) {
        const HfModelFolder model = readHfModelFolder(folder);
        description.format = ModelFormat::HuggingFace;
        description.architecture = architectureName(model.config.architecture);
        description.layers = model.config.layers;
        description.heads = model.config.heads;
        description.intermediate = model.config.intermediate;
        description.manifest = model.manifest;
        description.modules = model.sentence.modules;
        description.weights = safetensorsWeightsFile(model.modelFolder);
    } else {
        description.format = ModelFormat::TorchScript;
        description.architecture = "torchscript";
        description.manifest = readManifest(folder / kManifestFileName);
        description.runsCode = true;
        description.weights = folder / "model.pt";
    }
    const auto& mrl = description.manifest.mrlDims;
    description.nestedDims = mrl.empty() ? defaultDims(description.manifest.dim)
                                         : std::vector<int>(mrl.begin(), mrl.end());
    return description;
}

} // namespace near2
