#pragma once
// The analyst's judgements of the open project as the views edit them (issue 17): loaded from the snapshot,
// set from the ranking (widgets/explore/judging_keys.h), announced for the app to store
// (ProjectStore::setAnalystJudgements) and read back by the views. No I/O here.
#include "core/store/project_data.h"

#include <QObject>
#include <QString>
#include <memory>

namespace near2::widgets {

class AnalystJudgementBook final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void setSnapshot(std::shared_ptr<const ProjectSnapshot> snapshot);
    // The same project shown anew (a dim evaluated, metrics rescored): its queries and products name the
    // pairs from now on; the judgements made meanwhile stay.
    void setLookup(std::shared_ptr<const ProjectSnapshot> snapshot) { m_snapshot = std::move(snapshot); }
    void setAnalyst(QString analyst) { m_analyst = std::move(analyst); }
    const QString& analyst() const { return m_analyst; }

    // Sets `label` on the snapshot's query `query` and catalog row `productRow` (replacing an earlier
    // judgement of the pair), with the analyst and the latest run as provenance; false, and nothing set, for
    // an unknown query or product or an empty label.
    bool judge(int query, std::int32_t productRow, const QString& label);
    // The analyst's label of the pair; empty when they have not judged it.
    QString labelOf(int query, std::int32_t productRow) const;
    const std::vector<AnalystJudgement>& judgements() const { return m_judgements; }

Q_SIGNALS:
    void judgementSet(const near2::AnalystJudgement& judgement);

private:
    std::shared_ptr<const ProjectSnapshot> m_snapshot;
    std::vector<AnalystJudgement> m_judgements; // ordered by query id, then product id
    QString m_analyst = QStringLiteral("analyst");
};

} // namespace near2::widgets
