#include "core/encoder/int8_linear.h"

#include <torch/torch.h>

namespace near2 {

struct Int8Linear::Packed
{
    torch::Tensor weight;      // int8 values as float32 [out, in] (exact)
    torch::Tensor weightScale; // [out]
    torch::Tensor bias;        // [out]
};

Int8Linear::Int8Linear(const torch::Tensor& weight, const torch::Tensor& bias)
{
    auto packed = std::make_shared<Packed>();
    const auto w = weight.detach().to(torch::kFloat32);
    packed->weightScale = (w.abs().amax(1) / 127.0).clamp_min(1e-30);
    packed->weight = torch::round(w / packed->weightScale.unsqueeze(1)).clamp(-127, 127);
    packed->bias = bias.detach().to(torch::kFloat32);
    m_packed = std::move(packed);
}

torch::Tensor Int8Linear::apply(const torch::Tensor& x) const
{
    const auto input = x.to(torch::kFloat32);
    const auto scale = (input.abs().amax(1, true) / 127.0).clamp_min(1e-30);
    const auto quantised = torch::round(input / scale).clamp(-127, 127);
    return torch::matmul(quantised, m_packed->weight.t()) * scale * m_packed->weightScale + m_packed->bias;
}

} // namespace near2
