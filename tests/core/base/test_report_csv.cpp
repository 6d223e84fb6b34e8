// The report's CSV and TREC exports read back to the same numbers and text (RFC 4180 quoting, UTF-8).
#include "core/eval/trec_files.h"
#include "core/report/project_runs.h"
#include "core/report/report_csv.h"
#include "core/util/csv_reader.h"
#include "core/util/error.h"
#include "report_fixture.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>

using namespace near2;

namespace {

std::vector<std::vector<std::string>> readCsv(const std::filesystem::path& file)
{
    const std::string text = test::readText(file);
    CsvReader reader(text, ',', file);
    std::vector<std::vector<std::string>> rows;
    CsvRecord record;
    while (reader.next(record))
        rows.push_back(record.fields);
    return rows;
}

struct Exported
{
    test::ScratchDir dir;
    std::vector<StoredRun> runs;
    ProjectSnapshot snapshot;
    Exported()
    {
        test::writeTinyProject(dir / "p.near2");
        runs = {loadRun(dir / "p.near2", "A"), loadRun(dir / "p.near2", "B")};
        snapshot = loadExistingProject(dir / "p.near2");
        for (auto& file : writeReportCsvFolder(dir / "out", runs, snapshot))
            file->commit();
    }
};

} // namespace

TEST(ReportCsv, AggregateReadsBackToTheStoredMeans)
{
    Exported exported;
    const auto rows = readCsv(exported.dir / "out" / "aggregate.csv");
    ASSERT_EQ(rows.size(), 5u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"run", "dim", "bytes_per_vector", "ndcg@3", "p@3"}));
    std::size_t row = 1;
    for (const auto& run : exported.runs)
        for (std::size_t d = 0; d < run.result.dims.size(); ++d, ++row) {
            EXPECT_EQ(rows[row][0], run.label);
            EXPECT_EQ(std::stoi(rows[row][1]), run.result.dims[d]);
            EXPECT_EQ(std::stoi(rows[row][2]), 4 * run.result.dims[d]);
            for (std::size_t c = 0; c < 2; ++c)
                EXPECT_NEAR(std::stod(rows[row][3 + c]), run.result.mean[d][c], 5e-7);
        }
}

TEST(ReportCsv, PerQueryKeepsTextSlicesAnnotationsAndValues)
{
    Exported exported;
    const auto rows = readCsv(exported.dir / "out" / "per_query.csv");
    ASSERT_EQ(rows.size(), 1u + 2 * 3 * 2); // runs × queries × dims
    EXPECT_EQ(rows[0][1], "query_id");
    EXPECT_EQ(rows[1][2], "usb \"c\", cable"); // quotes and comma survive
    const auto& q2 = rows[3];                  // run A, q2, dim 2
    EXPECT_EQ(q2[1], "q2");
    EXPECT_EQ(q2[4], "type: long; alphanumeric");
    EXPECT_EQ(q2[5], "model number lost");
    EXPECT_EQ(q2[6], "15in, \"stand\"");
    EXPECT_EQ(q2[7], "2");
    EXPECT_NEAR(std::stod(q2[8]), 0.2, 5e-7);
    EXPECT_NEAR(std::stod(rows.back()[9]), 1.0 / 3, 5e-7); // run B, q3, dim 4, p@3
}

TEST(ReportCsv, TrecRunAndQrelsRescoreToTheStoredRankings)
{
    Exported exported;
    const auto run = readTrecRun(exported.dir / "out" / "run_4.trec");
    ASSERT_EQ(run.size(), 9u);
    EXPECT_EQ(run[0].queryId, "q1");
    EXPECT_EQ(run[0].docId, "p0");
    EXPECT_NEAR(run[0].score, 0.95, 1e-6);
    EXPECT_EQ(readTrecRun(exported.dir / "out" / "run_2.trec").size(), 8u); // q3 has 2 results at dim 2
    const Qrels qrels = readTrecQrels(exported.dir / "out" / "qrels.txt");
    ASSERT_EQ(qrels.judgements.size(), 6u);
    EXPECT_EQ(qrels.judgements[3].docId, "p4");
    EXPECT_EQ(qrels.judgements[3].label, "10"); // S = 0.1 × 100
}

TEST(ReportCsv, UnwritableFolderFailsWithoutFiles)
{
    test::ScratchDir dir;
    test::writeText(dir / "blocker", "a file where the folder should be");
    test::writeTinyProject(dir / "p.near2");
    const std::vector<StoredRun> runs{loadRun(dir / "p.near2", "")};
    EXPECT_THROW(writeReportCsvFolder(dir / "blocker" / "out", runs, loadExistingProject(dir / "p.near2")),
                 InputError);
}

TEST(ReportCsv, RankingAtBothDimsReadsBackWithQuotedUtf8Titles)
{
    test::ScratchDir dir;
    const StoredRun run = test::tinyRun("A", 0.0);
    ProjectSnapshot snapshot = test::tinyCatalogue();
    const std::string awkward = "USB-C \"fast\", 1 m\nbraided — Ü 充电线";
    snapshot.products[0].title = awkward;
    snapshot.products[1].title = "stand, \"pro\"";
    writeRankingCsv(dir / "ranking.csv", run, snapshot, 0, {4, 2})->commit();

    const auto rows = readCsv(dir / "ranking.csv");
    ASSERT_EQ(rows.size(), 1u + 3 + 3); // header, q1's top-3 at dim 4, then at dim 2
    EXPECT_EQ(rows[0],
              (std::vector<std::string>{"dim", "rank", "product_id", "title", "label", "gain", "score"}));
    // Dim 4 ranks p0, p1, p2; dim 2 ranks p1, p0, p2 (the fixture's top-3 of q1).
    const std::vector<std::vector<std::string>> expected{
        {"4", "1", "p0", awkward, "E", "1"},         {"4", "2", "p1", "stand, \"pro\"", "", "0"},
        {"4", "3", "p2", "LED desk lamp", "I", "0"}, {"2", "1", "p1", "stand, \"pro\"", "", "0"},
        {"2", "2", "p0", awkward, "E", "1"},         {"2", "3", "p2", "LED desk lamp", "I", "0"}};
    const double scores[] = {0.95, 0.5, 0.2, 0.9, 0.8, 0.1};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        ASSERT_EQ(rows[i + 1].size(), 7u);
        EXPECT_EQ(std::vector<std::string>(rows[i + 1].begin(), rows[i + 1].begin() + 6), expected[i]) << i;
        EXPECT_NEAR(std::stod(rows[i + 1][6]), scores[i], 1e-7) << i;
    }
    // The quoting itself: RFC 4180 doubles inner quotes and keeps the newline inside one quoted field.
    EXPECT_NE(test::readText(dir / "ranking.csv").find("\"USB-C \"\"fast\"\", 1 m\nbraided — Ü 充电线\""),
              std::string::npos);
}
