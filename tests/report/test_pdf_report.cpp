// The PDF report of the tiny project (an executive summary first, then the details): expected pages and
// text (pdftotext), no raster images (pdfimages), embedded fonts (pdffonts), the trade-off section when the
// project holds a grid, no file left behind when the target cannot be written, and the slice table's members
// in the slice section.
#include "core/report/report_csv.h"
#include "core/report/report_data.h"
#include "core/store/project_store.h"
#include "core/util/error.h"
#include "report_fixture.h"
#include "slice_table.h"
#include "tests/core/test_support.h"
#include "widgets/report/pdf_export.h"

#include <QProcess>
#include <QStringList>
#include <cstdlib>
#include <gtest/gtest.h>
#include <iterator>
#include <regex>
#include <sstream>
#include <tuple>

using namespace near2;

namespace {

std::string run(const char* program, const QStringList& arguments)
{
    QProcess process;
    process.start(QString::fromLatin1(program), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return "(failed: " + std::string(program) + ")";
    return process.readAllStandardOutput().toStdString();
}

QString pathOf(const std::filesystem::path& file)
{
    return QString::fromStdString(file.string());
}

std::size_t lineCount(const std::string& text)
{
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// A flat cell at dim 64 of `bytes` per vector (p50 latency bytes / 100 ms) with `metrics`.
CellMeasure gridCell(Precision precision, double bytes, std::vector<double> metrics)
{
    CellMeasure cell;
    cell.spec.dim = 64;
    cell.spec.precision = precision;
    cell.key = std::to_string(bytes);
    cell.bytesPerVector = bytes;
    cell.latencyP50Ms = bytes / 100;
    cell.metrics = std::move(metrics);
    return cell;
}

} // namespace

TEST(PdfReport, PagesTextVectorsAndFonts)
{
    test::ScratchDir dir;
    test::writeTinyProject(dir / "p.near2");
    const auto data = assembleReport(dir / "p.near2", {.runs = {"A", "B"}, .currentDim = 2});
    report::writePdfReport(data, dir / "report.pdf");
    if (const char* keep = std::getenv("NEAR2_KEEP_PDF")) // for looking at it
        std::filesystem::copy_file(dir / "report.pdf", keep,
                                   std::filesystem::copy_options::overwrite_existing);
    const std::string info = run("pdfinfo", {pathOf(dir / "report.pdf")});
    EXPECT_NE(info.find("Pages:           5"), std::string::npos) << info;
    const std::string text =
        run("pdftotext", {QStringLiteral("-layout"), pathOf(dir / "report.pdf"), QStringLiteral("-")});
    for (const char* expected :
         {"NEAR² evaluation report", "abc123", "Summary per dim", "ndcg@3 against memory", "Bytes per vector",
          "Runs compared on ndcg@3: A = A, B = B", "per query slice", "type: short", "alphanumeric",
          "lose most from dim 4 to dim 2", "laptop stand 15in", "model number lost", "Aluminium laptop stand",
          "Gains and metric definitions", "E=1,S=0.1"})
        EXPECT_NE(text.find(expected), std::string::npos) << "missing: " << expected;
    const std::string images = run("pdfimages", {QStringLiteral("-list"), pathOf(dir / "report.pdf")});
    EXPECT_EQ(lineCount(images), 2u) << images; // the header lines only: no raster image
    const std::string fonts = run("pdffonts", {pathOf(dir / "report.pdf")});
    EXPECT_GT(lineCount(fonts), 2u);
    std::istringstream lines(fonts);
    std::string line;
    for (int header = 0; header < 2 && std::getline(lines, line); ++header) {
    }
    while (std::getline(lines, line)) { // name type encoding emb sub uni object ID: "emb" must say yes
        std::istringstream fields(line);
        std::vector<std::string> tokens{std::istream_iterator<std::string>(fields), {}};
        ASSERT_GE(tokens.size(), 5u) << line;
        EXPECT_EQ(tokens[tokens.size() - 5], "yes") << line;
    }
}

TEST(PdfReport, UnwritableTargetLeavesNoFile)
{
    test::ScratchDir dir;
    test::writeTinyProject(dir / "p.near2");
    const auto data = assembleReport(dir / "p.near2", {});
    EXPECT_THROW(report::writePdfReport(data, dir / "missing-folder" / "report.pdf"), InputError);
    EXPECT_FALSE(std::filesystem::exists(dir / "missing-folder"));
}

TEST(PdfReport, TradeoffSectionWhenTheProjectHasAGrid)
{
    test::ScratchDir dir;
    test::writeTinyProject(dir / "p.near2");
    TradeoffReport grid;
    grid.columns = {"ndcg@10"};
    grid.fullDim = 64;
    grid.cells = {gridCell(Precision::Fp32, 256.0, {0.50}), gridCell(Precision::Int8, 64.0, {0.497}),
                  gridCell(Precision::Binary, 8.0, {0.30})};
    ProjectStore(dir / "p.near2").saveTradeoffs(grid);
    report::writePdfReport(assembleReport(dir / "p.near2", {}), dir / "report.pdf");
    const std::string text =
        run("pdftotext", {QStringLiteral("-layout"), pathOf(dir / "report.pdf"), QStringLiteral("-")});
    for (const char* expected :
         {"Memory, quality and latency trade-offs",
          "ndcg@10 ≥ 99% of fp32 flat at dim 64 (0.5000): dim 64 · int8 · flat keeps 99.4%",
          "ndcg@10 ≥ 95% of fp32 flat at dim 64", "Pareto front", "bytes per vector (log)", "Bytes/vector",
          "binary"})
        EXPECT_NE(text.find(expected), std::string::npos) << "missing: " << expected;
    const std::string images = run("pdfimages", {QStringLiteral("-list"), pathOf(dir / "report.pdf")});
    EXPECT_EQ(lineCount(images), 2u) << images;
}

// With another metric chosen (--metric p@3), the statements answer for it too, in the PDF's executive summary
// and trade-off section and in summary.csv and compression.csv: ndcg@10's and the chosen metric's.
TEST(PdfReport, StatementsAnswerForTheChosenMetricToo)
{
    test::ScratchDir dir;
    test::writeTinyProject(dir / "p.near2");
    TradeoffReport grid;
    grid.columns = {"ndcg@10", "p@3"};
    grid.fullDim = 64;
    grid.cells = {gridCell(Precision::Fp32, 256.0, {0.50, 0.40}),
                  gridCell(Precision::Int8, 64.0, {0.497, 0.30}),
                  gridCell(Precision::Binary, 8.0, {0.30, 0.39})};
    ProjectStore(dir / "p.near2").saveTradeoffs(grid);
    const auto data = assembleReport(dir / "p.near2", {.metric = "p@3"});
    report::writePdfReport(data, dir / "report.pdf");
    const std::string text =
        run("pdftotext", {QStringLiteral("-layout"), pathOf(dir / "report.pdf"), QStringLiteral("-")});
    const auto count = [&](const std::string& needle) {
        std::size_t n = 0;
        for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
            ++n;
        return n;
    };
    // Twice each: the executive summary and the trade-off section.
    EXPECT_EQ(count("ndcg@10 ≥ 99% of fp32 flat at dim 64"), 2u) << text;
    EXPECT_EQ(count("p@3 ≥ 99% of fp32 flat at dim 64 (0.4000): dim 64 · binary · flat keeps 97.5%"), 0u);
    EXPECT_EQ(count("p@3 ≥ 95% of fp32 flat at dim 64 (0.4000): dim 64 · binary · flat keeps 97.5%"), 2u)
        << text;
    EXPECT_EQ(count("p@3 ≥ 99% of fp32 flat at dim 64 (0.4000)"), 2u) << text;
    std::filesystem::create_directories(dir / "csv");
    for (const auto& file : writeReportCsvFolder(dir / "csv", data))
        file->commit();
    const std::string summary = test::readText(dir / "csv" / "summary.csv");
    EXPECT_NE(summary.find("p@3 ≥ 95% of fp32 flat"), std::string::npos) << summary;
    const std::string compression = test::readText(dir / "csv" / "compression.csv");
    EXPECT_NE(compression.find("p@3"), std::string::npos) << compression;
}

// The slice table (slice_table.h) through the PDF: each rule's row, as pdftotext reads it, gives the number
// of hand-worked members and their means. The run's ndcg@3 of query qN is N/200 at dim 2 and N/100 at dim 4,
// so a slice's means follow from its members' numbers alone.
TEST(PdfReport, SliceSectionCountsTheSliceTablesMembers)
{
    test::ScratchDir dir;
    test::writeSliceTableProject(dir / "s.near2");
    const auto table = test::sliceTable();
    report::writePdfReport(assembleReport(dir / "s.near2", {.currentDim = 2, .referenceDim = 4}),
                            dir / "report.pdf");
    const std::string text =
        run("pdftotext", {QStringLiteral("-layout"), pathOf(dir / "report.pdf"), QStringLiteral("-")});
    for (std::size_t r = 0; r < table.expected.size(); ++r) {
        const auto& members = table.expected[r];
        double sum = 0;
        for (const auto& id : members)
            sum += std::stod(id.substr(1));
        const double atFour = sum / static_cast<double>(members.size()) / 100.0;
        const auto fixed = [](double value) { return QString::number(value, 'f', 4).toStdString(); };
        const std::string name = table.snapshot.sliceRules[r].name;
        const std::string row = name + " +" + std::to_string(members.size()) + " +" + fixed(atFour / 2) +
                                " +" + fixed(atFour) + " +" + fixed(-atFour / 2);
        EXPECT_TRUE(std::regex_search(text, std::regex("(^|\\n) *" + row + " *(\\n|$)")))
            << "no row '" << row << "' in:\n"
            << text;
    }
}
