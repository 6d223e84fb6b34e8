#pragma once
// config.json of a Hugging Face encoder: the architecture and its sizes. Supported: model_type "bert" (BERT,
// MiniLM, bge, e5, gte, arctic-embed, mxbai…) and "distilbert"; anything else is refused naming model_type.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace near2 {

enum class EncoderArchitecture { Bert, DistilBert };
enum class Activation { Gelu, GeluTanh, Relu };

struct TransformerConfig
{
    EncoderArchitecture architecture = EncoderArchitecture::Bert;
    std::string modelType; // as in the file
    std::int64_t vocabSize = 0, hidden = 0, layers = 0, heads = 0, intermediate = 0;
    std::int64_t maxPositions = 512, typeVocabSize = 0; // DistilBERT has no token types
    double layerNormEps = 1e-12;
    Activation activation = Activation::Gelu;
    std::string activationName;
    double hiddenDropout = 0.1, attentionDropout = 0.1; // training only
};

inline constexpr const char* kHfConfigFileName = "config.json";

std::vector<std::string> supportedModelTypes();
const char* architectureName(EncoderArchitecture architecture);

// Throws InputError naming the file and the key (model_type not supported, sizes missing or inconsistent).
TransformerConfig parseTransformerConfig(const std::string& json, const std::filesystem::path& file);
TransformerConfig readTransformerConfig(const std::filesystem::path& file);

} // namespace near2
