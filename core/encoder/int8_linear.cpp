#include "core/encoder/int8_linear.h"

#include "core/encoder/int8_rows.h"

#include <ATen/Parallel.h>
#include <ATen/core/dispatch/Dispatcher.h>
#include <torch/torch.h>
#ifdef NEAR2_HAVE_ONEDNN
#include <oneapi/dnnl/dnnl.h>
#endif

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

// oneDNN's u8 × s8 → s32 GEMM is exact only with VNNI: without it, pairs of products are summed in 16 bits
// and can saturate (dnnl_gemm_u8s8s32's documentation).
bool oneDnnGemmIsExact()
{
#ifdef NEAR2_HAVE_ONEDNN
    static const bool exact = [] {
        const auto isa = static_cast<unsigned>(dnnl_get_effective_cpu_isa());
        const auto has = [isa](dnnl_cpu_isa_t wanted) {
            return (isa & static_cast<unsigned>(wanted)) == static_cast<unsigned>(wanted);
        };
        return has(dnnl_cpu_isa_avx512_core_vnni) || has(dnnl_cpu_isa_avx2_vnni);
    }();
    return exact;
#else
    return false;
#endif
}

// Rows per task of the element-wise loops: enough work per thread to pay for the hand-off.
constexpr std::int64_t kRowGrain = 16;

} // namespace

bool Int8Linear::hasInt8Kernel()
{
    return oneDnnGemmIsExact() || (prepackOperator() && dynamicLinearOperator());
}

const char* Int8Linear::kernelName()
{
    if (oneDnnGemmIsExact())
        return "oneDNN u8s8s32 GEMM (VNNI)";
    if (prepackOperator() && dynamicLinearOperator())
        return "LibTorch quantized::linear_dynamic";
    return "float32 (no int8 kernel)";
}

struct Int8Linear::Packed
{
    torch::Tensor int8Weight;  // oneDNN: int8 [out, in]
    c10::IValue prepacked;     // else the quantised library's packed weights, when it has an int8 kernel
    torch::Tensor weight;      // else int8 values as float32 [out, in] (exact)
    torch::Tensor weightScale; // [out]
    torch::Tensor bias;        // [out]
};

Int8Linear::Int8Linear(const torch::Tensor& weight, const torch::Tensor& bias)
{
    auto packed = std::make_shared<Packed>();
    const auto w = weight.detach().to(torch::kFloat32).contiguous();
    packed->weightScale = (w.abs().amax(1) / 127.0).clamp_min(1e-30);
    packed->bias = bias.detach().to(torch::kFloat32).contiguous();
    if (oneDnnGemmIsExact()) {
        packed->int8Weight =
            torch::round(w / packed->weightScale.unsqueeze(1)).clamp(-127, 127).to(torch::kInt8).contiguous();
    } else if (hasInt8Kernel()) {
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
#ifdef NEAR2_HAVE_ONEDNN
    if (m_packed->int8Weight.defined())
        return applyOneDnn(input.contiguous());
#endif
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

#ifdef NEAR2_HAVE_ONEDNN
// Each row quantised on its own scale, one exact int32 GEMM, each result scaled back: a row's result depends
// on that row alone.
torch::Tensor Int8Linear::applyOneDnn(const torch::Tensor& x) const
{
    const Packed& p = *m_packed;
    const std::int64_t rows = x.size(0), width = x.size(1), out = p.int8Weight.size(0);
    auto quantised = torch::empty({rows, width}, torch::kUInt8);
    auto rowScale = torch::empty({rows}, torch::kFloat32);
    auto products = torch::empty({rows, out}, torch::kInt32);
    auto y = torch::empty({rows, out}, torch::kFloat32);
    const float* input = x.data_ptr<float>();
    at::parallel_for(0, rows, kRowGrain, [&](std::int64_t begin, std::int64_t end) {
        int8rows::quantise(input, begin, end, width, quantised.data_ptr<std::uint8_t>(),
                           rowScale.data_ptr<float>());
    });
    // oneDNN parallelises with this thread's OpenMP setting: LibTorch's thread count, set on first use.
    at::internal::lazy_init_num_threads();
    const std::int32_t noOffset = 0;
    const auto status =
        dnnl_gemm_u8s8s32('N', 'T', 'F', rows, out, width, 1.0F, quantised.data_ptr<std::uint8_t>(), width,
                          128, p.int8Weight.data_ptr<std::int8_t>(), width, 0, 0.0F,
                          products.data_ptr<std::int32_t>(), out, &noOffset);
    TORCH_CHECK(status == dnnl_success, "oneDNN int8 GEMM failed with status ", static_cast<int>(status));
    at::parallel_for(0, rows, kRowGrain, [&](std::int64_t begin, std::int64_t end) {
        int8rows::rescale(products.data_ptr<std::int32_t>(), begin, end, out, rowScale.data_ptr<float>(),
                          p.weightScale.data_ptr<float>(), p.bias.data_ptr<float>(), y.data_ptr<float>());
    });
    return y;
}
#endif

} // namespace near2
