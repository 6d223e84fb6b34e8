#pragma once
// The plain types shared by the encoder's Torch-side headers and the Torch-free ones (model_bundle.h,
// training_start.h), which the GUI includes: the precision of a model's arithmetic and packed sequence
// groups.
#include <cstdint>
#include <string>

namespace near2 {

// `count` consecutive sequences of `length` ids each.
struct LengthGroup
{
    std::int64_t count = 0;
    std::int64_t length = 0;
};

// fp32: the model's arithmetic in float32. bf16: weights and activations in bfloat16 (AMX / AVX-512 BF16
// matrix products through oneDNN where the CPU has them). int8: linear layers with int8 weights (per output
// channel) and activations quantised per row at run time, accumulated in int32; the rest in float32.
enum class ComputePrecision { Fp32, Bf16, Int8 };

// "fp32", "bf16", "int8"; parsePrecision throws InputError naming `field` for anything else.
const char* computePrecisionName(ComputePrecision precision);
ComputePrecision parseComputePrecision(const std::string& text, const std::string& field = "");

} // namespace near2
