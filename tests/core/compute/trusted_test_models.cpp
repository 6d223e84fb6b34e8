// The compute tests build their TorchScript bundles themselves: trust model.pt files for the whole run (the trust
// tests switch it off and on again themselves).
#include "core/encoder/model_trust.h"

#include <gtest/gtest.h>

namespace {

class TrustTestModels : public ::testing::Environment
{
public:
    void SetUp() override { near2::setTrustAllModelCode(true); }
};

[[maybe_unused]] ::testing::Environment* const g_trustTestModels =
    ::testing::AddGlobalTestEnvironment(new TrustTestModels);

} // namespace
