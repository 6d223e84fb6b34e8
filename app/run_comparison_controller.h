#pragma once
// Feeds the run comparison: when a project is shown, has the session load its complete runs and hands them to
// the RunComparisonState and the charts (the shown run first, so its curve leads). B is the run the views
// show and A the one compared with it: picking another B shows that run everywhere; once A and B are set, has
// the session compute the paired tests between them (newest pick wins).
#include <QObject>
#include <cstdint>
#include <memory>
#include <vector>

namespace near2 {
struct StoredRun;
struct RunComparison;
namespace charts {
class ChartsPage;
} // namespace charts
namespace jobs {
class ProjectSession;
} // namespace jobs
namespace widgets {
class AnalysisState;
class RunComparisonState;
} // namespace widgets
} // namespace near2

namespace near2::app {

class RunComparisonController final : public QObject
{
    Q_OBJECT
public:
    RunComparisonController(jobs::ProjectSession* session, widgets::AnalysisState* state,
                            charts::ChartsPage* charts, QObject* parent = nullptr);

    widgets::RunComparisonState* comparison() const { return m_comparison; }
    // A as the analyst chose it (or as the project was left); 0 while A is the default, the newest other run.
    std::int64_t chosenComparedRun() const { return m_comparedRunId; }

private:
    void loadRuns();
    void showRuns(const std::shared_ptr<const std::vector<StoredRun>>& loaded);
    void pairChosen();
    void compare();

    jobs::ProjectSession* m_session;
    widgets::AnalysisState* m_state;
    charts::ChartsPage* m_charts;
    widgets::RunComparisonState* m_comparison;
    std::int64_t m_comparedRunId = 0;
    bool m_settingPair = false; // the pair set here, not picked by the analyst
};

} // namespace near2::app
