// Built-in architectures as TorchScript source plus registered parameters.
#include "core/train/architectures.h"

#include "core/encoder/torchscript_network.h"
#include "core/train/bert_script.h"
#include "core/train/piece_grams.h"
#include "core/util/error.h"

#include <cmath>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <sstream>
#include <torch/script.h>

namespace near2 {

namespace {

torch::Tensor normal(std::vector<std::int64_t> shape, double std)
{
    return torch::randn(shape) * std;
}

BertScriptShape scriptShape(const ArchitectureSpec& s)
{
    return {.layers = s.layers, .hidden = static_cast<int>(s.dim), .heads = s.heads};
}

void addBert(torch::jit::Module& module, const ArchitectureSpec& s, std::int64_t vocabSize)
{
    const auto h = static_cast<std::int64_t>(s.dim);
    const std::int64_t inner = s.intermediate;
    module.register_parameter("word_emb", normal({vocabSize, h}, 0.02), false);
    module.register_parameter("pos_emb", normal({static_cast<std::int64_t>(s.maxLength), h}, 0.02), false);
    module.register_parameter("emb_ln_w", torch::ones({h}), false);
    module.register_parameter("emb_ln_b", torch::zeros({h}), false);
    for (int layer = 0; layer < s.layers; ++layer) {
        const auto name = [&](const char* part) { return fmt::format("l{}_{}", layer, part); };
        module.register_parameter(name("qkv_w"), normal({3 * h, h}, 0.02), false);
        module.register_parameter(name("qkv_b"), torch::zeros({3 * h}), false);
        module.register_parameter(name("o_w"), normal({h, h}, 0.02), false);
        module.register_parameter(name("o_b"), torch::zeros({h}), false);
        module.register_parameter(name("ln1_w"), torch::ones({h}), false);
        module.register_parameter(name("ln1_b"), torch::zeros({h}), false);
        module.register_parameter(name("i_w"), normal({inner, h}, 0.02), false);
        module.register_parameter(name("i_b"), torch::zeros({inner}), false);
        module.register_parameter(name("f_w"), normal({h, inner}, 0.02), false);
        module.register_parameter(name("f_b"), torch::zeros({h}), false);
        module.register_parameter(name("ln2_w"), torch::ones({h}), false);
        module.register_parameter(name("ln2_b"), torch::zeros({h}), false);
    }
    module.define(bertBlockScript(scriptShape(s)));
    module.define(bertForwardScript(scriptShape(s)));
}

void addBagOfPieces(torch::jit::Module& module, const ArchitectureSpec& s, std::int64_t vocabSize)
{
    const auto h = static_cast<std::int64_t>(s.dim);
    module.register_parameter("word_emb", normal({vocabSize, h}, 0.1), false);
    module.register_parameter("proj_w", normal({h, h}, 1.0 / std::sqrt(static_cast<double>(h))), false);
    module.register_parameter("proj_b", torch::zeros({h}), false);
    module.register_attribute(kTokenWiseAttribute, c10::BoolType::get(), true);
    module.define(R"(
def forward(self, input_ids: Tensor, attention_mask: Tensor) -> Tensor:
    return torch.linear(torch.embedding(self.word_emb, input_ids), self.proj_w, self.proj_b)
)");
}

// bow's shape plus, per piece, the mean of its character n-grams' vectors, summed before the dense layer.
// Each distinct piece of the batch is computed once and then placed at its positions: a batch repeats its
// pieces (padding above all) several times over, and training time goes with the pieces computed.
void addBagOfPiecesAndGrams(torch::jit::Module& module, const ArchitectureSpec& s,
                            const std::vector<std::string>& vocabulary)
{
    const auto h = static_cast<std::int64_t>(s.dim);
    const auto v = static_cast<std::int64_t>(vocabulary.size());
    PieceGrams grams = pieceGrams(vocabulary);
    const auto width = static_cast<std::int64_t>(grams.width);
    module.register_parameter("word_emb", normal({v, h}, 0.1), false);
    module.register_parameter("gram_emb", normal({static_cast<std::int64_t>(grams.gramCount), h}, 0.1),
                              false);
    module.register_parameter("proj_w", normal({h, h}, 1.0 / std::sqrt(static_cast<double>(h))), false);
    module.register_parameter("proj_b", torch::zeros({h}), false);
    module.register_buffer("piece_grams", torch::tensor(grams.grams, torch::kLong).view({v, width}));
    module.register_buffer("piece_gram_weights", torch::tensor(grams.weights).view({v, width}));
    module.register_attribute(kTokenWiseAttribute, c10::BoolType::get(), true);
    module.define(R"(
def forward(self, input_ids: Tensor, attention_mask: Tensor) -> Tensor:
    unique_ids, positions, counts = torch._unique2(input_ids, True, True, False)
    grams = self.piece_grams[unique_ids]
    flat = grams.reshape(-1)
    offsets = torch.arange(0, flat.size(0), grams.size(1), device=input_ids.device)
    weights = self.piece_gram_weights[unique_ids].reshape(-1)
    bags = torch.embedding_bag(self.gram_emb, flat, offsets, False, 0, False, weights, False, None)[0]
    pieces = torch.linear(torch.embedding(self.word_emb, unique_ids) + bags, self.proj_w, self.proj_b)
    return torch.embedding(pieces, positions)
)");
}

} // namespace

std::vector<std::string> architectureNames()
{
    return {"bow-256", "grams-256", "grams-512", "bert-mini", "bert-base"};
}

ArchitectureSpec architectureSpec(const std::string& name)
{
    if (name == "bow-256")
        return {.name = name, .dim = 256, .maxLength = 128, .defaultLr = 2e-3};
    if (name == "grams-256" || name == "grams-512")
        return {.name = name,
                .dim = name == "grams-256" ? 256u : 512u,
                .maxLength = 128,
                .defaultLr = 2e-3,
                .pieceGrams = true};
    if (name == "bert-mini")
        return {.name = name,
                .dim = 256,
                .maxLength = 64,
                .defaultLr = 5e-4,
                .layers = 2,
                .heads = 4,
                .intermediate = 1024};
    if (name == "bert-base")
        return {.name = name,
                .dim = 768,
                .maxLength = 128,
                .defaultLr = 1e-4,
                .layers = 12,
                .heads = 12,
                .intermediate = 3072};
    throw InputError(fieldRef(InputField::Arch) + ": unknown architecture '" + name +
                     "' (known: " + fmt::format("{}", fmt::join(architectureNames(), ", ")) + ")");
}

std::string buildArchitectureModule(const ArchitectureSpec& spec, std::size_t vocabSize, std::uint64_t seed)
{
    std::vector<std::string> vocabulary;
    for (std::size_t i = 0; i < vocabSize; ++i)
        vocabulary.push_back("piece" + std::to_string(i));
    return buildArchitectureModule(spec, vocabulary, seed);
}

std::string buildArchitectureModule(const ArchitectureSpec& spec, const std::vector<std::string>& vocabulary,
                                    std::uint64_t seed)
{
    const auto vocabSize = static_cast<std::int64_t>(vocabulary.size());
    torch::manual_seed(seed);
    torch::jit::Module module("Near2Encoder");
    if (spec.pieceGrams)
        addBagOfPiecesAndGrams(module, spec, vocabulary);
    else if (spec.layers == 0)
        addBagOfPieces(module, spec, vocabSize);
    else
        addBert(module, spec, vocabSize);
    std::ostringstream bytes;
    module.save(bytes);
    return bytes.str();
}

} // namespace near2
