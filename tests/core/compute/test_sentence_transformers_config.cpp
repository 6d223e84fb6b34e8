// modules.json as sentence-transformers writes it, and the values of the wrong JSON type that must come back
// as InputError naming the entry, never as nlohmann's own exception.
#include "core/encoder/sentence_transformers_config.h"
#include "core/util/error.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>
#include <string>
#include <utility>
#include <vector>

namespace near2 {
namespace {

const std::string kPoolingConfig = R"({"pooling_mode_cls_token": false, "pooling_mode_mean_tokens": true})";

TEST(SentenceTransformersModules, TransformerPoolingNormalizeAreRead)
{
    test::ScratchDir dir;
    test::writeText(dir / "modules.json", R"([
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"}])");
    std::filesystem::create_directories(dir / "1_Pooling");
    test::writeText(dir / "1_Pooling" / "config.json", kPoolingConfig);
    const auto settings = readSentenceTransformerSettings(dir.path());
    EXPECT_TRUE(settings.fromModulesJson);
    EXPECT_EQ(settings.pooling, Pooling::Mean);
    EXPECT_TRUE(settings.normalize);
    EXPECT_EQ(settings.modules.size(), 3U);
}

TEST(SentenceTransformersModules, EntriesOfTheWrongTypeNameTheEntry)
{
    test::ScratchDir dir;
    const std::vector<std::pair<std::string, std::string>> cases = {
        {R"({"type": "x"})", "expected an array"},
        {R"([5])", "[0]"},
        {R"([{"type": 5}])", "[0]"},
        {R"([{"type": "sentence_transformers.models.Transformer", "path": 5}])", "[0].path"},
        {R"([{"type": "sentence_transformers.models.Transformer"},
             {"type": "sentence_transformers.models.Pooling", "path": ["1_Pooling"]}])",
         "[1].path"},
    };
    for (const auto& [json, where] : cases) {
        test::writeText(dir / "modules.json", json);
        try {
            (void)readSentenceTransformerSettings(dir.path());
            ADD_FAILURE() << "accepted " << json;
        } catch (const InputError& e) {
            EXPECT_NE(std::string(e.what()).find(where), std::string::npos) << e.what() << " for " << json;
        }
    }
}

} // namespace
} // namespace near2
