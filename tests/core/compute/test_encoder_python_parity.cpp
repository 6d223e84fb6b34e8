// Parity with Python: Debian's python3-torch (/usr/bin/python3) runs the same model.pt on the same ids and
// gives the same embeddings to 1e-5. Skipped with a message where /usr/bin/python3 cannot import torch.
#include "core/encoder/text_encoder.h"
#include "tests/core/compute/python_parity.h"
#include "tests/core/compute/test_encoder_fixture.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>

namespace near2 {
namespace {

TEST(EncoderPythonParity, SameModelSameIdsSameEmbeddings)
{
    NEAR2_REQUIRE_PYTHON_TORCH();
    test::ScratchDir dir;
    test::writeBertBundle(dir / "bundle", {.layers = 2, .hidden = 64, .heads = 4, .intermediate = 128});
    const std::vector<std::string> texts = {"usb cable", "cordless drill, hammer!", "a",
                                            "query: drill usb cable"};
    test::expectPythonParity(dir / "bundle", texts, TextKind::Document, dir.path());
}

} // namespace
} // namespace near2
