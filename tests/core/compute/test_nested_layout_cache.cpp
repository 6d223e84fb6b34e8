// The nested layout's cache file (issue 20): built once across chunks of rows, mapped when the project opens
// again with rankings identical to the layout built in memory and to a plain double-precision scan; rebuilt
// when its source, its dims or its bytes change; never left half-written (cancelled, unwritable, killed).
#include "core/search/nested_layout_cache.h"
#include "core/session/nested_catalog.h"
#include "core/util/error.h"
#include "tests/core/compute/test_sweep_support.h"
#include "tests/core/test_support.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <gtest/gtest.h>
#include <numeric>

using namespace near2;

namespace {

// More rows than one chunk of the writer (16,384), so chunk boundaries are crossed.
constexpr std::size_t kRows = 40000;
constexpr std::size_t kDim = 48;
const std::vector<int> kDims{8, 16, 32};

// The top k rows by the cosine of the `dim`-dim prefixes, in double.
std::vector<std::int32_t> referenceTop(const EmbeddingMatrix& corpus, std::span<const float> query, int dim,
                                       std::size_t k)
{
    std::vector<double> scores(corpus.rows());
    double queryNorm = 0.0;
    for (int i = 0; i < dim; ++i)
        queryNorm += double(query[std::size_t(i)]) * query[std::size_t(i)];
    for (std::size_t r = 0; r < corpus.rows(); ++r) {
        const auto row = corpus.row(r);
        double dot = 0.0, norm = 0.0;
        for (int i = 0; i < dim; ++i) {
            dot += double(row[std::size_t(i)]) * query[std::size_t(i)];
            norm += double(row[std::size_t(i)]) * row[std::size_t(i)];
        }
        scores[r] = dot / std::sqrt(norm * queryNorm);
    }
    std::vector<std::int32_t> order(corpus.rows());
    std::iota(order.begin(), order.end(), 0);
    std::partial_sort(
        order.begin(), order.begin() + std::ptrdiff_t(k), order.end(),
        [&](std::int32_t a, std::int32_t b) { return scores[std::size_t(a)] > scores[std::size_t(b)]; });
    order.resize(k);
    return order;
}

void expectSameRankings(const NestedLayout& a, const NestedLayout& b, const EmbeddingMatrix& corpus)
{
    const auto queries = randomMatrix(4, kDim, 77);
    for (std::size_t q = 0; q < queries.rows(); ++q)
        for (const int dim : {8, 12, 16, 32, 40, 48}) {
            const auto first = a.topK(queries.row(q), dim, 10);
            const auto second = b.topK(queries.row(q), dim, 10);
            ASSERT_EQ(first.size(), 10u);
            ASSERT_EQ(second.size(), 10u);
            const auto reference = referenceTop(corpus, queries.row(q), dim, 10);
            for (std::size_t i = 0; i < 10; ++i) {
                EXPECT_EQ(first[i].doc, second[i].doc) << "dim " << dim << " rank " << i;
                EXPECT_EQ(first[i].score, second[i].score) << "dim " << dim << " rank " << i;
                EXPECT_EQ(first[i].doc, reference[i]) << "dim " << dim << " rank " << i;
            }
        }
}

NestedLayoutOrigin originOf(const EmbeddingMatrix& corpus, const std::vector<int>& dims,
                            const NestedLayoutFile& file)
{
    return openNestedLayout(corpus, dims, file, {}).origin;
}

} // namespace

