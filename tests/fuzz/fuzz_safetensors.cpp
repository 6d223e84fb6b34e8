// A .safetensors file (Hugging Face weights): the header length, the JSON header, the data section; every
// tensor's bytes are then read.
#include "core/encoder/safetensors.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace near2;
    const auto file = fuzz::writeScratch("model.safetensors", fuzz::asText(data, size));
    fuzz::acceptInputErrors([&] {
        const auto weights = SafetensorsFile::open(file);
        unsigned sum = 0;
        for (const auto& [name, tensor] : weights.tensors()) {
            (void)tensor.elements();
            for (std::uint64_t i = tensor.begin; i < tensor.end; ++i)
                sum += static_cast<unsigned>(tensor.data[i - tensor.begin]);
        }
        static volatile unsigned sink;
        sink = sum;
    });
    return 0;
}
