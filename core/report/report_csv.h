#pragma once
// The report's CSV and TREC exports. UTF-8, RFC 4180, a header row; numbers as result_files.h writes them.
// Each writer returns an uncommitted AtomicFile, so a caller commits every output together at the end and
// an error leaves no partial file behind.
#include "core/report/report_data.h"
#include "core/report/report_tables.h"
#include "core/util/atomic_file.h"

#include <filesystem>
#include <memory>
#include <vector>

namespace near2 {

// run,dim,bytes_per_vector,<every metric column>
std::unique_ptr<AtomicFile> writeAggregateCsv(const std::filesystem::path& file,
                                              const std::vector<StoredRun>& runs);
// run,query_id,query,type,slices,tag,note,dim,<the run's metric columns>: one row per run, query and dim.
std::unique_ptr<AtomicFile> writeQueryTableCsv(const std::filesystem::path& file,
                                               const std::vector<StoredRun>& runs,
                                               const ProjectSnapshot& snapshot,
                                               const std::vector<QuerySlice>& slices);
// One query's ranking at two dims: dim,rank,product_id,title,label,gain,score.
std::unique_ptr<AtomicFile> writeRankingCsv(const std::filesystem::path& file, const StoredRun& run,
                                            const ProjectSnapshot& snapshot, std::size_t queryIndex,
                                            const std::vector<int>& dims);
// TREC run of one dim from the stored top-k ("qid Q0 docid rank score tag").
std::unique_ptr<AtomicFile> writeStoredTrecRun(const std::filesystem::path& file, const StoredRun& run,
                                               const ProjectSnapshot& snapshot, int dim);
// TREC qrels "qid 0 docid grade" with grade = round(gain × 100): trec_eval needs integer grades; NDCG is
// unchanged by the scale, and the relevance threshold becomes -l round(threshold × 100).
std::unique_ptr<AtomicFile> writeQrels(const std::filesystem::path& file, const ProjectSnapshot& snapshot);

// run_a,run_b,shared_queries,dim,metric,a,b,delta_b_minus_a,p_randomisation,p_t_test: the comparison the
// workbench and the PDF show (p-values as formatPValue writes them: "< 0.0001" below the resolution).
std::unique_ptr<AtomicFile> writeComparisonCsv(const std::filesystem::path& file,
                                               const RunComparison& comparison);

// All of the above for `runs` into `folder` (created if needed): aggregate.csv, per_query.csv, and for the
// first run run_<dim>.trec per dim plus qrels.txt. Nothing is committed. `slices`: the snapshot's
// (computeQuerySlices), when the caller has them already.
std::vector<std::unique_ptr<AtomicFile>> writeReportCsvFolder(const std::filesystem::path& folder,
                                                              const std::vector<StoredRun>& runs,
                                                              const ProjectSnapshot& snapshot,
                                                              const std::vector<QuerySlice>& slices);
std::vector<std::unique_ptr<AtomicFile>> writeReportCsvFolder(const std::filesystem::path& folder,
                                                              const std::vector<StoredRun>& runs,
                                                              const ProjectSnapshot& snapshot);

// The report's folder: the files above for data.runs, plus comparison.csv (with two runs or more),
// compression.csv (with a trade-off grid, core/tradeoffs/tradeoff_files.h) and summary.csv (the executive
// summary's numbers, executive_summary.h).
std::vector<std::unique_ptr<AtomicFile>> writeReportCsvFolder(const std::filesystem::path& folder,
                                                              const ReportData& data);

} // namespace near2
