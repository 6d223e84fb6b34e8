#pragma once
// A linear layer in int8 for `--precision int8`: weights quantised once per output channel (symmetric, scale
// max|w|/127), activations quantised per row at run time (each row over [-max|x|, max|x|] in 255 steps),
// products accumulated exactly in int32 by the quantised library's kernel (oneDNN or FBGEMM, with VNNI where
// the CPU has it), then scaled back to float32 and the bias added. Per-row scales keep a row's result
// independent of the other rows of the batch. Without such a kernel the same arithmetic runs in float32
// (exact, not faster). at::Tensor is only declared here.
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
    // Whether this LibTorch has an int8 matrix kernel (oneDNN or FBGEMM) for the CPU it runs on.
    static bool hasInt8Kernel();

private:
    struct Packed;
    std::shared_ptr<const Packed> m_packed;
};

} // namespace near2
