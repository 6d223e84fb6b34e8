// The slice table (slice_table.h) through the core's consumers: the slice engine itself, the report's slice
// rows (the Charts tab's and the PDF's bars), the per-query table and per_query.csv, and the assembled
// report.
#include "core/report/project_runs.h"
#include "core/report/report_csv.h"
#include "core/report/report_data.h"
#include "core/slices/query_slices.h"
#include "core/util/csv_reader.h"
#include "slice_table.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>
#include <map>

using namespace near2;

namespace {

std::vector<std::string> memberIds(const QuerySlice& slice, const ProjectSnapshot& snapshot)
{
    std::vector<std::string> ids;
    for (std::size_t q = 0; q < slice.members.size(); ++q)
        if (slice.members[q])
            ids.push_back(snapshot.queries[q].id);
    return ids;
}

// The mean of ndcg@3 at `dimIndex` over the expected members, from the run's values.
double expectedMean(const StoredRun& run, const std::vector<std::string>& ids, std::size_t dimIndex)
{
    double sum = 0;
    for (const auto& id : ids)
        for (std::size_t q = 0; q < run.result.queryIds.size(); ++q)
            if (run.result.queryIds[q] == id)
                sum += run.result.value(dimIndex, q, 0);
    return sum / static_cast<double>(ids.size());
}

} // namespace

TEST(SliceTable, TheEngineGivesTheHandWorkedMembers)
{
    const auto table = test::sliceTable();
    const auto slices = computeQuerySlices(table.snapshot);
    ASSERT_EQ(slices.size(), table.types.size() + table.expected.size());
    for (std::size_t s = 0; s < table.types.size(); ++s)
        EXPECT_EQ(sliceName(slices[s]), table.types[s]);
    EXPECT_EQ(slices[0].count, 23);
    EXPECT_EQ(memberIds(slices[1], table.snapshot), (std::vector<std::string>{"q07", "q08"}));
    for (std::size_t r = 0; r < table.expected.size(); ++r) {
        const auto& slice = slices[table.types.size() + r];
        EXPECT_EQ(sliceName(slice), table.snapshot.sliceRules[r].name);
        EXPECT_EQ(memberIds(slice, table.snapshot), table.expected[r]) << sliceName(slice);
        EXPECT_EQ(slice.count, static_cast<int>(table.expected[r].size())) << sliceName(slice);
        EXPECT_FALSE(slice.problem) << sliceName(slice);
    }
}

TEST(SliceTable, ReportSliceRowsAverageTheSameQueries)
{
    const auto table = test::sliceTable();
    const auto& run = *table.snapshot.latestRun;
    const auto slices = computeQuerySlices(table.snapshot);
    const auto rows = sliceRows(run, table.snapshot, slices, 0, 2, 4);
    std::map<std::string, SliceRow> byName;
    for (const auto& row : rows)
        byName[row.slice] = row;
    for (std::size_t r = 0; r < table.expected.size(); ++r) {
        const auto& row = byName.at(table.snapshot.sliceRules[r].name);
        EXPECT_EQ(row.queries, static_cast<int>(table.expected[r].size())) << row.slice;
        EXPECT_NEAR(row.current, expectedMean(run, table.expected[r], 0), 1e-12) << row.slice;
        EXPECT_NEAR(row.reference, expectedMean(run, table.expected[r], 1), 1e-12) << row.slice;
        EXPECT_EQ(row.sliceIndex, table.types.size() + r);
    }
}

TEST(SliceTable, PerQueryCsvListsEachQuerysSlices)
{
    test::ScratchDir dir;
    test::writeSliceTableProject(dir / "s.near2");
    const auto table = test::sliceTable();
    const auto snapshot = loadExistingProject(dir / "s.near2");
    for (auto& file : writeReportCsvFolder(dir / "out", {loadRun(dir / "s.near2", "table")}, snapshot))
        file->commit();
    // Expected "slices" cell per query: its type slice, then its rules in the rules' order.
    std::map<std::string, std::string> expected;
    for (const auto& query : table.snapshot.queries)
        expected[query.id] = query.type.empty() ? "" : "type: " + query.type;
    for (std::size_t r = 0; r < table.expected.size(); ++r)
        for (const auto& id : table.expected[r])
            expected[id] += (expected[id].empty() ? "" : "; ") + table.snapshot.sliceRules[r].name;
    const std::string text = test::readText(dir / "out" / "per_query.csv");
    CsvReader reader(text, ',', "per_query.csv");
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    ASSERT_EQ(record.fields[1], "query_id");
    ASSERT_EQ(record.fields[4], "slices");
    std::size_t rows = 0;
    while (reader.next(record)) {
        ++rows;
        EXPECT_EQ(record.fields[4], expected.at(record.fields[1]))
            << record.fields[1] << " " << record.fields[2];
    }
    EXPECT_EQ(rows, 2 * table.snapshot.queries.size()); // one row per query and dim
}

TEST(SliceTable, TheAssembledReportCountsTheSameQueries)
{
    test::ScratchDir dir;
    test::writeSliceTableProject(dir / "s.near2");
    const auto table = test::sliceTable();
    const ReportData data = assembleReport(dir / "s.near2", {.currentDim = 2});
    ASSERT_EQ(data.querySlices.size(), table.types.size() + table.expected.size());
    for (std::size_t r = 0; r < table.expected.size(); ++r) {
        const auto& slice = data.querySlices[table.types.size() + r];
        EXPECT_EQ(memberIds(slice, data.snapshot), table.expected[r]) << slice.name;
    }
    for (const auto& row : data.slices)
        EXPECT_EQ(row.queries, data.querySlices[row.sliceIndex].count) << row.slice;
}
