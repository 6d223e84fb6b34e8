#pragma once
// near2-model.json, the manifest of a model bundle (format "near2-model/1"): what the TorchScript model
// outputs and how to tokenize and pool for it. Unknown keys are ignored; optional keys take the defaults
// below.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace near2 {

// Mean: the tokens under the attention mask; Cls: the first token; Max: the element-wise maximum; LastToken:
// the last token; None: the model returns sentence embeddings itself.
enum class Pooling { Mean, Cls, Max, LastToken, None };

// Queries and catalog documents take different prompts (prefixes).
enum class TextKind { Query, Document };

struct ModelManifest
{
    std::string name;
    std::size_t dim = 0;              // the sentence embedding size (required)
    std::vector<std::size_t> mrlDims; // nested dims the model was trained for (may be empty)
    std::size_t maxLength = 128;      // ids per text, [CLS] and [SEP] included
    Pooling pooling = Pooling::Mean;
    bool normalize = true;
    std::string tokenizer;         // file name inside the bundle: vocab.txt or tokenizer.json (required)
    std::optional<bool> lowercase; // absent: true for vocab.txt, the tokenizer.json's own setting otherwise
    std::string queryPrefix;
    std::string documentPrefix;
};

inline constexpr const char* kManifestFileName = "near2-model.json";
inline constexpr const char* kManifestFormat = "near2-model/1";

// Throws InputError naming the file and the field at fault.
ModelManifest readManifest(const std::filesystem::path& file);
ModelManifest parseManifest(const std::string& json, const std::filesystem::path& file);

const char* poolingName(Pooling pooling);

} // namespace near2
