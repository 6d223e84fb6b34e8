#include "widgets/analysis_state.h"

#include <algorithm>
#include <cstdlib>

namespace near2::widgets {

bool ShownKey::operator==(const ShownKey& other) const
{
    return !snapshot.owner_before(other.snapshot) && !other.snapshot.owner_before(snapshot) &&
           dimIndex == other.dimIndex && referenceDimIndex == other.referenceDimIndex &&
           metricColumn == other.metricColumn && selectedQuery == other.selectedQuery;
}

ShownKey AnalysisState::shownKey() const
{
    return {m_snapshot, m_dimIndex, m_referenceDimIndex, m_metricColumn, m_selectedQuery};
}

AnalysisState::AnalysisState(QObject* parent) : QObject(parent) {}

void AnalysisState::setSnapshot(std::shared_ptr<const ProjectSnapshot> snapshot)
{
    Q_EMIT snapshotAboutToChange();
    m_snapshot = std::move(snapshot);
    m_annotations = m_snapshot ? m_snapshot->annotations : std::map<std::string, Annotation>{};
    m_tags = m_snapshot ? m_snapshot->tags : std::vector<std::string>{};
    m_sliceRules = m_snapshot ? m_snapshot->sliceRules : std::vector<SliceRule>{};
    m_slices = m_snapshot ? computeQuerySlices(*m_snapshot, m_sliceRules) : std::vector<QuerySlice>{};
    const int full = static_cast<int>(dims().size()) - 1;
    m_dimIndex = m_referenceDimIndex = std::max(full, 0);
    m_metricColumn = 0;
    m_selectedQuery = -1;
    if (m_snapshot) {
        const auto& state = m_snapshot->viewState;
        const auto indexOfDim = [&](const char* key, int fallback) {
            const auto found = state.find(key);
            if (found == state.end())
                return fallback;
            const auto position = std::find(dims().begin(), dims().end(), std::atoi(found->second.c_str()));
            return position == dims().end() ? fallback : static_cast<int>(position - dims().begin());
        };
        m_dimIndex = indexOfDim("dim", m_dimIndex);
        m_referenceDimIndex = indexOfDim("referenceDim", m_referenceDimIndex);
        if (const auto query = state.find("query"); query != state.end())
            for (int q = 0; q < queryCount(); ++q)
                if (m_snapshot->queries[static_cast<std::size_t>(q)].id == query->second)
                    m_selectedQuery = q;
    }
    Q_EMIT snapshotChanged();
    Q_EMIT tagsChanged();
    Q_EMIT slicesChanged();
    Q_EMIT dimsChanged();
    Q_EMIT selectedQueryChanged(m_selectedQuery);
}

void AnalysisState::clear()
{
    setSnapshot(nullptr);
}

const StoredRun* AnalysisState::run() const
{
    return m_snapshot && m_snapshot->latestRun ? &*m_snapshot->latestRun : nullptr;
}

const std::vector<int>& AnalysisState::dims() const
{
    static const std::vector<int> none;
    return run() ? run()->result.dims : none;
}

int AnalysisState::dimAt(int index) const
{
    const auto& all = dims();
    return index >= 0 && index < static_cast<int>(all.size()) ? all[static_cast<std::size_t>(index)] : 0;
}

int AnalysisState::queryCount() const
{
    return m_snapshot ? static_cast<int>(m_snapshot->queries.size()) : 0;
}

void AnalysisState::setDimIndex(int index)
{
    index = std::clamp(index, 0, std::max(0, static_cast<int>(dims().size()) - 1));
    if (index == m_dimIndex)
        return;
    m_dimIndex = index;
    Q_EMIT dimsChanged();
}

void AnalysisState::setReferenceDimIndex(int index)
{
    index = std::clamp(index, 0, std::max(0, static_cast<int>(dims().size()) - 1));
    if (index == m_referenceDimIndex)
        return;
    m_referenceDimIndex = index;
    Q_EMIT dimsChanged();
}

void AnalysisState::setMetricColumn(int column)
{
    if (column == m_metricColumn || !run() || column < 0 ||
        column >= static_cast<int>(run()->result.columns.size()))
        return;
    m_metricColumn = column;
    Q_EMIT metricChanged();
}

void AnalysisState::setSelectedQuery(int query)
{
    if (query == m_selectedQuery)
        return;
    m_selectedQuery = query;
    Q_EMIT selectedQueryChanged(query);
}

void AnalysisState::requestDim(int dim)
{
    if (dims().empty() || dim < 1 || dim > dims().back())
        return;
    const auto found = std::find(dims().begin(), dims().end(), dim);
    if (found != dims().end())
        setDimIndex(static_cast<int>(found - dims().begin()));
    else
        Q_EMIT dimRequested(dim);
}

void AnalysisState::adoptEvaluatedDim(std::shared_ptr<const ProjectSnapshot> snapshot, int dim)
{
    if (!snapshot || !snapshot->latestRun || dims().empty())
        return;
    const int referenceDim = dims()[static_cast<std::size_t>(m_referenceDimIndex)];
    m_snapshot = std::move(snapshot);
    const auto indexOf = [this](int wanted) {
        const auto found = std::find(dims().begin(), dims().end(), wanted);
        return found == dims().end() ? static_cast<int>(dims().size()) - 1
                                     : static_cast<int>(found - dims().begin());
    };
    m_dimIndex = indexOf(dim);
    m_referenceDimIndex = indexOf(referenceDim);
    Q_EMIT snapshotChanged();
    Q_EMIT dimsChanged();
    Q_EMIT selectedQueryChanged(m_selectedQuery);
}

void AnalysisState::adoptRun(std::shared_ptr<const ProjectSnapshot> snapshot)
{
    if (!m_snapshot || !snapshot) {
        setSnapshot(std::move(snapshot));
        return;
    }
    const auto dimOf = [this](int index) { return dims().empty() ? 0 : dimAt(index); };
    const int dim = dimOf(m_dimIndex), referenceDim = dimOf(m_referenceDimIndex);
    const std::string metric =
        hasRun() ? run()->result.columns[static_cast<std::size_t>(m_metricColumn)] : "";
    const std::string query = m_selectedQuery >= 0
                                  ? m_snapshot->queries[static_cast<std::size_t>(m_selectedQuery)].id
                                  : std::string();
    Q_EMIT snapshotAboutToChange();
    m_snapshot = std::move(snapshot); // the analyst's annotations, tags and slices stay as they are here
    const auto nearest = [this](int wanted) {
        int best = static_cast<int>(dims().size()) - 1;
        for (int i = 0; i < static_cast<int>(dims().size()); ++i)
            if (std::abs(dimAt(i) - wanted) < std::abs(dimAt(best) - wanted))
                best = i;
        return std::max(best, 0);
    };
    m_dimIndex = nearest(dim);
    m_referenceDimIndex = nearest(referenceDim);
    m_metricColumn = 0;
    if (hasRun()) {
        const auto& columns = run()->result.columns;
        const auto found = std::find(columns.begin(), columns.end(), metric);
        m_metricColumn = found == columns.end() ? 0 : static_cast<int>(found - columns.begin());
    }
    m_selectedQuery = -1;
    for (int q = 0; q < queryCount(); ++q)
        if (m_snapshot->queries[static_cast<std::size_t>(q)].id == query)
            m_selectedQuery = q;
    Q_EMIT snapshotChanged();
    Q_EMIT dimsChanged();
    Q_EMIT metricChanged();
    Q_EMIT selectedQueryChanged(m_selectedQuery);
}

double AnalysisState::value(int dimIndex, int query, int column) const
{
    const auto* current = run();
    if (!current || dimIndex < 0 || query < 0)
        return 0.0;
    return current->result.value(static_cast<std::size_t>(dimIndex), static_cast<std::size_t>(query),
                                 static_cast<std::size_t>(column));
}

int AnalysisState::firstDropDim(int query, int column, double threshold) const
{
    for (int d = static_cast<int>(dims().size()) - 1; d >= 0; --d)
        if (value(d, query, column) < threshold)
            return dims()[static_cast<std::size_t>(d)];
    return 0;
}

const Annotation* AnalysisState::annotation(int query) const
{
    if (!m_snapshot || query < 0 || query >= queryCount())
        return nullptr;
    const auto found = m_annotations.find(m_snapshot->queries[static_cast<std::size_t>(query)].id);
    return found == m_annotations.end() ? nullptr : &found->second;
}

void AnalysisState::setAnnotation(int query, const Annotation& annotation)
{
    if (!m_snapshot || query < 0 || query >= queryCount())
        return;
    const auto& id = m_snapshot->queries[static_cast<std::size_t>(query)].id;
    if (annotation.tag.empty() && annotation.note.empty())
        m_annotations.erase(id);
    else
        m_annotations[id] = annotation;
    if (!annotation.tag.empty())
        addTag(annotation.tag);
    Q_EMIT annotationChanged(query, annotation);
}

void AnalysisState::addTag(const std::string& tag)
{
    if (tag.empty() || std::find(m_tags.begin(), m_tags.end(), tag) != m_tags.end())
        return;
    m_tags.push_back(tag);
    Q_EMIT tagsChanged();
    Q_EMIT tagsEdited();
}

void AnalysisState::setSliceRules(std::vector<SliceRule> rules)
{
    m_sliceRules = std::move(rules);
    m_slices = m_snapshot ? computeQuerySlices(*m_snapshot, m_sliceRules) : std::vector<QuerySlice>{};
    Q_EMIT slicesChanged();
    Q_EMIT sliceRulesEdited();
}

} // namespace near2::widgets
