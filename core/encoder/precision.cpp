#include "core/encoder/compute_precision.h"
#include "core/util/error.h"
#include "core/util/input_field.h"

namespace near2 {

const char* computePrecisionName(ComputePrecision precision)
{
    switch (precision) {
    case ComputePrecision::Fp32:
        return "fp32";
    case ComputePrecision::Bf16:
        return "bf16";
    case ComputePrecision::Int8:
        return "int8";
    }
    return "?";
}

ComputePrecision parseComputePrecision(const std::string& text, const std::string& field)
{
    if (text == "fp32")
        return ComputePrecision::Fp32;
    if (text == "bf16")
        return ComputePrecision::Bf16;
    if (text == "int8")
        return ComputePrecision::Int8;
    throw InputError((field.empty() ? fieldRef(InputField::Precision) : field) + ": expected fp32, bf16 or int8, got '" + text + "'");
}

} // namespace near2
