#include "tests/core/compute/test_train_support.h"

#include "core/demo/demo_shop.h"

namespace near2::test {

const Dataset& smallShop()
{
    static const Dataset shop = generateDemoShop({.seed = 3, .products = 400, .queries = 120});
    return shop;
}

TrainOptions quickTrainOptions(const std::filesystem::path& out)
{
    TrainOptions options;
    options.out = out;
    options.arch = "bow-256";
    options.loss = "mnrl";
    options.mrlDims = {32, 64, 128, 256};
    options.epochs = 1;
    options.batchSize = 16;
    options.lr = 5e-3;
    options.evalSplit = "none";
    options.vocabSize = 4000;
    return options;
}

} // namespace near2::test
