#include "tests/core/compute/test_encoder_fixture.h"

#include <fmt/format.h>
#include <fstream>
#include <torch/script.h>

namespace near2::test {

namespace {

const char* kBlockParameters[] = {"qkv_w", "qkv_b", "o_w", "o_b", "ln1_w", "ln1_b",
                                  "i_w",   "i_b",   "f_w", "f_b", "ln2_w", "ln2_b"};

std::string blockSource(const BertShape& s)
{
    const int headDim = s.hidden / s.heads;
    return fmt::format(R"(
def block(self, x: Tensor, mask: Tensor, qkv_w: Tensor, qkv_b: Tensor, o_w: Tensor, o_b: Tensor, ln1_w: Tensor,
          ln1_b: Tensor, i_w: Tensor, i_b: Tensor, f_w: Tensor, f_b: Tensor, ln2_w: Tensor, ln2_b: Tensor) -> Tensor:
    B = x.size(0)
    L = x.size(1)
    q, k, v = torch.linear(x, qkv_w, qkv_b).chunk(3, -1)
    q = q.view(B, L, {heads}, {headDim}).transpose(1, 2)
    k = k.view(B, L, {heads}, {headDim}).transpose(1, 2)
    v = v.view(B, L, {heads}, {headDim}).transpose(1, 2)
    scores = torch.matmul(q, k.transpose(-1, -2)) * {scale} + mask
    context = torch.matmul(torch.softmax(scores, -1), v).transpose(1, 2).reshape(B, L, {hidden})
    x = torch.layer_norm(x + torch.linear(context, o_w, o_b), [{hidden}], ln1_w, ln1_b, 1e-12)
    h = torch.gelu(torch.linear(x, i_w, i_b))
    return torch.layer_norm(x + torch.linear(h, f_w, f_b), [{hidden}], ln2_w, ln2_b, 1e-12)
)",
                       fmt::arg("heads", s.heads), fmt::arg("headDim", headDim), fmt::arg("hidden", s.hidden),
                       fmt::arg("scale", 1.0 / std::sqrt(static_cast<double>(headDim))));
}

std::string forwardSource(const BertShape& s)
{
    std::string source = fmt::format(R"(
def forward(self, input_ids: Tensor, attention_mask: Tensor) -> Tensor:
    positions = torch.arange(input_ids.size(1), device=input_ids.device)
    x = torch.embedding(self.word_emb, input_ids) + torch.embedding(self.pos_emb, positions).unsqueeze(0)
    x = torch.layer_norm(x + self.type_emb, [{hidden}], self.emb_ln_w, self.emb_ln_b, 1e-12)
    mask = ((1.0 - attention_mask.to(x.dtype)) * -10000.0).unsqueeze(1).unsqueeze(2)
)",
                                     fmt::arg("hidden", s.hidden));
    for (int layer = 0; layer < s.layers; ++layer) {
        source += "    x = self.block(x, mask";
        for (const char* name : kBlockParameters)
            source += fmt::format(", self.l{}_{}", layer, name);
        source += ")\n";
    }
    source += s.sentenceOutput ? "    return x[:, 0]\n" : "    return x\n";
    return source;
}

torch::Tensor randomWeights(std::vector<std::int64_t> shape)
{
    return torch::randn(shape) * 0.02;
}

} // namespace

void saveBertLikeModel(const std::filesystem::path& file, const BertShape& s, std::uint64_t seed)
{
    torch::manual_seed(seed);
    torch::jit::Module module("BertLike");
    const std::int64_t h = s.hidden, inner = s.intermediate;
    module.register_parameter("word_emb", randomWeights({s.vocabSize, h}), false);
    module.register_parameter("pos_emb", randomWeights({s.maxPositions, h}), false);
    module.register_parameter("type_emb", randomWeights({h}), false);
    module.register_parameter("emb_ln_w", torch::ones({h}), false);
    module.register_parameter("emb_ln_b", torch::zeros({h}), false);
    for (int layer = 0; layer < s.layers; ++layer) {
        const auto name = [&](const char* part) { return fmt::format("l{}_{}", layer, part); };
        module.register_parameter(name("qkv_w"), randomWeights({3 * h, h}), false);
        module.register_parameter(name("qkv_b"), randomWeights({3 * h}), false);
        module.register_parameter(name("o_w"), randomWeights({h, h}), false);
        module.register_parameter(name("o_b"), randomWeights({h}), false);
        module.register_parameter(name("ln1_w"), torch::ones({h}), false);
        module.register_parameter(name("ln1_b"), torch::zeros({h}), false);
        module.register_parameter(name("i_w"), randomWeights({inner, h}), false);
        module.register_parameter(name("i_b"), randomWeights({inner}), false);
        module.register_parameter(name("f_w"), randomWeights({h, inner}), false);
        module.register_parameter(name("f_b"), randomWeights({h}), false);
        module.register_parameter(name("ln2_w"), torch::ones({h}), false);
        module.register_parameter(name("ln2_b"), torch::zeros({h}), false);
    }
    module.define(blockSource(s));
    module.define(forwardSource(s));
    module.save(file.string());
}

std::vector<std::string> smallVocab()
{
    std::vector<std::string> tokens = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"};
    for (char c = 'a'; c <= 'z'; ++c)
        tokens.emplace_back(1, c);
    for (char c = 'a'; c <= 'z'; ++c)
        tokens.push_back(std::string("##") + c);
    for (const char* word : {"usb", "cable", "drill", "cordless", "hammer", "query", ":", "-", ",", "!", "."})
        tokens.emplace_back(word);
    return tokens;
}

void writeBertBundle(const std::filesystem::path& folder, const BertShape& shape,
                     const std::string& manifestFields, const std::filesystem::path& vocabFile)
{
    std::filesystem::create_directories(folder);
    BertShape s = shape;
    if (vocabFile.empty()) {
        std::ofstream vocab(folder / "vocab.txt");
        const auto tokens = smallVocab();
        for (const auto& token : tokens)
            vocab << token << '\n';
        if (s.vocabSize == 0)
            s.vocabSize = static_cast<int>(tokens.size());
    } else {
        std::filesystem::copy_file(vocabFile, folder / "vocab.txt",
                                   std::filesystem::copy_options::overwrite_existing);
        if (s.vocabSize == 0)
            s.vocabSize = 30522;
    }
    saveBertLikeModel(folder / "model.pt", s);
    std::ofstream manifest(folder / "near2-model.json");
    manifest << "{" << manifestFields << R"( "format": "near2-model/1", "name": "test-bert", "dim": )"
             << s.hidden << R"(, "tokenizer": "vocab.txt"})";
}

} // namespace near2::test
