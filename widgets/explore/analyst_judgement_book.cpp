#include "widgets/explore/analyst_judgement_book.h"

#include <algorithm>
#include <tuple>

namespace near2::widgets {

namespace {

bool pairBefore(const AnalystJudgement& a, const AnalystJudgement& b)
{
    return std::tie(a.queryId, a.productId) < std::tie(b.queryId, b.productId);
}

} // namespace

void AnalystJudgementBook::setSnapshot(std::shared_ptr<const ProjectSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    m_judgements = m_snapshot ? m_snapshot->analystJudgements : std::vector<AnalystJudgement>{};
    std::sort(m_judgements.begin(), m_judgements.end(), pairBefore);
}

bool AnalystJudgementBook::judge(int query, std::int32_t productRow, const QString& label)
{
    if (!m_snapshot || query < 0 || query >= static_cast<int>(m_snapshot->queries.size()) || label.isEmpty())
        return false;
    const auto product = m_snapshot->products.find(productRow);
    if (product == m_snapshot->products.end())
        return false;
    AnalystJudgement judgement;
    judgement.queryId = m_snapshot->queries[static_cast<std::size_t>(query)].id;
    judgement.productId = product->second.id;
    judgement.label = label.toStdString();
    judgement.analyst = m_analyst.toStdString();
    judgement.runId = m_snapshot->latestRun ? m_snapshot->latestRun->id : 0;
    const auto at = std::lower_bound(m_judgements.begin(), m_judgements.end(), judgement, pairBefore);
    if (at != m_judgements.end() && !pairBefore(judgement, *at))
        *at = judgement;
    else
        m_judgements.insert(at, judgement);
    Q_EMIT judgementSet(judgement);
    return true;
}

QString AnalystJudgementBook::labelOf(int query, std::int32_t productRow) const
{
    if (!m_snapshot || query < 0 || query >= static_cast<int>(m_snapshot->queries.size()))
        return {};
    const auto product = m_snapshot->products.find(productRow);
    if (product == m_snapshot->products.end())
        return {};
    AnalystJudgement key;
    key.queryId = m_snapshot->queries[static_cast<std::size_t>(query)].id;
    key.productId = product->second.id;
    const auto at = std::lower_bound(m_judgements.begin(), m_judgements.end(), key, pairBefore);
    return at != m_judgements.end() && !pairBefore(key, *at) ? QString::fromStdString(at->label) : QString();
}

} // namespace near2::widgets
