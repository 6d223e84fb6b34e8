#pragma once
// The parity check with Python: Debian's python3-torch (/usr/bin/python3, not the pyenv one first on PATH)
// loads a bundle's model.pt with torch.jit.load, mean-pools and normalises, and must give encodeTexts'
// vectors.
#include "core/encoder/text_encoder.h"

#include <filesystem>
#include <string>
#include <vector>

namespace near2::test {

bool pythonTorchAvailable();

// GoogleTest expectations: every component of every text's embedding within 1e-5 of Python's.
void expectPythonParity(const std::filesystem::path& bundleDir, const std::vector<std::string>& texts,
                        TextKind kind, const std::filesystem::path& scratch);

} // namespace near2::test

#define NEAR2_REQUIRE_PYTHON_TORCH()                                                                         \
    if (!::near2::test::pythonTorchAvailable())                                                              \
    GTEST_SKIP() << "/usr/bin/python3 cannot import torch (Debian's python3-torch): skipping the parity "    \
                    "check"