TEST(NestedLayoutCache, BuiltOnceThenMappedWithTheSameRankings)
{
    test::ScratchDir dir;
    const auto corpus = randomMatrix(kRows, kDim, 5);
    const NestedLayoutFile file{dir / "p.near2.nested", "source A"};
    const auto built = openNestedLayout(corpus, kDims, file, {});
    EXPECT_EQ(built.origin, NestedLayoutOrigin::BuiltIntoCache);
    ASSERT_TRUE(std::filesystem::exists(file.path));
    EXPECT_EQ(test::folderEntries(dir.path()), std::vector<std::string>{"p.near2.nested"});
    const auto mapped = openNestedLayout(corpus, kDims, file, {});
    EXPECT_EQ(mapped.origin, NestedLayoutOrigin::MappedCache);
    EXPECT_EQ(mapped.layout->dims(), (std::vector<int>{8, 16, 32, 48}));
    const NestedLayout inMemory(corpus, kDims);
    expectSameRankings(*mapped.layout, inMemory, corpus);
    expectSameRankings(*built.layout, inMemory, corpus);
}

TEST(NestedLayoutCache, RebuiltWhenItsSourceDimsOrBytesChange)
{
    test::ScratchDir dir;
    auto values = randomMatrix(kRows, kDim, 6);
    const NestedLayoutFile file{dir / "p.nested", "source A"};
    EXPECT_EQ(originOf(values, kDims, file), NestedLayoutOrigin::BuiltIntoCache);
    EXPECT_EQ(originOf(values, kDims, file), NestedLayoutOrigin::MappedCache);
    // Another source key (the embeddings file was replaced), other dims.
    EXPECT_EQ(originOf(values, kDims, {file.path, "source B"}), NestedLayoutOrigin::BuiltIntoCache);
    EXPECT_EQ(originOf(values, kDims, file), NestedLayoutOrigin::BuiltIntoCache);
    EXPECT_EQ(originOf(values, {8, 24}, file), NestedLayoutOrigin::BuiltIntoCache);
    EXPECT_EQ(originOf(values, kDims, file), NestedLayoutOrigin::BuiltIntoCache);
    // Same key, other values (the last row is sampled): the fingerprint tells.
    std::vector<float> changed(values.data(), values.data() + kRows * kDim);
    changed.back() += 1.0f;
    const EmbeddingMatrix other(changed, kRows, kDim);
    EXPECT_EQ(originOf(other, kDims, file), NestedLayoutOrigin::BuiltIntoCache);
    // A damaged header, a truncated file.
    {
        std::fstream damage(file.path, std::ios::in | std::ios::out | std::ios::binary);
        damage.seekp(20);
        damage.put('\x7f');
    }
    EXPECT_EQ(originOf(other, kDims, file), NestedLayoutOrigin::BuiltIntoCache);
    std::filesystem::resize_file(file.path, std::filesystem::file_size(file.path) - 64);
    const auto rebuilt = openNestedLayout(other, kDims, file, {});
    EXPECT_EQ(rebuilt.origin, NestedLayoutOrigin::BuiltIntoCache);
    expectSameRankings(*rebuilt.layout, NestedLayout(other, kDims), other);
}

TEST(NestedLayoutCache, BuiltInMemoryWhereTheFileCannotBeWritten)
{
    test::ScratchDir dir;
    test::writeText(dir / "not-a-folder", "x");
    const auto corpus = randomMatrix(1000, 16, 7);
    const NestedLayoutFile file{dir / "not-a-folder" / "p.nested", "source"};
    const auto opened = openNestedLayout(corpus, {8}, file, {});
    EXPECT_EQ(opened.origin, NestedLayoutOrigin::BuiltInMemory);
    EXPECT_EQ(opened.layout->rows(), 1000u);
    EXPECT_EQ(test::folderEntries(dir.path()), std::vector<std::string>{"not-a-folder"});
    EXPECT_EQ(openNestedLayout(corpus, {8}, {}, {}).origin, NestedLayoutOrigin::BuiltInMemory);
}

TEST(NestedLayoutCache, ACancelledBuildLeavesNoFile)
{
    test::ScratchDir dir;
    const auto corpus = randomMatrix(kRows, kDim, 8);
    CancelToken cancel;
    int reports = 0;
    JobControl job{[&](const Progress&) {
                       if (++reports == 2) // after the first chunk
                           cancel.cancel();
                   },
                   &cancel};
    EXPECT_THROW(openNestedLayout(corpus, kDims, {dir / "p.nested", "source"}, job), CancelledError);
    EXPECT_TRUE(test::folderEntries(dir.path()).empty());
}

