#include "core/encoder/int8_linear.h"

#include <ATen/core/dispatch/Dispatcher.h>
#include <torch/torch.h>

namespace near2 {

namespace {

c10::optional<c10::OperatorHandle> quantizedOperator(const char* name)
{
    const auto engine = at::globalContext().qEngine();
    if (engine != at::QEngine::ONEDNN && engine != at::QEngine::FBGEMM)
        return c10::nullopt; // QNNPACK (for ARM phones) ran slower than fp32 on x86 here
    return c10::Dispatcher::singleton().findSchema({name, ""});
}

const c10::optional<c10::OperatorHandle>& prepackOperator()
{
    static const auto handle = quantizedOperator("quantized::linear_prepack");
    return handle;
}

const c10::optional<c10::OperatorHandle>& dynamicLinearOperator()
{
    static const auto handle = quantizedOperator("quantized::linear_dynamic");
    return handle;
}

} // namespace

bool Int8Linear::hasInt8Kernel()
{
    return prepackOperator() && dynamicLinearOperator();
}

struct Int8Linear::Packed
{
    c10::IValue prepacked;     // the quantised library's packed weights, when it has an int8 kernel
    torch::Tensor weight;      // otherwise: int8 values as float32 [out, in] (exact)
    torch::Tensor weightScale; // [out]
    torch::Tensor bias;        // [out]
};

Int8Linear::Int8Linear(const torch::Tensor& weight, const torch::Tensor& bias)
{
    auto packed = std::make_shared<Packed>();
    const auto w = weight.detach().to(torch::kFloat32).contiguous();
    packed->weightScale = (w.abs().amax(1) / 127.0).clamp_min(1e-30);
    packed->bias = bias.detach().to(torch::kFloat32);
    if (hasInt8Kernel()) {
        const auto quantised =
            torch::quantize_per_channel(w, packed->weightScale.to(torch::kFloat64),
                                        torch::zeros({w.size(0)}, torch::kInt64), 0, torch::kQInt8);
        // No bias in the packed weights: it is added after the rows are scaled back.
        torch::jit::Stack stack{quantised, c10::IValue()};
        prepackOperator()->callBoxed(&stack);
        packed->prepacked = std::move(stack.at(0));
    } else {
        packed->weight = torch::round(w / packed->weightScale.unsqueeze(1)).clamp(-127, 127);
    }
    m_packed = std::move(packed);
}

// The library's dynamic linear quantises its whole input with one scale and zero point taken from the input's
// minimum and maximum. Each row is divided by its own max |x| and two rows [1, 0, …] and [-1, 0, …] are
// appended, so that minimum and maximum are -1 and 1 whatever the batch holds: a row is then quantised
// exactly as with its own scale, and its result does not depend on the other rows (the int32 accumulation is
// exact).
torch::Tensor Int8Linear::apply(const torch::Tensor& x) const
{
    const auto input = x.to(torch::kFloat32);
    if (!m_packed->prepacked.isNone()) {
        const auto rows = input.size(0), width = input.size(1);
        const auto rowMax = input.abs().amax(1, true).clamp_min(1e-30);
        auto normalised = torch::empty({rows + 2, width}, input.options());
        auto head = normalised.narrow(0, 0, rows);
        torch::div_out(head, input, rowMax);
        normalised.narrow(0, rows, 2).zero_();
        normalised[rows][0] = 1.0F;
        normalised[rows + 1][0] = -1.0F;
        torch::jit::Stack stack{normalised, m_packed->prepacked, false};
        dynamicLinearOperator()->callBoxed(&stack);
        return torch::addcmul(m_packed->bias, stack.at(0).toTensor().narrow(0, 0, rows), rowMax);
    }
    const auto scale = (input.abs().amax(1, true) / 127.0).clamp_min(1e-30);
    const auto quantised = torch::round(input / scale).clamp(-127, 127);
    return torch::matmul(quantised, m_packed->weight.t()) * scale * m_packed->weightScale + m_packed->bias;
}

} // namespace near2
