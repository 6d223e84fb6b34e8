// Embedding files: .npy (first byte even) or .fvecs (odd), memory-mapped; every row is then converted to
// float32, as a catalog pass does.
#include "core/embed/embedding_matrix.h"
#include "tests/fuzz/fuzz_support.h"

#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace near2;
    if (size == 0)
        return 0;
    const bool npy = data[0] % 2 == 0;
    const auto file = fuzz::writeScratch(npy ? "e.npy" : "e.fvecs", fuzz::asText(data + 1, size - 1));
    fuzz::acceptInputErrors([&] {
        const EmbeddingMatrix matrix = npy ? readNpy(file) : readFvecs(file);
        std::vector<float> scratch;
        const std::size_t rows = std::min<std::size_t>(matrix.rows(), 64);
        if (rows > 0 && matrix.dim() <= (1u << 16))
            (void)matrix.floatRows(0, rows, scratch);
    });
    return 0;
}
