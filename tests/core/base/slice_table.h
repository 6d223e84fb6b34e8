#pragma once
// The slice rules' table test, shared by every consumer's test (core API, CSV report, report tables and
// chart data, the PDF's text, the query table's proxy and Summary, the Charts tab, the main window): 23
// queries (umlauts and ß, hyphens, model numbers, CJK, kana, emoji, a decomposed accent) × 11 rules, with the
// members of each rule worked out by hand from the rules' definitions (core/slices/slice_rule.h,
// query_words.h).
#include "core/store/project_data.h"

#include <filesystem>
#include <string>
#include <vector>

namespace near2::test {

struct SliceTable
{
    ProjectSnapshot snapshot; // queries, products, rules, and a run (dims 2, 4; ndcg@3 = query number / 100)
    std::vector<std::vector<std::string>> expected; // per rule: the ids of its queries, in query order
    std::vector<std::string> types;                 // the slices before the rules, in order
};

SliceTable sliceTable();
// The table as a project file (sources, catalogue, rules, the run labelled "table").
void writeSliceTableProject(const std::filesystem::path& file);

} // namespace near2::test
