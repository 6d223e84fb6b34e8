#include "core/train/bert_script.h"

#include <cmath>
#include <fmt/format.h>

namespace near2 {

const std::array<const char*, 12>& bertBlockParameterNames()
{
    static const std::array<const char*, 12> names = {"qkv_w", "qkv_b", "o_w", "o_b", "ln1_w", "ln1_b",
                                                      "i_w",   "i_b",   "f_w", "f_b", "ln2_w", "ln2_b"};
    return names;
}

std::string bertBlockScript(const BertScriptShape& s)
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

std::string bertForwardScript(const BertScriptShape& s)
{
    std::string source = fmt::format(R"(
def forward(self, input_ids: Tensor, attention_mask: Tensor) -> Tensor:
    positions = torch.arange(input_ids.size(1), device=input_ids.device)
    x = torch.embedding(self.word_emb, input_ids) + torch.embedding(self.pos_emb, positions).unsqueeze(0)
    x = torch.layer_norm(x{typeEmbedding}, [{hidden}], self.emb_ln_w, self.emb_ln_b, 1e-12)
    mask = ((1.0 - attention_mask.to(x.dtype)) * -10000.0).unsqueeze(1).unsqueeze(2)
)",
                                     fmt::arg("typeEmbedding", s.typeEmbedding ? " + self.type_emb" : ""),
                                     fmt::arg("hidden", s.hidden));
    for (int layer = 0; layer < s.layers; ++layer) {
        source += "    x = self.block(x, mask";
        for (const char* name : bertBlockParameterNames())
            source += fmt::format(", self.l{}_{}", layer, name);
        source += ")\n";
    }
    return source + (s.sentenceOutput ? "    return x[:, 0]\n" : "    return x\n");
}

} // namespace near2
