#pragma once
// How token states become one embedding (pooling.h applies it); Torch-free, for model_bundle.h and the GUI.
#include "core/encoder/model_manifest.h"

#include <cstdint>

namespace near2 {

struct PoolingSpec
{
    Pooling pooling = Pooling::Mean;
    bool normalize = true;
    // Leading tokens left out of mean and max pooling (sentence-transformers' include_prompt = false: the
    // prompt's tokens and [CLS]).
    std::int64_t skipLeading = 0;
};

} // namespace near2
