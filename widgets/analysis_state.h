#pragma once
// What every view follows: the open project's snapshot, the current and reference dims, the metric, the
// selected query, and the analyst's annotations, tags and slices. No I/O: the app persists the changes this
// object announces.
#include "core/slices/query_slices.h"
#include "core/store/project_data.h"

#include <QObject>
#include <memory>

namespace near2::widgets {

// Which snapshot, dims, metric and query are shown. A view that hears several of AnalysisState's signals
// for one change (a dim evaluated sends snapshotChanged, dimsChanged and selectedQueryChanged) compares the
// key with the one it last drew and skips the repeats.
struct ShownKey
{
    std::weak_ptr<const ProjectSnapshot> snapshot; // by identity: no address reused after a snapshot dies
    int dimIndex = -1, referenceDimIndex = -1, metricColumn = -1, selectedQuery = -1;
    bool operator==(const ShownKey& other) const;
};

class AnalysisState final : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisState(QObject* parent = nullptr);

    void setSnapshot(std::shared_ptr<const ProjectSnapshot> snapshot);
    void clear();
    const ProjectSnapshot* snapshot() const { return m_snapshot.get(); }
    std::shared_ptr<const ProjectSnapshot> sharedSnapshot() const { return m_snapshot; }
    const StoredRun* run() const;
    bool hasRun() const { return run() != nullptr; }
    const std::vector<int>& dims() const;
    int queryCount() const;

    int dimIndex() const { return m_dimIndex; }
    int referenceDimIndex() const { return m_referenceDimIndex; }
    // The dims at those indexes; 0 without a run.
    int currentDim() const { return dimAt(m_dimIndex); }
    int referenceDim() const { return dimAt(m_referenceDimIndex); }
    int metricColumn() const { return m_metricColumn; }
    int selectedQuery() const { return m_selectedQuery; }
    ShownKey shownKey() const;
    void setDimIndex(int index);
    void setReferenceDimIndex(int index);
    void setMetricColumn(int column);
    void setSelectedQuery(int query);
    // Any dim 1..full: a dim of the run becomes the current one, another is announced by dimRequested.
    void requestDim(int dim);
    // The same project with one more dim evaluated (on demand): `dim` becomes the current dim; the
    // reference dim, selection, annotations and slices stay.
    void adoptEvaluatedDim(std::shared_ptr<const ProjectSnapshot> snapshot, int dim);
    // The same project showing another run: the dims nearest the current and reference ones, the same
    // metric and query where the run has them; annotations, tags and slices stay.
    void adoptRun(std::shared_ptr<const ProjectSnapshot> snapshot);

    // The run's per-query value; 0 without a run.
    double value(int dimIndex, int query, int column) const;
    // Sliding down from the full dim, the first (largest) dim whose value is below `threshold`; 0 when none.
    int firstDropDim(int query, int column, double threshold) const;

    const Annotation* annotation(int query) const;
    void setAnnotation(int query, const Annotation& annotation);
    const std::vector<std::string>& tags() const { return m_tags; }
    void addTag(const std::string& tag);
    const std::vector<SliceRule>& sliceRules() const { return m_sliceRules; }
    void setSliceRules(std::vector<SliceRule> rules);
    // All queries, the types, then one per rule (core/slices): what every view and chart shows.
    const std::vector<QuerySlice>& slices() const { return m_slices; }

Q_SIGNALS:
    void snapshotAboutToChange();
    void snapshotChanged();
    void dimsChanged();
    void dimRequested(int dim); // a dim the run lacks: evaluate it, then adoptEvaluatedDim()
    void metricChanged();
    void selectedQueryChanged(int query);
    void annotationChanged(int query, const near2::Annotation& annotation);
    void tagsChanged();
    void slicesChanged();
    // The analyst changed the tag list or the slice rules (not emitted when a snapshot is shown): save them.
    void tagsEdited();
    void sliceRulesEdited();

private:
    int dimAt(int index) const;
    std::shared_ptr<const ProjectSnapshot> m_snapshot;
    int m_dimIndex = 0, m_referenceDimIndex = 0, m_metricColumn = 0, m_selectedQuery = -1;
    std::map<std::string, Annotation> m_annotations;
    std::vector<std::string> m_tags;
    std::vector<SliceRule> m_sliceRules;
    std::vector<QuerySlice> m_slices;
};

} // namespace near2::widgets
