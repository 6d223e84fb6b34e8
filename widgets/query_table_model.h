#pragma once
// Every query of the open run: id, text, type, #judged, #relevant, the metric at the current and reference
// dims with their delta, the first dim where it drops below a threshold, the two compared runs' values at the
// current dim with their delta (when a RunComparisonState is set), and its annotation. Follows the
// AnalysisState; a dim change only re-announces the metric columns.
#include "widgets/analysis_state.h"

#include <QAbstractTableModel>
#include <optional>

namespace near2::widgets {

class RunComparisonState;

class QueryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Query,
        Type,
        Judged,
        Relevant,
        Current,
        Reference,
        Delta,
        FirstDrop,
        RunA,
        RunB,
        RunDelta,
        Tag,
        Note,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, QueryIndexRole };

    explicit QueryTableModel(AnalysisState* state, QObject* parent = nullptr);

    // Fills RunA, RunB and RunDelta from the compared runs (empty without).
    void setComparison(RunComparisonState* comparison);
    void setDropThreshold(double threshold);
    double dropThreshold() const { return m_dropThreshold; }

    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const final;

private:
    QVariant displayValue(int query, int column) const;
    QVariant sortValue(int query, int column) const;
    void announceColumns(int first, int last);
    std::optional<double> comparedValue(int query, int column) const; // RunA, RunB or RunDelta
    QString comparedHeader(int section) const;
    QVariant dimHeader(int section, const QString& metric, bool tooltip) const;

    AnalysisState* m_state;
    RunComparisonState* m_comparison = nullptr;
    bool m_comparedShown = false; // the compared columns were last announced with a pair
    double m_dropThreshold = 0.5;
};

} // namespace near2::widgets
