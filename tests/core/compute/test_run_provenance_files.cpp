// A run's provenance as evaluated (issue 16): a bundle folder's files recursively, each hashed, embedding
// files by themselves, missing paths listed without a hash, and the settings and version beside them.
#include "core/encoder/content_hash.h"
#include "core/session/run_provenance_of.h"
#include "tests/core/test_support.h"

#include <fstream>
#include <gtest/gtest.h>

namespace near2 {
namespace {

void write(const std::filesystem::path& file, const std::string& bytes)
{
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
}

std::string hashOf(const std::filesystem::path& file)
{
    ContentHasher hasher;
    hasher.updateFile(file);
    return hasher.hex();
}

TEST(RunProvenanceFiles, HashesEveryFileOfTheModel)
{
    test::ScratchDir dir;
    write(dir / "bundle" / "model.pt", "weights");
    write(dir / "bundle" / "1_Pooling" / "config.json", "{}");
    write(dir / "corpus.npy", "corpus bytes");
    ModelSource bundle{"bundle", {(dir / "bundle").string()}, 64};
    ProjectSettings settings;
    settings.k = 7;
    settings.gains = "1=1,2=2";
    const RunProvenance provenance = session::runProvenanceOf(bundle, settings, "dev");
    ASSERT_EQ(provenance.files.size(), 2u); // name order: 1_Pooling/config.json, model.pt
    EXPECT_EQ(provenance.files[0].path, (dir / "bundle" / "1_Pooling" / "config.json").string());
    EXPECT_EQ(provenance.files[1].contentHash, hashOf(dir / "bundle" / "model.pt"));
    EXPECT_EQ(provenance.files[1].bytes, 7u);
    EXPECT_EQ(provenance.k, 7);
    EXPECT_EQ(provenance.split, "dev");
    EXPECT_EQ(provenance.gains, "1=1,2=2");
    EXPECT_EQ(provenance.dim, 64u);
    EXPECT_EQ(provenance.toolVersion, NEAR2_VERSION);

    const auto files = session::hashedFiles({(dir / "corpus.npy").string(), (dir / "gone.npy").string()});
    ASSERT_EQ(files.size(), 2u);
    EXPECT_EQ(files[0].contentHash, hashOf(dir / "corpus.npy"));
    EXPECT_TRUE(files[1].contentHash.empty());
    EXPECT_NE(files[0].contentHash, provenance.files[1].contentHash);
}

} // namespace
} // namespace near2
