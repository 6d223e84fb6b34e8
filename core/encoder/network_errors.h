#pragma once
// What a failing forward pass becomes: an InputError naming the model, never an "internal error" (a TorchScript
// `raise`, an index beyond the embedding table, a shape the model cannot take).
#include <exception>
#include <functional>
#include <string>

namespace at {
class Tensor;
}

namespace near2 {

// The first line of an exception's message (LibTorch's own, without its C++ backtrace).
std::string firstLineOf(const std::exception& error);

// "[2, 5, 32]"
std::string shapeText(const at::Tensor& tensor);

// Runs `forward`; InputError and CancelledError pass through, any other exception becomes an InputError naming
// `source`: "forward(input_ids, attention_mask) failed: …".
at::Tensor runForward(const std::string& source, const std::function<at::Tensor()>& forward);

// Throws InputError naming `source` when `values` (float) holds a NaN or an infinity.
void requireFinite(const at::Tensor& values, const std::string& source);

} // namespace near2
