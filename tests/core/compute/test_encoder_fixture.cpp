#include "tests/core/compute/test_encoder_fixture.h"

#include "core/train/bert_script.h"

#include <fmt/format.h>
#include <fstream>
#include <torch/script.h>

namespace near2::test {

namespace {

BertScriptShape scriptShape(const BertShape& s)
{
    return {.layers = s.layers,
            .hidden = s.hidden,
            .heads = s.heads,
            .typeEmbedding = true,
            .sentenceOutput = s.sentenceOutput};
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
    module.define(bertBlockScript(scriptShape(s)));
    module.define(bertForwardScript(scriptShape(s)));
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
