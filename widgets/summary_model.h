#pragma once
// The metric summary: one row per slice (all queries first), for the run's @k metrics the mean at the current
// dim, at the reference dim and the difference. Means are computed from the stored per-query values.
#include "widgets/analysis_state.h"

#include <QAbstractTableModel>

namespace near2::widgets {

class StateFollower;

class SummaryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit SummaryModel(AnalysisState* state, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const final;
    // A new snapshot or dim is computed on the next turn of the event loop (StateFollower); true until then.
    bool recomputePending() const;

private:
    void recompute();

    AnalysisState* m_state;
    StateFollower* m_follower;
    std::vector<int> m_metricColumns;          // run columns shown
    std::vector<std::vector<double>> m_values; // [slice][metric * 3 + (current, reference, delta)]
};

} // namespace near2::widgets
