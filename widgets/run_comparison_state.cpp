#include "widgets/run_comparison_state.h"

#include "core/report/project_runs.h"

#include <algorithm>

namespace near2::widgets {

namespace {

std::optional<std::size_t> positionOf(const std::vector<std::string>& names, const std::string& name)
{
    const auto found = std::find(names.begin(), names.end(), name);
    return found == names.end() ? std::nullopt
                                : std::optional<std::size_t>(static_cast<std::size_t>(found - names.begin()));
}

std::optional<std::size_t> positionOf(const std::vector<int>& dims, int dim)
{
    const auto found = std::find(dims.begin(), dims.end(), dim);
    return found == dims.end() ? std::nullopt
                               : std::optional<std::size_t>(static_cast<std::size_t>(found - dims.begin()));
}

} // namespace

RunComparisonState::RunComparisonState(QObject* parent) : QObject(parent) {}

void RunComparisonState::setRuns(RunList runs)
{
    std::vector<std::int64_t> ids;
    for (const auto& run : runs)
        ids.push_back(run->id);
    const auto pair = defaultComparisonPair(ids); // the pair the PDF report compares too
    setRuns(std::move(runs), pair ? static_cast<int>(pair->first) : -1,
            pair ? static_cast<int>(pair->second) : -1);
}

void RunComparisonState::setRuns(RunList runs, int a, int b)
{
    m_runs = std::move(runs);
    m_queryPositions.clear();
    for (const auto& run : m_runs) {
        auto& positions = m_queryPositions.emplace_back();
        for (std::size_t q = 0; q < run->result.queryIds.size(); ++q)
            positions.emplace(run->result.queryIds[q], q);
    }
    const int count = static_cast<int>(m_runs.size());
    const auto valid = [count](int index) { return count >= 2 && index >= 0 && index < count ? index : -1; };
    m_a = valid(a);
    m_b = valid(b);
    m_comparison.reset();
    m_failure.clear();
    Q_EMIT runsChanged();
    Q_EMIT pairChanged();
}

QString RunComparisonState::runName(int index) const
{
    return index >= 0 && index < static_cast<int>(m_runs.size())
               ? QString::fromStdString(near2::runName(*m_runs[static_cast<std::size_t>(index)]))
               : QString();
}

void RunComparisonState::setPair(int a, int b)
{
    const int count = static_cast<int>(m_runs.size());
    a = a >= 0 && a < count ? a : -1;
    b = b >= 0 && b < count ? b : -1;
    if (a == m_a && b == m_b)
        return;
    m_a = a;
    m_b = b;
    m_comparison.reset();
    m_failure.clear();
    Q_EMIT pairChanged();
}

void RunComparisonState::setProvenance(std::map<std::int64_t, RunProvenance> provenance)
{
    m_provenance = std::move(provenance);
    Q_EMIT runsChanged();
}

QString RunComparisonState::runInfo(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_runs.size()))
        return {};
    const StoredRun& run = *m_runs[static_cast<std::size_t>(index)];
    const QString head =
        tr("%1 (id %2, stored %3)")
            .arg(runName(index), QString::number(run.id), QString::fromStdString(run.created));
    const auto found = m_provenance.find(run.id);
    if (found == m_provenance.end())
        return head + QLatin1Char('\n') + tr("Stored before runs recorded their own model.");
    const RunProvenance& provenance = found->second;
    QStringList lines{
        head,
        tr("Model: %1 %2, full dimension %3")
            .arg(QString::fromStdString(provenance.modelKind),
                 QString::fromStdString(provenance.modelPaths.empty() ? std::string()
                                                                      : provenance.modelPaths.front()))
            .arg(provenance.dim),
        tr("Split %1, k = %2, gains %3, relevant from gain %4; NEAR² %5")
            .arg(QString::fromStdString(provenance.split))
            .arg(provenance.k)
            .arg(QString::fromStdString(provenance.gains))
            .arg(provenance.relevantThreshold)
            .arg(QString::fromStdString(provenance.toolVersion))};
    for (const auto& file : provenance.files)
        lines.append(QStringLiteral("%1  %2").arg(QString::fromStdString(file.path),
                                                  QString::fromStdString(shortHash(file.contentHash))));
    return lines.join(QLatin1Char('\n'));
}

bool RunComparisonState::hasPair() const
{
    return m_a >= 0 && m_b >= 0 && m_a != m_b;
}

const StoredRun* RunComparisonState::run(Side side) const
{
    const int index = runIndex(side);
    return index >= 0 ? m_runs[static_cast<std::size_t>(index)].get() : nullptr;
}

void RunComparisonState::setComparison(std::shared_ptr<const RunComparison> comparison)
{
    m_comparison = std::move(comparison);
    m_failure.clear();
    Q_EMIT comparisonChanged();
}

void RunComparisonState::setComparisonFailed(const QString& message)
{
    m_comparison.reset();
    m_failure = message;
    Q_EMIT comparisonChanged();
}

const MetricComparison* RunComparisonState::metricAt(int dim, const std::string& column) const
{
    if (!m_comparison)
        return nullptr;
    for (const auto& atDim : m_comparison->dims)
        if (atDim.dim == dim)
            for (const auto& metric : atDim.metrics)
                if (metric.column == column)
                    return &metric;
    return nullptr;
}

std::optional<double> RunComparisonState::value(Side side, const std::string& queryId, int dim,
                                                const std::string& column) const
{
    const StoredRun* chosen = run(side);
    if (!chosen)
        return std::nullopt;
    const auto& positions = m_queryPositions[static_cast<std::size_t>(runIndex(side))];
    const auto query = positions.find(queryId);
    const auto d = positionOf(chosen->result.dims, dim);
    const auto c = positionOf(chosen->result.columns, column);
    if (query == positions.end() || !d || !c)
        return std::nullopt;
    return chosen->result.value(*d, query->second, *c);
}

} // namespace near2::widgets
