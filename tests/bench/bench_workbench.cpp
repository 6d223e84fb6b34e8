// Workbench speed: (1) moving the dimension slider updates the query table, summary and ranking inspector
// (1,000 queries, 100,000 products, results precomputed as after the sweep); (2) one query's ranking at any
// dim, exact, over 1,000,000 products × 768 dims in nested blocks: an int8 pass with rigorous score bounds
// and an exact rescore of the rows that may reach the top 10, beside the exact fp32 scan alone (ms, bytes
// read and effective GB/s per dim). Run with QT_QPA_PLATFORM=offscreen.
#include "core/session/single_query_ranking.h"
#include "tests/gui/synthetic_project.h"
#include "widgets/analysis_state.h"
#include "widgets/query_table_panel.h"
#include "widgets/ranking_inspector.h"
#include "widgets/summary_panel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <random>

namespace {

void benchSlider()
{
    near2::widgets::AnalysisState state;
    near2::widgets::QueryTablePanel table(&state);
    near2::widgets::SummaryPanel summary(&state);
    near2::widgets::RankingInspector inspector(&state);
    table.resize(900, 700);
    inspector.resize(700, 700);
    table.show();
    summary.show();
    inspector.show();
    state.setSnapshot(near2::test::syntheticSnapshot(1000, 100000, 768, 100));
    state.setSelectedQuery(10);
    QApplication::processEvents();
    std::vector<double> times;
    for (int step = 0; step < 40; ++step) {
        QElapsedTimer clock;
        clock.start();
        state.setDimIndex(step % static_cast<int>(state.dims().size()));
        table.repaint();
        summary.repaint();
        inspector.repaint();
        QApplication::processEvents();
        times.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf(
        "slider → table+summary+inspector (1000 queries, 100000 products): median %.1f ms, max %.1f ms\n",
        times[times.size() / 2], times.back());
}

// Median wall time of `repeats` runs of `work`, in ms.
template <class Work> double medianMs(int repeats, const Work& work)
{
    std::vector<double> times;
    for (int repeat = 0; repeat < repeats; ++repeat) {
        QElapsedTimer clock;
        clock.start();
        work();
        times.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void benchRanking()
{
    const std::size_t rows = 1'000'000, dim = 768;
    const std::vector<int> nested{8, 16, 32, 64, 128, 256, 512, 768};
    std::minstd_rand random(3);
    std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
    std::vector<float> query(dim);
    for (auto& value : query)
        value = uniform(random);
    QElapsedTimer build;
    near2::NestedLayout catalog;
    {
        std::vector<float> values(rows * dim);
        for (auto& value : values)
            value = uniform(random);
        const near2::EmbeddingMatrix corpus(std::move(values), rows, dim);
        build.start();
        catalog = near2::NestedLayout(corpus, nested);
    }
    std::printf("nested blocks for 1000000 x 768 built once per session in %.0f ms\n",
                static_cast<double>(build.nsecsElapsed()) / 1e6);
    std::printf("int8 copy for the first pass: %zu extra bytes per product\n",
                catalog.quantisedBytesPerRow());
    for (const int d : {8, 16, 32, 64, 100, 128, 256, 300, 512, 768}) {
        near2::ScanReport report;
        catalog.topK(query, d, 10, {}, 0, &report);
        const double twoPass = medianMs(7, [&] {
            if (near2::session::rankAtDim(catalog, query, d, 10).size() != 10)
                std::printf("unexpected result size\n");
        });
        near2::ScanReport fullReport;
        const double fullScan =
            medianMs(3, [&] { catalog.topKByFullScan(query, d, 10, {}, 0, &fullReport); });
        const auto fullBytes = static_cast<double>(fullReport.bytesRead);
        std::printf("one query's top-10 over 1000000 products at %d dims%s: %.1f ms (%s, %zu rows rescored, "
                    "%.0f MB read, %.1f GB/s); exact fp32 scan alone %.1f ms (%.0f MB, %.1f GB/s)\n",
                    d, std::binary_search(nested.begin(), nested.end(), d) ? "" : " (not nested)", twoPass,
                    report.quantisedPass ? "int8 pass + exact rescore" : "exact fp32 scan",
                    report.rescoredRows, static_cast<double>(report.bytesRead) / 1e6,
                    static_cast<double>(report.bytesRead) / (twoPass * 1e6), fullScan, fullBytes / 1e6,
                    fullBytes / (fullScan * 1e6));
    }
}

} // namespace

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    benchSlider();
    benchRanking();
    return 0;
}