TEST(NestedLayoutCache, TemporariesOfKilledBuildsAreRemoved)
{
    test::ScratchDir dir;
    test::writeText(dir / "p.nested.tmp-999999999", "left by a killed build");
    test::writeText(dir / "p.nested.tmp-notes", "not ours");
    test::writeText(dir / "p.nested.tmp-\xc3\xa9", "not ours either");
    const auto corpus = randomMatrix(100, 16, 9);
    EXPECT_EQ(originOf(corpus, {8}, {dir / "p.nested", "source"}), NestedLayoutOrigin::BuiltIntoCache);
    EXPECT_EQ(test::folderEntries(dir.path()),
              (std::vector<std::string>{"p.nested", "p.nested.tmp-notes", "p.nested.tmp-\xc3\xa9"}));
}

TEST(NestedCatalog, MadeOnFirstUseOnceAndKeyedByItsFiles)
{
    test::ScratchDir dir;
    const auto corpus = randomMatrix(500, 16, 10);
    writeEmbeddings(dir / "c.npy", corpus);
    const ModelSource model{"embeddings", {(dir / "c.npy").string()}, 16};
    const DatasetSource dataset{"beir", {dir.path().string()}, "", "test", ""};
    const std::string key = session::catalogSourceKey(model, dataset);
    const session::NestedCatalog catalog(readEmbeddings(dir / "c.npy"), {8}, {dir / "p.near2.nested", key});
    EXPECT_FALSE(catalog.layoutIfReady());
    EXPECT_FALSE(std::filesystem::exists(dir / "p.near2.nested"));
    const auto layout = catalog.layout({});
    EXPECT_EQ(catalog.layout({}), layout);
    EXPECT_EQ(catalog.layoutIfReady(), layout);
    EXPECT_TRUE(std::filesystem::exists(dir / "p.near2.nested"));
    EXPECT_EQ(session::nestedLayoutPathOf(dir / "p.near2"), dir / "p.near2.nested");
    // The project and its cache inside the dataset folder, written at each opening, leave the key alone;
    // rewriting the embeddings file changes it (its modification time, here also its size).
    test::writeText(dir / "p.near2", "written at each opening");
    EXPECT_EQ(session::catalogSourceKey(model, dataset), key);
    writeEmbeddings(dir / "c.npy", randomMatrix(600, 16, 11));
    EXPECT_NE(session::catalogSourceKey(model, dataset), key);
}

TEST(NestedCatalog, AModelsKeyFollowsItsFilesAndTheCatalogTexts)
{
    test::ScratchDir dir;
    std::filesystem::create_directories(dir / "model" / "1_Pooling");
    test::writeText(dir / "model" / "config.json", "{}");
    test::writeText(dir / "model" / "1_Pooling" / "config.json", R"({"pooling_mode_cls_token": true})");
    test::writeText(dir / "data" / "corpus.jsonl", R"({"_id": "p1", "title": "drill"})"
                                                   "\n");
    const ModelSource model{"bundle", {(dir / "model").string()}, 0};
    const DatasetSource dataset{"beir", {(dir / "data").string()}, "", "test", ""};
    const std::string key = session::catalogSourceKey(model, dataset);
    test::writeText(dir / "data" / "queries.jsonl", R"({"_id": "q1", "text": "drill"})"
                                                    "\n");
    EXPECT_EQ(session::catalogSourceKey(model, dataset), key);
    test::writeText(dir / "model" / "1_Pooling" / "config.json", R"({"pooling_mode_mean_tokens": true})");
    const std::string pooled = session::catalogSourceKey(model, dataset);
    EXPECT_NE(pooled, key);
    test::writeText(dir / "data" / "corpus.jsonl", R"({"_id": "p1", "title": "cordless drill"})"
                                                   "\n");
    EXPECT_NE(session::catalogSourceKey(model, dataset), pooled);
}
