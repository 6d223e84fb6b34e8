#pragma once
// Feeds the run comparison: when a project is shown, loads its complete runs in a background job and hands
// them to the RunComparisonState and the charts (the shown run first, so its curve leads); when the analyst
// picks runs A and B, computes the paired tests between them in another job (newest pick wins).
#include <QObject>

namespace near2 {
namespace charts {
class ChartsPage;
} // namespace charts
namespace jobs {
class JobRunner;
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
    jobs::JobRunner* loadJob() const { return m_loadJob; }
    jobs::JobRunner* compareJob() const { return m_compareJob; }

private:
    void loadRuns();
    void compare();

    jobs::ProjectSession* m_session;
    widgets::AnalysisState* m_state;
    charts::ChartsPage* m_charts;
    widgets::RunComparisonState* m_comparison;
    jobs::JobRunner* m_loadJob;
    jobs::JobRunner* m_compareJob;
};

} // namespace near2::app
