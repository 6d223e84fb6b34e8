#pragma once
// The project's complete runs and the two the analyst compares (A and B), with the paired tests between
// them once computed. No I/O and no long work: the app loads the runs and computes the comparison in
// background jobs and hands the results in.
#include "core/report/run_comparison.h"
#include "core/store/project_data.h"
#include "core/store/run_provenance.h"

#include <QObject>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace near2::widgets {

using RunList = std::vector<std::shared_ptr<const StoredRun>>;

class RunComparisonState final : public QObject
{
    Q_OBJECT
public:
    enum Side { A, B };

    explicit RunComparisonState(QObject* parent = nullptr);

    // Oldest first. The pair defaults to the second newest (A) against the newest (B); none below two runs.
    void setRuns(RunList runs);
    // The same with the pair given (indexes into `runs`; none below two runs).
    void setRuns(RunList runs, int a, int b);
    void clear() { setRuns({}); }
    const RunList& runs() const { return m_runs; }
    QString runName(int index) const;

    int runIndex(Side side) const { return side == A ? m_a : m_b; }
    void setPair(int a, int b);
    bool hasPair() const; // two different runs chosen
    const StoredRun* run(Side side) const;

    // The paired tests of the current pair (nullptr until setComparison delivers them).
    const RunComparison* comparison() const { return m_comparison.get(); }
    void setComparison(std::shared_ptr<const RunComparison> comparison);
    // Why the pair cannot be compared (e.g. no shared query); empty otherwise.
    void setComparisonFailed(const QString& message);
    QString failure() const { return m_failure; }
    const MetricComparison* metricAt(int dim, const std::string& column) const;

    // Each run's own model and settings (issue 16), by run id, as the project recorded them; a run without
    // (stored before schema 5) gets a line saying so.
    void setProvenance(std::map<std::int64_t, RunProvenance> provenance);
    QString runInfo(int index) const;

    // Run `side`'s value for query `queryId` at `dim` in `column`; empty when the run lacks any of them.
    std::optional<double> value(Side side, const std::string& queryId, int dim,
                                const std::string& column) const;

Q_SIGNALS:
    void runsChanged();
    void pairChanged();       // the comparison is cleared until setComparison
    void comparisonChanged(); // the p-values (or the failure) arrived

private:
    RunList m_runs;
    std::vector<std::unordered_map<std::string, std::size_t>>
        m_queryPositions; // per run: query id → position
    int m_a = -1, m_b = -1;
    std::shared_ptr<const RunComparison> m_comparison;
    QString m_failure;
    std::map<std::int64_t, RunProvenance> m_provenance;
};

} // namespace near2::widgets
