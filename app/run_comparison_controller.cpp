#include "app/run_comparison_controller.h"

#include "core/report/project_runs.h"
#include "core/report/run_comparison.h"
#include "widgets/analysis_state.h"
#include "widgets/charts/charts_page.h"
#include "widgets/jobs/job_runner.h"
#include "widgets/jobs/project_session.h"
#include "widgets/run_comparison_state.h"

#include <algorithm>

namespace near2::app {

RunComparisonController::RunComparisonController(jobs::ProjectSession* session, widgets::AnalysisState* state,
                                                 charts::ChartsPage* charts, QObject* parent)
    : QObject(parent), m_session(session), m_state(state), m_charts(charts),
      m_comparison(new widgets::RunComparisonState(this)), m_loadJob(new jobs::JobRunner(this)),
      m_compareJob(new jobs::JobRunner(this))
{
    connect(state, &widgets::AnalysisState::snapshotChanged, this, &RunComparisonController::loadRuns);
    connect(m_comparison, &widgets::RunComparisonState::pairChanged, this, &RunComparisonController::compare);
    connect(m_compareJob, &jobs::JobRunner::failed, m_comparison,
            &widgets::RunComparisonState::setComparisonFailed);
}

void RunComparisonController::loadRuns()
{
    m_loadJob->cancel();
    m_compareJob->cancel();
    m_comparison->clear();
    if (!m_state->hasRun() || !m_session->isOpen())
        return;
    const std::filesystem::path file = m_session->projectFile().toStdString();
    const std::int64_t shown = m_state->run()->id;
    const auto snapshot = m_state->sharedSnapshot();
    // The shown run is the snapshot's own (with any dim evaluated since): only the others are read.
    m_loadJob->launch<std::vector<StoredRun>>(
        tr("Loading the project's runs"),
        [file, shown](const JobControl&) { return loadCompleteRuns(file, shown); },
        [this, shown, snapshot](std::shared_ptr<const std::vector<StoredRun>> loaded) {
            if (m_state->sharedSnapshot() != snapshot)
                return; // another project (or none) is shown by now
            widgets::RunList runs;
            for (const auto& run : *loaded)
                runs.push_back(std::shared_ptr<const StoredRun>(loaded, &run));
            if (isRunComplete(*snapshot->latestRun)) {
                const auto byId = [](const auto& run, std::int64_t id) { return run->id < id; };
                runs.insert(std::lower_bound(runs.begin(), runs.end(), shown, byId),
                            std::shared_ptr<const StoredRun>(snapshot, &*snapshot->latestRun));
            }
            widgets::RunList plotted = runs;
            const auto main = std::find_if(plotted.begin(), plotted.end(),
                                           [shown](const auto& run) { return run->id == shown; });
            if (main != plotted.end())
                std::rotate(plotted.begin(), main, main + 1);
            m_comparison->setRuns(std::move(runs));
            if (main != plotted.end()) // else the charts keep the shown run alone
                m_charts->setRuns(std::move(plotted));
        });
}

void RunComparisonController::compare()
{
    m_compareJob->cancel();
    if (!m_comparison->hasPair())
        return;
    using Side = widgets::RunComparisonState::Side;
    const auto& runs = m_comparison->runs();
    const auto a = runs[static_cast<std::size_t>(m_comparison->runIndex(Side::A))];
    const auto b = runs[static_cast<std::size_t>(m_comparison->runIndex(Side::B))];
    m_compareJob->launch<RunComparison>(
        tr("Comparing %1 with %2")
            .arg(m_comparison->runName(m_comparison->runIndex(Side::A)),
                 m_comparison->runName(m_comparison->runIndex(Side::B))),
        [a, b](const JobControl&) { return compareRuns(*a, *b, {}); },
        [this, a, b](std::shared_ptr<const RunComparison> comparison) {
            if (m_comparison->run(Side::A) == a.get() && m_comparison->run(Side::B) == b.get())
                m_comparison->setComparison(std::move(comparison));
        });
}

} // namespace near2::app
