#pragma once
// Sorting and filtering of the query table: text (id or query), slice, tag, and the "regressions" preset
// (only queries that lose at the current dim, sorted by loss).
#include "widgets/analysis_state.h"

#include <QSortFilterProxyModel>

namespace near2::widgets {

class QueryFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QueryFilterProxy(AnalysisState* state, QObject* parent = nullptr);
    void setSourceModel(QAbstractItemModel* source) override;

    void setText(const QString& text);
    void setSlice(int slice);        // index into AnalysisState::slices(); 0 = all
    void setTag(const QString& tag); // empty: any
    void setRegressionsOnly(bool on);
    bool regressionsOnly() const { return m_regressionsOnly; }
    // True while the filters are re-applied: a view's current row that moves then was moved by the filter,
    // not chosen by the analyst.
    bool isRefiltering() const { return m_refiltering; }

Q_SIGNALS:
    void refiltered();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const final;

private:
    void refilter();

    AnalysisState* m_state;
    QString m_text;
    int m_slice = 0;
    QString m_tag;
    bool m_regressionsOnly = false;
    bool m_refiltering = false;
};

} // namespace near2::widgets
