// Each run's own provenance (issue 16, schema 5): stored with the run, read back per run, absent for runs
// stored before it; the report picks each run's own; the gains a report prints are those applied to the
// labels present.
#include "core/report/applied_gains.h"
#include "core/report/report_data.h"
#include "core/store/project_store.h"
#include "core/store/schema.h"
#include "core/store/sqlite_database.h"
#include "core/util/error.h"
#include "report_fixture.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>

namespace near2 {
namespace {

RunProvenance provenanceOf(const std::string& model, int k)
{
    RunProvenance provenance;
    provenance.modelKind = "bundle";
    provenance.modelPaths = {model};
    provenance.files = {{model + "/model.pt", "0123456789abcdef0123456789abcdef", 1234},
                        {model + "/missing.json", "", 0}};
    provenance.dim = 4;
    provenance.gains = "1=1,2=2";
    provenance.relevantThreshold = 2.0;
    provenance.k = k;
    provenance.split = "test";
    provenance.toolVersion = "9.9.9";
    return provenance;
}

TEST(RunProvenance, EachRunKeepsItsOwn)
{
    test::ScratchDir dir;
    const auto file = dir / "p.near2";
    test::writeTinyProject(file); // runs A (id 1) and B (id 2)
    {
        ProjectStore store(file);
        EXPECT_FALSE(store.runProvenance(1)); // stored without: none
        store.setRunProvenance(1, provenanceOf("/models/plain", 3));
        store.setRunProvenance(2, provenanceOf("/models/mrl", 5));
        EXPECT_THROW(store.setRunProvenance(7, provenanceOf("/x", 1)), InputError);
    }
    const ProjectStore store(file, ProjectAccess::ReadOnly);
    const auto plain = store.runProvenance(1);
    const auto mrl = store.runProvenance(2);
    ASSERT_TRUE(plain && mrl);
    EXPECT_EQ(plain->modelPaths, std::vector<std::string>{"/models/plain"});
    EXPECT_EQ(mrl->modelPaths, std::vector<std::string>{"/models/mrl"});
    EXPECT_EQ(mrl->k, 5);
    ASSERT_EQ(mrl->files.size(), 2u);
    EXPECT_EQ(mrl->files[0].contentHash, "0123456789abcdef0123456789abcdef");
    EXPECT_EQ(mrl->files[0].bytes, 1234u);
    EXPECT_EQ(mrl->relevantThreshold, 2.0);
    EXPECT_EQ(mrl->toolVersion, "9.9.9");
    // The report on run A shows A's model, not the project's latest.
    const ReportData a = assembleReport(file, {.runs = {"A"}});
    ASSERT_EQ(a.provenance.count(1), 1u);
    EXPECT_EQ(a.provenance.at(1).modelPaths.front(), "/models/plain");
    EXPECT_EQ(a.provenance.count(2), 0u);
}

TEST(RunProvenance, AVersionFourProjectOpensWithRunsWithoutIt)
{
    test::ScratchDir dir;
    const auto file = dir / "v4.near2";
    {
        store::Database db(file);
        store::migrate(db, 4);
    }
    {
        ProjectStore store(file);
        EXPECT_EQ(store.schemaVersion(), store::kSchemaVersion);
        store.addRun(test::tinyRun("old", 0.0));
        EXPECT_FALSE(store.runProvenance(1));
    }
    {
        store::Database db(file);
        db.execute("UPDATE runs SET provenance = '{\"modelKind\": 3}'");
    }
    EXPECT_THROW(ProjectStore(file).runProvenance(1), InputError);
}

TEST(AppliedGains, NumericGradesGainTheirOwnValue)
{
    ProjectSnapshot snapshot;
    snapshot.queries = {{"q1", "a", "", 2, {{0, "4", 4.0}, {1, "1", 1.0}, {2, "3", 3.0}}},
                        {"q2", "b", "", 1, {{0, "4", 4.0}, {3, "2", 2.0}}}};
    const auto gains = appliedGains(snapshot);
    ASSERT_EQ(gains.size(), 4u);
    EXPECT_EQ(gains[0].label, "4");
    EXPECT_EQ(gains[0].judgements, 2u);
    EXPECT_EQ(appliedGainsText(gains), "4=4, 3=3, 2=2, 1=1");
    EXPECT_EQ(appliedGainsText(appliedGains(test::tinyCatalogue())), "E=1, S=0.1, C=0.01, I=0");
    EXPECT_EQ(appliedGainsText({}), "none");
}

} // namespace
} // namespace near2
