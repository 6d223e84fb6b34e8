#pragma once
// How embedding values are stored: float32 or IEEE half (float16). Stored rows are converted to float32 a
// tile at a time where they are read, never a whole file at once.
#include <cstddef>
#include <cstdint>

namespace near2 {

enum class ElementType : std::uint8_t {
    Float32,
    Float16,
};

constexpr std::size_t elementBytes(ElementType type)
{
    return type == ElementType::Float32 ? 4 : 2;
}
const char* elementName(ElementType type); // "float32", "float16"

// Converts `count` stored values at `source` (any alignment) into float32 at `out`.
void convertToFloat32(const std::byte* source, ElementType type, std::size_t count, float* out);

float halfToFloat(std::uint16_t half);

} // namespace near2
