// The project store: round trip of every part, migrations, refusal of newer, foreign and corrupt files.
#include "core/store/project_store.h"
#include "core/store/schema.h"
#include "core/store/sqlite_database.h"
#include "core/util/error.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>
#include <stdexcept>

namespace near2 {
namespace {

StoredRun sampleRun()
{
    StoredRun run;
    run.label = "sample";
    run.result.dims = {8, 16};
    run.result.columns = {"ndcg@2", "p@2"};
    run.result.queryIds = {"q1", "q2", "q3"};
    run.result.perQuery = {{0.1, 0.2, 0.3, 0.4, 0.5, 0.6}, {0.7, 0.8, 0.9, 1.0, 0.0, 0.5}};
    run.result.mean = {{0.3, 0.4}, {0.53, 0.77}};
    run.rankings.dims = run.result.dims;
    for (int d = 0; d < 2; ++d) {
        TopKLists lists(3, 2);
        lists.docs = {0, 1, 2, 3, -1, -1};
        lists.scores = {0.9f, 0.8f, 0.7f + 0.01f * static_cast<float>(d), 0.6f, -1e30f, -1e30f};
        run.rankings.perDim.push_back(lists);
    }
    return run;
}

TEST(ProjectStore, SavesAndReopensEveryPart)
{
    test::ScratchDir dir;
    const auto file = dir / "p.near2";
    {
        ProjectStore store(file);
        store.saveSources({"beir", {"/data/x"}, "", "test", "abc"}, {"embeddings", {"c.npy", "q.npy"}, 16},
                          {{8, 16}, 2, "E=1,I=0", 0.5, {}});
        std::vector<QueryRecord> queries{{"q1", "red shoe", "short", 1, {{0, "E", 1.0}, {3, "I", 0.0}}},
                                         {"q2", "ab12 cable", "alphanumeric", 0, {}},
                                         {"q3", "", "", 0, {}}};
        std::map<std::int32_t, ProductRecord> products{{0, {0, "d0", "Red shoe", {{"brand", "Acme"}}}},
                                                       {3, {3, "d3", "Cable", {}}}};
        store.saveCatalogue(queries, products);
        EXPECT_EQ(store.addRun(sampleRun()), 1);
        store.setAnnotation("q1", {"brand confusion", "Acme vs Acme Pro"});
        store.saveTags({"model number lost", "brand confusion", "colour"});
        store.saveSliceRules({{"short", "tokens-at-most", "2"}, {"digits", "regex", "\\d"}});
        store.saveViewState({{"dim", "8"}, {"query", "q2"}});
    }
    ProjectStore reopened(file);
    const ProjectSnapshot snapshot = reopened.load();
    EXPECT_EQ(snapshot.dataset.format, "beir");
    EXPECT_EQ(snapshot.dataset.contentHash, "abc");
    EXPECT_EQ(snapshot.model.paths.size(), 2u);
    EXPECT_EQ(snapshot.model.dim, 16u);
    EXPECT_EQ(snapshot.settings.dims, (std::vector<int>{8, 16}));
    EXPECT_DOUBLE_EQ(snapshot.settings.relevantThreshold, 0.5);
    ASSERT_EQ(snapshot.queries.size(), 3u);
    EXPECT_EQ(snapshot.queries[0].judged.size(), 2u);
    EXPECT_EQ(snapshot.queries[0].judged[0].label, "E");
    EXPECT_EQ(snapshot.queries[1].type, "alphanumeric");
    EXPECT_EQ(snapshot.products.at(0).fields.at(0).second, "Acme");
    ASSERT_TRUE(snapshot.latestRun.has_value());
    const auto& run = *snapshot.latestRun;
    const auto expected = sampleRun();
    EXPECT_EQ(run.result.dims, expected.result.dims);
    EXPECT_EQ(run.result.perQuery, expected.result.perQuery);
    EXPECT_EQ(run.result.mean, expected.result.mean);
    ASSERT_EQ(run.rankings.perDim.size(), 2u);
    EXPECT_EQ(run.rankings.perDim[1].docs, expected.rankings.perDim[1].docs);
    EXPECT_EQ(run.rankings.perDim[1].scores, expected.rankings.perDim[1].scores);
    EXPECT_EQ(snapshot.annotations.at("q1").tag, "brand confusion");
    EXPECT_EQ(snapshot.tags.size(), 3u);
    EXPECT_EQ(snapshot.sliceRules.at(1).parameter, "\\d");
    EXPECT_EQ(snapshot.viewState.at("query"), "q2");
}

TEST(ProjectStore, ADimEvaluatedLaterIsStoredInItsPlace)
{
    test::ScratchDir dir;
    ProjectStore store(dir / "p.near2");
    StoredRun run = sampleRun();
    run.id = store.addRun(run);
    // The session's copy gains dim 12 between 8 and 16, as the workbench adds a dim typed in.
    run.result.dims.insert(run.result.dims.begin() + 1, 12);
    run.result.mean.insert(run.result.mean.begin() + 1, {0.25, 0.5});
    run.result.perQuery.insert(run.result.perQuery.begin() + 1, {0.2, 0.4, 0.6, 0.8, 0.1, 0.3});
    TopKLists lists(3, 2);
    lists.docs = {3, 0, 2, 1, 0, -1};
    lists.scores = {0.95f, 0.5f, 0.4f, 0.3f, 0.2f, -1e30f};
    run.rankings.perDim.insert(run.rankings.perDim.begin() + 1, lists);
    run.rankings.dims = run.result.dims;
    store.addRunDim(run, 12);
    store.addRunDim(run, 12); // twice: stored once
    EXPECT_THROW(store.addRunDim(run, 13), std::invalid_argument);

    const auto reread = ProjectStore(dir / "p.near2").latestRun();
    ASSERT_TRUE(reread.has_value());
    EXPECT_EQ(reread->result.dims, (std::vector<int>{8, 12, 16}));
    EXPECT_EQ(reread->rankings.dims, reread->result.dims);
    EXPECT_EQ(reread->result.mean, run.result.mean);
    EXPECT_EQ(reread->result.perQuery, run.result.perQuery);
    EXPECT_EQ(reread->rankings.perDim[1].docs, lists.docs);
    EXPECT_EQ(reread->rankings.perDim[2].scores, run.rankings.perDim[2].scores);
}

TEST(ProjectStore, EmptyAnnotationRemovesIt)
{
    test::ScratchDir dir;
    ProjectStore store(dir / "p.near2");
    store.setAnnotation("q1", {"x", ""});
    store.setAnnotation("q1", {});
    EXPECT_TRUE(store.load().annotations.empty());
}

TEST(ProjectStore, MigratesAVersionOneFile)
{
    test::ScratchDir dir;
    const auto file = dir / "old.near2";
    {
        store::Database db(file);
        store::migrate(db, 1);
        db.execute("INSERT INTO meta VALUES ('settings', '{\"k\": 7}')");
    }
    ProjectStore store(file);
    EXPECT_EQ(store.schemaVersion(), store::kSchemaVersion);
    const auto snapshot = store.load();
    EXPECT_EQ(snapshot.settings.k, 7);
    EXPECT_FALSE(snapshot.tags.empty()); // the version 2 step seeds the tag list
}

TEST(ProjectStore, RefusesAFileFromANewerVersion)
{
    test::ScratchDir dir;
    const auto file = dir / "new.near2";
    {
        ProjectStore store(file);
    }
    {
        store::Database db(file);
        db.execute("PRAGMA user_version = 99");
    }
    try {
        ProjectStore store(file);
        FAIL() << "a newer project was accepted";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("newer"), std::string::npos) << error.what();
        EXPECT_EQ(error.file(), file);
    }
}

TEST(ProjectStore, RefusesACorruptFile)
{
    test::ScratchDir dir;
    const auto file = dir / "corrupt.near2";
    test::writeText(file, std::string(8192, 'x'));
    EXPECT_THROW(ProjectStore store(file), InputError);
}

TEST(ProjectStore, RefusesAnotherApplicationsDatabase)
{
    test::ScratchDir dir;
    const auto file = dir / "other.sqlite";
    {
        store::Database db(file);
        db.execute("CREATE TABLE t (x)");
    }
    try {
        ProjectStore store(file);
        FAIL();
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("not a NEAR"), std::string::npos) << error.what();
    }
}

} // namespace
} // namespace near2
