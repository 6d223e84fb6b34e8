// near2-model.json, the manifest of a model bundle.
#include "core/encoder/model_manifest.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace near2;
    fuzz::acceptInputErrors([&] {
        const ModelManifest manifest =
            parseManifest(std::string(fuzz::asText(data, size)), "near2-model.json");
        (void)poolingName(manifest.pooling);
    });
    return 0;
}
