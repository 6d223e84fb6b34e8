#include "core/train/hf_output.h"

#include "core/encoder/bert_network.h"
#include "core/encoder/hf_checkpoint.h"
#include "core/encoder/json_fields.h"
#include "core/train/bundle_output.h"
#include "core/util/atomic_file.h"
#include "core/util/error.h"

#include <torch/torch.h>

namespace near2 {

namespace fs = std::filesystem;
using nlohmann::ordered_json;

namespace {

void writeJson(const fs::path& file, const nlohmann::json& json)
{
    AtomicFile out(file);
    out.stream() << json.dump(2) << '\n';
    out.commit();
}

// Tensors of the source that the forward pass does not train but Hugging Face's BertModel expects (the
// pooler, the position_ids buffer), under their unprefixed names; task heads are left out.
std::map<std::string, TensorBytes> passThrough(const HfCheckpoint& checkpoint,
                                               const std::map<std::string, torch::Tensor>& trained)
{
    std::map<std::string, TensorBytes> kept;
    for (const std::string& stored : checkpoint.names()) {
        std::string name = stored;
        for (const char* prefix : {"bert.", "distilbert.", "model."})
            if (name.starts_with(prefix))
                name = name.substr(std::string(prefix).size());
        if (trained.contains(name) || !(name.starts_with("pooler.") || name == "embeddings.position_ids"))
            continue;
        const SafetensorsTensor& tensor = *checkpoint.find(stored);
        kept[name] = {tensor.dtypeName,
                      tensor.shape,
                      {tensor.data, static_cast<std::size_t>(tensor.end - tensor.begin)}};
    }
    return kept;
}

void writeWeights(const BertNetwork& network, const HfModelFolder& source, const fs::path& file)
{
    const auto trained = network.namedWeights();
    const HfCheckpoint checkpoint = HfCheckpoint::open(source.modelFolder);
    std::map<std::string, TensorBytes> tensors = passThrough(checkpoint, trained);
    for (const auto& [name, tensor] : trained)
        tensors[name] = {"F32",
                         tensor.sizes().vec(),
                         {reinterpret_cast<const std::byte*>(tensor.data_ptr<float>()),
                          static_cast<std::size_t>(tensor.numel()) * sizeof(float)}};
    writeSafetensors(file, tensors, {{"format", "pt"}});
}

void copyIfPresent(const fs::path& from, const fs::path& to)
{
    std::error_code error;
    if (!fs::exists(from, error))
        return;
    fs::copy_file(from, to, fs::copy_options::overwrite_existing, error);
    if (error)
        throw InputError(to, "cannot copy " + from.filename().string() + ": " + error.message());
}

void writeSentenceTransformerFiles(const ModelManifest& manifest, const SentenceTransformerSettings& source,
                                   const fs::path& folder)
{
    ordered_json modules = ordered_json::array();
    modules.push_back(
        {{"idx", 0}, {"name", "0"}, {"path", ""}, {"type", "sentence_transformers.models.Transformer"}});
    modules.push_back(
        {{"idx", 1}, {"name", "1"}, {"path", "1_Pooling"}, {"type", "sentence_transformers.models.Pooling"}});
    if (manifest.normalize) {
        modules.push_back({{"idx", 2},
                           {"name", "2"},
                           {"path", "2_Normalize"},
                           {"type", "sentence_transformers.models.Normalize"}});
        fs::create_directories(folder / "2_Normalize");
    }
    writeJson(folder / "modules.json", modules);
    fs::create_directories(folder / "1_Pooling");
    const Pooling p = manifest.pooling;
    writeJson(folder / "1_Pooling" / "config.json",
              ordered_json{{"word_embedding_dimension", manifest.dim},
                           {"pooling_mode_cls_token", p == Pooling::Cls},
                           {"pooling_mode_mean_tokens", p == Pooling::Mean},
                           {"pooling_mode_max_tokens", p == Pooling::Max},
                           {"pooling_mode_mean_sqrt_len_tokens", false},
                           {"pooling_mode_weightedmean_tokens", false},
                           {"pooling_mode_lasttoken", p == Pooling::LastToken},
                           {"include_prompt", source.includePrompt}});
    writeJson(folder / "sentence_bert_config.json",
              ordered_json{{"max_seq_length", manifest.maxLength},
                           {"do_lower_case", source.lowercase.value_or(false)}});
    // The model's own prompts and default prompt name where training kept the prompts they give; otherwise
    // only those it had: an empty one would still change the pooling with include_prompt false.
    ordered_json prompts = ordered_json::object();
    ordered_json defaultName = nullptr;
    if (source.queryPrompt.value_or("") == manifest.queryPrefix &&
        source.documentPrompt.value_or("") == manifest.documentPrefix) {
        for (const auto& [name, prompt] : source.prompts)
            prompts[name] = prompt;
        if (!source.defaultPromptName.empty())
            defaultName = source.defaultPromptName;
    } else {
        if (source.queryPrompt)
            prompts["query"] = manifest.queryPrefix;
        if (source.documentPrompt)
            prompts["document"] = manifest.documentPrefix;
    }
    writeJson(folder / "config_sentence_transformers.json", ordered_json{{"prompts", prompts},
                                                                         {"default_prompt_name", defaultName},
                                                                         {"similarity_fn_name", "cosine"}});
}

} // namespace

void writeHuggingFaceModel(const BertNetwork& network, const HfModelFolder& source,
                           const ModelManifest& manifest, const fs::path& folder)
{
    writeWeights(network, source, folder / kSafetensorsFileName);
    nlohmann::json config = readJsonObject(source.modelFolder / kHfConfigFileName, "the model configuration");
    config["torch_dtype"] = "float32";
    writeJson(folder / kHfConfigFileName, config);
    for (const char* name :
         {"tokenizer.json", "vocab.txt", "tokenizer_config.json", "special_tokens_map.json"})
        copyIfPresent(source.modelFolder / name, folder / name);
    writeSentenceTransformerFiles(manifest, source.sentence, folder);
    ModelManifest near2 = manifest;
    near2.tokenizer = source.tokenizerFile.filename().string();
    writeManifest(folder / kManifestFileName, near2);
}

} // namespace near2
