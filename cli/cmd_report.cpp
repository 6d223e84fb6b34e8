// near2 report: a project's runs as CSV tables, TREC runs + qrels, and a PDF report.
#include "cli/analyst_qrels.h"
#include "cli/command.h"
#include "core/report/project_runs.h"
#include "core/report/report_csv.h"
#include "core/report/report_data.h"
#include "core/util/error.h"
#include "core/util/output_folder.h"

#ifdef NEAR2_PDF_REPORT
#include "cli/pdf_application.h"
#include "widgets/report/pdf_export.h"
#endif

#include <fmt/format.h>
#include <iostream>
#include <optional>

namespace near2::cli {

namespace {

struct ReportOptions
{
    std::string project, pdf, csv, analystQrels;
    ReportRequest request;
};

void writePdf(const ReportData& data, const std::filesystem::path& file)
{
#ifdef NEAR2_PDF_REPORT
    const PdfApplication application;
    report::writePdfReport(data, file);
#else
    (void)data;
    throw InputError(file, "this near2 was built without the GUI libraries: no PDF export");
#endif
}

int runReport(const ReportOptions& options)
{
    if (!options.analystQrels.empty())
        writeAnalystQrels(options.project, options.analystQrels);
    if (options.pdf.empty() && options.csv.empty() && !options.analystQrels.empty())
        return 0;
    if (options.pdf.empty() && options.csv.empty())
        throw InputError("give --pdf OUT.pdf and/or --csv OUTDIR");
    std::optional<OutputFolder> csv; // committed only once everything is written
    if (!options.csv.empty())
        csv.emplace(options.csv);
    const ReportData data = assembleReport(options.project, options.request);
    if (csv)
        for (auto& file : writeReportCsvFolder(csv->staging(), data))
            file->commit();
    if (!options.pdf.empty())
        writePdf(data, options.pdf);
    if (csv)
        csv->commit();
    for (const auto& run : data.runs) { // each run's own model, as the PDF's details show it
        const auto found = data.provenance.find(run.id);
        if (found == data.provenance.end()) {
            std::cerr << "near2 report: run " << runName(run)
                      << ": stored before runs recorded their own model\n";
            continue;
        }
        const RunProvenance& provenance = found->second;
        std::string paths;
        for (const auto& path : provenance.modelPaths)
            paths += " " + path;
        std::cerr << fmt::format(
            "near2 report: run {}: {}{} ({} file(s){}), split {}, k {}, gains {}\n", runName(run),
            provenance.modelKind, paths, provenance.files.size(),
            provenance.files.empty() ? "" : ", first hash " + shortHash(provenance.files.front().contentHash),
            provenance.split, provenance.k, provenance.gains);
    }
    for (const auto& line : sliceProblemLines(data.querySlices))
        std::cerr << "near2 report: warning: " << line << "\n";
    std::cerr << fmt::format("near2 report: {} run(s), dims {} vs {} on {}{}{}\n", data.runs.size(),
                             data.currentDim, data.referenceDim, data.metric,
                             options.pdf.empty() ? "" : " → " + options.pdf,
                             options.csv.empty() ? "" : " → " + options.csv + "/");
    return 0;
}

Runner setup(CLI::App& app)
{
    auto options = std::make_shared<ReportOptions>();
    app.add_option("--project", options->project, "Project file (*.near2)")->required();
    app.add_option("--run", options->request.runs,
                   "Run(s) by label or id, comma-separated; the first is the report's (default: the newest)")
        ->delimiter(',');
    app.add_option("--pdf", options->pdf, "Write the PDF report here");
    app.add_option("--csv", options->csv,
                   "Write summary.csv, aggregate.csv, per_query.csv, comparison.csv, compression.csv, "
                   "run_<dim>.trec and qrels.txt into this folder");
    app.add_option("--analyst-qrels", options->analystQrels,
                   "Write the analyst's judgements from the workbench (pairs the dataset leaves unjudged) as "
                   "TREC qrels");
    app.add_option("--dim", options->request.currentDim,
                   "Current dim (default: the project's, else the middle)");
    app.add_option("--reference-dim", options->request.referenceDim, "Reference dim (default: the largest)");
    app.add_option("--metric", options->request.metric,
                   "Metric of slices and regressions (default: the first)");
    app.add_option("--worst", options->request.worstCount, "Regressing queries in the PDF (default 10)");
    return [options] { return runReport(*options); };
}

} // namespace

NEAR2_COMMAND(Command{"report", "Export a project's runs: CSV tables, TREC runs and qrels, a PDF report",
                      setup})

} // namespace near2::cli
