#pragma once
// A WordPiece vocabulary built from the training texts, for built-in architectures trained from scratch (so
// nothing has to be downloaded). The procedure, simple and deterministic:
//  1. split every text with BERT's basic tokenizer (lower case, accents stripped, punctuation isolated);
//  2. the specials [PAD] [UNK] [CLS] [SEP] [MASK] (ids 0–4), then every character seen, as a word start and
//     as a "##" continuation, so that no word becomes [UNK];
//  3. whole words seen at least `minCount` times, most frequent first;
//  4. word-start pieces of 3–5 characters and "##" continuations of 2–4 characters cut from those words, seen
//  at
//     least `minCount` times, most frequent first: typos and unseen model numbers break into known pieces;
//  ties by byte order; stop at `maxSize` tokens (steps 3 and 4 interleave by frequency).
#include <cstddef>
#include <string>
#include <vector>

namespace near2 {

struct VocabBuildOptions
{
    std::size_t maxSize = 30000;
    std::size_t minCount = 2;
};

// Tokens by id (write one per line as vocab.txt).
std::vector<std::string> buildWordPieceVocab(const std::vector<std::string>& texts,
                                             const VocabBuildOptions& options = {});

} // namespace near2
