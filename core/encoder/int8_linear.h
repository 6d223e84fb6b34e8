#pragma once
// A linear layer in int8 for `--precision int8`: weights quantised once per output channel (symmetric, scale
// max|w|/127), activations quantised per row at run time (on oneDNN symmetric, scale max|x|/127, int8_rows.h;
// on LibTorch's quantised linear 255 steps over [-max|x|, max|x|]), products accumulated exactly in int32,
// then scaled back to float32 and the bias added. Per-row scales keep a row's result independent of the other
// rows of the batch. The GEMM is oneDNN's u8s8s32 where the CPU has VNNI (about twice as fast as LibTorch's
// quantised linear around the same library, which re-quantises and copies each input), else LibTorch's
// quantised linear, else the same arithmetic in float32 (exact, not faster). at::Tensor is only declared
// here.
#include <memory>

namespace at {
class Tensor;
}

namespace near2 {

class Int8Linear
{
public:
    Int8Linear() = default;
    // weight float32 [out, in], bias float32 [out], on the CPU.
    Int8Linear(const at::Tensor& weight, const at::Tensor& bias);

    // x float32 [rows, in] → float32 [rows, out].
    at::Tensor apply(const at::Tensor& x) const;
    bool empty() const { return !m_packed; }
    // Whether an int8 matrix kernel runs on this CPU: oneDNN's u8s8s32 GEMM where the CPU has VNNI (exact
    // there), else LibTorch's quantised linear (oneDNN or FBGEMM inside).
    static bool hasInt8Kernel();
    // Which one runs here, for benchmarks and messages.
    static const char* kernelName();

private:
    struct Packed;
    at::Tensor applyOneDnn(const at::Tensor& x) const;
    std::shared_ptr<const Packed> m_packed;
};

} // namespace near2
