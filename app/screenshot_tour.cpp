#include "app/screenshot_tour.h"

#include "app/main_window.h"
#include "widgets/adhoc_query_panel.h"
#include "widgets/analysis_state.h"
#include "widgets/explore/failure_explorer_panel.h"
#include "widgets/jobs/explore_jobs.h"
#include "widgets/jobs/project_session.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <tuple>

namespace near2::app {

namespace {

QString fileNameOf(const QString& title)
{
    return title.toLower().replace(QLatin1Char(' '), QLatin1Char('-')).remove(QLatin1Char('&'));
}

// After the main views, the failure explorer's own views beside the ranking inspector (9-explorer-map.png …).
void shootExplorer(MainWindow* window, const QString& folder, int step, int first)
{
    auto* explorer = window->findChild<widgets::FailureExplorerPanel*>();
    if (!explorer || step >= explorer->tabs()->count()) {
        QApplication::quit();
        return;
    }
    // Its views need the catalog's embeddings (the explore job loads them once): wait for them, up to a
    // minute.
    auto* explore = window->session()->explore();
    if (step == 0 && !explore->catalog() && !window->property("explorerWaited").toBool()) {
        window->setProperty("explorerWaited", true);
        window->tabs()->setCurrentIndex(0); // shown, the explorer asks for the catalog
        const auto resume = [window, folder, first] { shootExplorer(window, folder, 0, first); };
        QObject::connect(explore, &jobs::ExploreJobs::catalogReady, window, resume, Qt::SingleShotConnection);
        QTimer::singleShot(60000, window, [window, folder, first, explore] {
            if (!explore->catalog())
                shootExplorer(window, folder, 0, first);
        });
        return;
    }
    window->tabs()->setCurrentIndex(0);
    explorer->tabs()->setCurrentIndex(step);
    QTimer::singleShot(1200, window, [window, folder, step, first, explorer] {
        const QString name = fileNameOf(explorer->tabs()->tabText(step));
        window->grab().save(
            QDir(folder).filePath(QStringLiteral("%1-explorer-%2.png").arg(first + step).arg(name)));
        shootExplorer(window, folder, step + 1, first);
    });
}

void shoot(MainWindow* window, const QString& folder, int step)
{
    const int tabs = window->tabs()->count();
    if (step >= tabs) {
        shootExplorer(window, folder, 0, tabs + 1);
        return;
    }
    window->tabs()->setCurrentIndex(step);
    QTimer::singleShot(400, window, [window, folder, step] {
        const QString name = fileNameOf(window->tabs()->tabText(step));
        window->grab().save(QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(step + 1).arg(name)));
        shoot(window, folder, step + 1);
    });
}

// The query with the most judged products in its top 10 at the current dim, so the labels show.
int mostJudgedQuery(const widgets::AnalysisState& state)
{
    const auto& rankings = state.run()->rankings.perDim[static_cast<std::size_t>(state.dimIndex())];
    int best = 0;
    std::size_t bestCount = 0;
    for (int q = 0; q < state.queryCount(); ++q) {
        const auto& judged = state.snapshot()->queries[static_cast<std::size_t>(q)].judged;
        const auto docs =
            rankings.docsOf(static_cast<std::size_t>(q)).first(std::min<std::size_t>(10, rankings.k));
        const auto count =
            static_cast<std::size_t>(std::count_if(docs.begin(), docs.end(), [&](std::int32_t doc) {
                return std::any_of(judged.begin(), judged.end(),
                                   [doc](const JudgedProduct& p) { return p.row == doc; });
            }));
        if (count > bestCount)
            std::tie(best, bestCount) = std::pair{q, count};
    }
    return best;
}

} // namespace

void runScreenshotTour(MainWindow* window, const QString& folder)
{
    QDir().mkpath(folder);
    window->resize(1280, 800); // the same frame on every machine, whatever geometry the settings restored
    QObject::connect(window, &MainWindow::projectShown, window, [window, folder] {
        // A mid-size dim makes the comparison visible.
        window->state()->setDimIndex(std::max(0, static_cast<int>(window->state()->dims().size()) - 4));
        if (window->state()->hasRun() && window->state()->queryCount() > 0)
            window->state()->setSelectedQuery(mostJudgedQuery(*window->state()));
        // The tour starts once the ad-hoc tab shows a ranking (the selected query typed in), or after 20 s.
        auto started = std::make_shared<bool>(false);
        const auto start = [window, folder, started] {
            if (!std::exchange(*started, true))
                QTimer::singleShot(1500, window, [window, folder] { shoot(window, folder, 0); });
        };
        QObject::connect(window->session(), &jobs::ProjectSession::adhocRanked, window, start,
                         Qt::SingleShotConnection);
        QTimer::singleShot(20000, window, start);
        auto* adhoc = window->findChild<widgets::AdhocQueryPanel*>();
        const auto query = window->state()->selectedQuery();
        const auto text =
            query < 0 ? QString()
                      : QString::fromStdString(
                            window->state()->snapshot()->queries[static_cast<std::size_t>(query)].text);
        QObject::connect(
            window->session()->contextJob(), &jobs::JobRunner::finished, adhoc,
            [adhoc, text] {
                adhoc->queryEdit()->setText(text);
                Q_EMIT adhoc->queryEdit()->returnPressed();
            },
            Qt::SingleShotConnection);
    });
}

} // namespace near2::app
