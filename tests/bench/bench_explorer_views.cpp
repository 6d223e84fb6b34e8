// The failure explorer's slider path in the GUI (issue 17): from a dim change to the segment chart and the
// 2-D map redrawn, through the explore job (displacement, segment comparison, PCA map) and back on the GUI
// thread, on a synthetic project of 100,000 products (the slider's budget is 50 ms). Prints medians in ms:
// the job's round trip, and the two views' redraw on the GUI thread.
// Usage: QT_QPA_PLATFORM=offscreen bench_explorer_views [products] [dim]
#include "core/session/ranking_context.h"
#include "tests/gui/synthetic_project.h"
#include "widgets/explore/failure_explorer_panel.h"
#include "widgets/explore/query_map_view.h"
#include "widgets/explore/segment_chart_view.h"
#include "widgets/jobs/explore_jobs.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <algorithm>
#include <cstdio>
#include <random>

using namespace near2;

namespace {

std::shared_ptr<const session::RankingContext> syntheticContext(const ProjectSnapshot& snapshot,
                                                                std::size_t products, std::size_t dim)
{
    auto dataset = std::make_shared<Dataset>();
    for (std::size_t row = 0; row < products; ++row)
        dataset->corpus.push_back(
            {"p" + std::to_string(row), "Product " + std::to_string(row), "", {{"brand", "Acme"}}});
    for (const auto& query : snapshot.queries)
        dataset->queries.push_back({query.id, "", query.text, {}});
    std::mt19937 generator(17);
    std::normal_distribution<float> normal;
    std::vector<float> corpus(products * dim), queries(snapshot.queries.size() * dim);
    for (auto& value : corpus)
        value = normal(generator);
    for (auto& value : queries)
        value = normal(generator);
    auto context = std::make_shared<session::RankingContext>();
    context->dataset = dataset;
    context->corpus = EmbeddingMatrix(std::move(corpus), products, dim);
    context->queries = EmbeddingMatrix(std::move(queries), snapshot.queries.size(), dim);
    return context;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int products = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int dim = argc > 2 ? std::atoi(argv[2]) : 768;
    const auto snapshot = test::syntheticSnapshot(200, products, dim, 100);
    jobs::ExploreJobs jobs;
    QSignalSpy ready(&jobs, &jobs::ExploreJobs::catalogReady);
    QElapsedTimer clock;
    clock.start();
    jobs.setRankingContext(
        syntheticContext(*snapshot, static_cast<std::size_t>(products), static_cast<std::size_t>(dim)));
    if (!ready.wait(600000))
        return 1;
    std::printf("explorer views on %d products × %d dims; catalog indexed in %lld ms (once per project)\n",
                products, dim, static_cast<long long>(clock.elapsed()));
    widgets::FailureExplorerPanel panel;
    panel.resize(700, 500);
    panel.show();
    std::shared_ptr<const session::QueryExplanation> last;
    QObject::connect(
        &jobs, &jobs::ExploreJobs::explained,
        [&](std::shared_ptr<const session::QueryExplanation> explanation) { last = explanation; });
    const auto& dims = snapshot->latestRun->rankings.dims;
    std::printf("%6s %14s %14s %14s\n", "dim", "job (ms)", "redraw (ms)", "total (ms)");
    for (const int at : dims) {
        std::vector<double> jobTimes, redrawTimes, totals;
        for (std::size_t query = 0; query < 15; ++query) {
            clock.restart();
            last.reset();
            jobs.explain(snapshot, query, nullptr, at, dims.back(), 10, -1);
            while (!last)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            const double job = static_cast<double>(clock.nsecsElapsed()) / 1e6;
            QElapsedTimer redraw;
            redraw.start();
            if (last->segments)
                panel.segmentChart()->setComparison(*last->segments, last->segmentDimIndex,
                                                    QStringLiteral("r"), QStringLiteral("o"));
            if (last->map)
                panel.mapView()->setMap(*last->map, snapshot->products, dims.back());
            QCoreApplication::processEvents(); // the repaint
            const double drawn = static_cast<double>(redraw.nsecsElapsed()) / 1e6;
            jobTimes.push_back(job);
            redrawTimes.push_back(drawn);
            totals.push_back(job + drawn);
        }
        std::printf("%6d %14.2f %14.2f %14.2f\n", at, median(jobTimes), median(redrawTimes), median(totals));
    }
    return 0;
}
