#pragma once
// The CUDA tests' guard: they skip with a message where this LibTorch has no CUDA or no GPU is present
// (Debian's LibTorch is CPU-only) and run on a machine with a CUDA LibTorch (scripts/gpu/).
#include "core/compute/runtime.h"

#include <gtest/gtest.h>

#define NEAR2_SKIP_WITHOUT_CUDA()                                                                            \
    if (near2::compute::resolveDevice("auto") != "cuda")                                                     \
    GTEST_SKIP() << "no CUDA: this LibTorch has no CUDA support or no GPU is present"
