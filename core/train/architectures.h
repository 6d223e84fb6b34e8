#pragma once
// Built-in encoder architectures trained from scratch with `near2 train --arch NAME`, as TorchScript modules
// built in C++ (register_parameter + define), so a trained model.pt loads in Python's torch.jit.load too.
// forward(input_ids int64[B,L], attention_mask int64[B,L]) → token embeddings float[B,L,dim] (mean pooling).
//  - bow-256: bag of WordPiece pieces: an embedding per piece, then a dense 256×256 layer. Fast enough to
//    train the demo shop on 2 CPU cores in a minute or two.
//  - grams-256, grams-512: bow-256's shape (or 512 wide) where each piece's embedding is its own vector plus
//    the mean of the vectors of its character 3- and 4-grams (core/train/piece_grams.h): subword features
//    for model numbers, spellings without hyphens and typos. The demo model is grams-256.
//  - bert-mini: a 2-layer BERT (hidden 256, 4 heads, intermediate 1024, learned positions).
//  - bert-base: BERT-base's shape (12 layers, hidden 768, 12 heads, intermediate 3072): for benchmarks.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace near2 {

struct ArchitectureSpec
{
    std::string name;
    std::size_t dim = 0;
    std::size_t maxLength = 128; // ids per text, [CLS] and [SEP] included
    double defaultLr = 1e-3;
    int layers = 0, heads = 0, intermediate = 0; // transformers only
    bool pieceGrams = false;                     // bag of pieces plus their character n-grams
};

std::vector<std::string> architectureNames();

// Throws InputError naming --arch and the known names.
ArchitectureSpec architectureSpec(const std::string& name);

// A freshly initialised module (weights from `seed`) for `vocabulary` (the pieces, in id order), serialised
// as model.pt bytes.
std::string buildArchitectureModule(const ArchitectureSpec& spec, const std::vector<std::string>& vocabulary,
                                    std::uint64_t seed);
// The same for a vocabulary of `vocabSize` made-up pieces (benchmarks on random ids).
std::string buildArchitectureModule(const ArchitectureSpec& spec, std::size_t vocabSize, std::uint64_t seed);

} // namespace near2
