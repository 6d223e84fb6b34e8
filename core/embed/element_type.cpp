#include "core/embed/element_type.h"

#include <cstring>

// GCC only: clang 14 knows no "f16c" for __builtin_cpu_supports (the fuzz build, where the portable loop is
// what matters).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#include <immintrin.h>
#define NEAR2_F16C_KERNEL 1
#endif

namespace near2 {

namespace {

void halvesToFloats(const std::byte* source, std::size_t count, float* out)
{
    for (std::size_t i = 0; i < count; ++i) {
        std::uint16_t half;
        std::memcpy(&half, source + 2 * i, sizeof half);
        out[i] = halfToFloat(half);
    }
}

#ifdef NEAR2_F16C_KERNEL
// Eight values per instruction: a 15 GB float16 catalog converts at memory speed instead of ~2 ns a value.
__attribute__((target("avx,f16c"))) void halvesToFloatsF16c(const std::byte* source, std::size_t count,
                                                            float* out)
{
    const std::size_t whole = count / 8 * 8;
    for (std::size_t i = 0; i < whole; i += 8) {
        const __m128i halves = _mm_loadu_si128(reinterpret_cast<const __m128i*>(source + 2 * i));
        _mm256_storeu_ps(out + i, _mm256_cvtph_ps(halves));
    }
    halvesToFloats(source + 2 * whole, count - whole, out + whole);
}

bool hasF16c()
{
    static const bool available = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("f16c") != 0 && __builtin_cpu_supports("avx") != 0;
    }();
    return available;
}
#endif

} // namespace

const char* elementName(ElementType type)
{
    return type == ElementType::Float32 ? "float32" : "float16";
}

void convertToFloat32(const std::byte* source, ElementType type, std::size_t count, float* out)
{
    if (type == ElementType::Float32) {
        std::memcpy(out, source, count * sizeof(float));
        return;
    }
#ifdef NEAR2_F16C_KERNEL
    if (hasF16c()) {
        halvesToFloatsF16c(source, count, out);
        return;
    }
#endif
    halvesToFloats(source, count, out);
}

float halfToFloat(std::uint16_t half)
{
    const std::uint32_t sign = static_cast<std::uint32_t>(half & 0x8000u) << 16;
    std::uint32_t exponent = (half >> 10) & 0x1fu;
    std::uint32_t mantissa = half & 0x3ffu;
    std::uint32_t bits = 0;
    if (exponent == 0x1f) {
        bits = sign | 0x7f800000u | (mantissa << 13);
    } else if (exponent != 0) {
        bits = sign | ((exponent + 112) << 23) | (mantissa << 13);
    } else if (mantissa != 0) {
        exponent = 113;
        while ((mantissa & 0x400u) == 0) {
            mantissa <<= 1;
            --exponent;
        }
        bits = sign | (exponent << 23) | ((mantissa & 0x3ffu) << 13);
    } else {
        bits = sign;
    }
    float value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

} // namespace near2
