#pragma once
// Feeds the run comparison: when a project is shown, has the session load its complete runs and hands them to
// the RunComparisonState and the charts (the shown run first, so its curve leads); when the analyst picks
// runs A and B, has the session compute the paired tests between them (newest pick wins).
#include <QObject>
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

private:
    void loadRuns();
    void showRuns(const std::shared_ptr<const std::vector<StoredRun>>& loaded);
    void compare();

    jobs::ProjectSession* m_session;
    widgets::AnalysisState* m_state;
    charts::ChartsPage* m_charts;
    widgets::RunComparisonState* m_comparison;
};

} // namespace near2::app
