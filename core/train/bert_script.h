#pragma once
// TorchScript source of a BERT-shaped encoder (blocks of self-attention + GELU feed-forward, learned
// positions), shared by the built-in `bert-*` architectures and the tests' BERT-like bundles. The module
// registers `word_emb`, `pos_emb`, `emb_ln_w`, `emb_ln_b` (and `type_emb` when asked) and, per layer L, the
// parameters `l<L>_<name>` for each name of bertBlockParameterNames().
#include <array>
#include <string>

namespace near2 {

struct BertScriptShape
{
    int layers = 0;
    int hidden = 0;
    int heads = 0;
    bool typeEmbedding = false;  // adds a learned `type_emb` vector to every token (segment 0 of BERT)
    bool sentenceOutput = false; // forward returns the [CLS] vector [B,H] instead of the tokens [B,L,H]
};

const std::array<const char*, 12>& bertBlockParameterNames();

// `def block(...)` and `def forward(self, input_ids, attention_mask)`, to pass to Module::define in this
// order.
std::string bertBlockScript(const BertScriptShape& shape);
std::string bertForwardScript(const BertScriptShape& shape);

} // namespace near2
