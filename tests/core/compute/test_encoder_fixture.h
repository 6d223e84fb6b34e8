#pragma once
// BERT-shaped TorchScript models with random weights, built in C++ (register_parameter + define), and model
// bundles around them, for the encoder and cache tests and the encode benchmark.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace near2::test {

struct BertShape
{
    int layers = 2;
    int hidden = 32;
    int heads = 2;
    int intermediate = 64;
    int vocabSize = 0; // 0: the size of the vocabulary written with the bundle
    int maxPositions = 512;
    bool sentenceOutput = false; // forward returns [B,H] (the [CLS] vector) instead of [B,L,H]
};

void saveBertLikeModel(const std::filesystem::path& file, const BertShape& shape, std::uint64_t seed = 1);

// A small WordPiece vocabulary: specials, a–z, ##a–##z and a few words.
std::vector<std::string> smallVocab();

// model.pt + vocab.txt + near2-model.json (`manifestFields` is spliced into the JSON object, e.g.
// R"("pooling": "cls",)"). `vocabFile` empty: writes smallVocab(); otherwise copies that file.
void writeBertBundle(const std::filesystem::path& folder, const BertShape& shape,
                     const std::string& manifestFields = "", const std::filesystem::path& vocabFile = {});

} // namespace near2::test
