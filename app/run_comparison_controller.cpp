#include "app/run_comparison_controller.h"

#include "core/report/project_runs.h"
#include "core/report/run_comparison.h"
#include "widgets/analysis_state.h"
#include "widgets/charts/charts_page.h"
#include "widgets/jobs/project_session.h"
#include "widgets/jobs/run_jobs.h"
#include "widgets/run_comparison_state.h"

#include <algorithm>
#include <cstdlib>

namespace near2::app {

RunComparisonController::RunComparisonController(jobs::ProjectSession* session, widgets::AnalysisState* state,
                                                 charts::ChartsPage* charts, QObject* parent)
    : QObject(parent), m_session(session), m_state(state), m_charts(charts),
      m_comparison(new widgets::RunComparisonState(this))
{
    auto* runs = session->runs();
    connect(state, &widgets::AnalysisState::snapshotChanged, this, &RunComparisonController::loadRuns);
    connect(m_comparison, &widgets::RunComparisonState::pairChanged, this,
            &RunComparisonController::pairChosen);
    connect(runs->compareJob(), &jobs::JobRunner::failed, m_comparison,
            &widgets::RunComparisonState::setComparisonFailed);
    connect(runs, &jobs::RunJobs::runsLoaded, this, &RunComparisonController::showRuns);
    connect(runs, &jobs::RunJobs::runsAddedElsewhere, this, &RunComparisonController::loadRuns);
    connect(session, &jobs::ProjectSession::projectOpened, this,
            [this](const std::shared_ptr<const ProjectSnapshot>& snapshot) {
                const auto stored = snapshot->viewState.find("comparedRun"); // as the project was left
                m_comparedRunId =
                    stored == snapshot->viewState.end() ? 0 : std::atoll(stored->second.c_str());
            });
    connect(runs, &jobs::RunJobs::provenanceLoaded, this,
            [this](const std::shared_ptr<const std::map<std::int64_t, RunProvenance>>& provenance) {
                m_comparison->setProvenance(*provenance);
            });
    connect(runs, &jobs::RunJobs::compared, this,
            [this](std::shared_ptr<const StoredRun> a, std::shared_ptr<const StoredRun> b,
                   std::shared_ptr<const RunComparison> comparison) {
                using Side = widgets::RunComparisonState::Side;
                if (m_comparison->run(Side::A) == a.get() && m_comparison->run(Side::B) == b.get())
                    m_comparison->setComparison(std::move(comparison));
            });
}

void RunComparisonController::loadRuns()
{
    m_session->runs()->cancel();
    m_comparison->clear();
    if (!m_state->hasRun() || !m_session->isOpen())
        return;
    // The shown run is the snapshot's own (with any dim evaluated since): only the others are read.
    m_session->runs()->loadRuns(m_state->run()->id);
}

void RunComparisonController::showRuns(const std::shared_ptr<const std::vector<StoredRun>>& loaded)
{
    const auto snapshot = m_state->sharedSnapshot();
    if (!snapshot || !snapshot->latestRun)
        return;
    const std::int64_t shown = snapshot->latestRun->id;
    widgets::RunList runs;
    for (const auto& run : *loaded)
        runs.push_back(std::shared_ptr<const StoredRun>(loaded, &run));
    if (isRunComplete(*snapshot->latestRun)) {
        const auto byId = [](const auto& run, std::int64_t id) { return run->id < id; };
        runs.insert(std::lower_bound(runs.begin(), runs.end(), shown, byId),
                    std::shared_ptr<const StoredRun>(snapshot, &*snapshot->latestRun));
    }
    widgets::RunList plotted = runs;
    const auto main =
        std::find_if(plotted.begin(), plotted.end(), [shown](const auto& run) { return run->id == shown; });
    if (main != plotted.end())
        std::rotate(plotted.begin(), main, main + 1);
    // B is the shown run; A the one compared with it: the analyst's last choice while it exists, else the
    // newest other run.
    const auto indexOf = [&runs](std::int64_t id) {
        const auto found =
            std::find_if(runs.begin(), runs.end(), [id](const auto& run) { return run->id == id; });
        return found == runs.end() ? -1 : static_cast<int>(found - runs.begin());
    };
    const int b = indexOf(shown);
    int a = m_comparedRunId != shown ? indexOf(m_comparedRunId) : -1;
    for (int i = static_cast<int>(runs.size()) - 1; a < 0 && i >= 0; --i)
        if (i != b)
            a = i;
    m_settingPair = true;
    m_comparison->setRuns(std::move(runs), a, b);
    m_settingPair = false;
    if (main != plotted.end()) // else the charts keep the shown run alone
        m_charts->setRuns(std::move(plotted));
}

void RunComparisonController::pairChosen()
{
    using Side = widgets::RunComparisonState::Side;
    if (const auto* a = m_comparison->run(Side::A); a && !m_settingPair)
        m_comparedRunId = a->id;
    const auto* b = m_comparison->run(Side::B);
    if (b && m_state->hasRun() && b->id != m_state->run()->id) {
        m_session->runs()->show(b->id); // the views follow B; the pair is set again once it is shown
        return;
    }
    compare();
}

void RunComparisonController::compare()
{
    m_session->runs()->compareJob()->cancel();
    if (!m_comparison->hasPair())
        return;
    using Side = widgets::RunComparisonState::Side;
    const auto& runs = m_comparison->runs();
    m_session->runs()->compare(runs[static_cast<std::size_t>(m_comparison->runIndex(Side::A))],
                               runs[static_cast<std::size_t>(m_comparison->runIndex(Side::B))]);
}

} // namespace near2::app
