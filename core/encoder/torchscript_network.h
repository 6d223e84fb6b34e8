#pragma once
// A TorchScript model.pt as an EncoderNetwork: `forward(input_ids int64[B,L], attention_mask int64[B,L])`
// returns token states [B,L,H] (or sentence embeddings [B,H] for pooling "none"). Each length group is one
// call with an all-ones mask, so no call ever sees padding; a module whose boolean attribute
// kTokenWiseAttribute is true (each token's state depends on that token alone, as in the bag-of-pieces
// architectures) gets the whole batch as one row in one call instead. Loading runs the module's code: callers
// check trust first (model_trust.h).
#include "core/encoder/encoder_network.h"

#include <filesystem>
#include <memory>

namespace near2 {

inline constexpr const char* kTokenWiseAttribute = "near2_token_wise";

class TorchScriptNetwork final : public EncoderNetwork
{
public:
    // `bytes`: the model.pt file's content (hashed and trusted by the caller, then loaded from memory so that
    // what runs is what was checked). Throws InputError naming `source` when it is not loadable TorchScript.
    TorchScriptNetwork(const std::string& bytes, std::string source, bool sentenceLevel);
    ~TorchScriptNetwork() override;

    at::Tensor forward(const at::Tensor& ids, std::span<const LengthGroup> groups) override;
    bool sentenceLevel() const override;
    std::int64_t hiddenSize() const override;
    std::vector<at::Tensor> parameters() override;
    void setTraining(bool training) override;
    void to(const std::string& device) override;
    void setPrecision(ComputePrecision precision) override;
    const std::string& source() const override;

    // model.pt in eval mode, loadable by Python's torch.jit.load.
    void save(const std::filesystem::path& file);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace near2
