#pragma once
// Nested (Matryoshka) dimensions to evaluate.
#include "core/util/input_field.h"

#include <cstddef>
#include <string>
#include <vector>

namespace near2 {

// Powers of two from 8 below `fullDim`, then `fullDim` itself (e.g. 8,16,…,512,768).
std::vector<int> defaultDims(std::size_t fullDim);

// "8,16,32" → sorted, deduplicated positive dims. Throws InputError naming `option`.
std::vector<int> parseDims(const std::string& text, InputField option = InputField::Dims);

// Throws InputError when a dim is outside 1..fullDim, naming the embeddings' full dimension.
void checkDimsFit(const std::vector<int>& dims, std::size_t fullDim, const std::string& source);

// Bytes one vector takes when stored as float32 at `dim` dimensions.
inline std::size_t float32BytesPerVector(int dim)
{
    return 4 * static_cast<std::size_t>(dim);
}

} // namespace near2
