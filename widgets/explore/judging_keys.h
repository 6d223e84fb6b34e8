#pragma once
// Judging in place, as in Quepid (issue 17): installed on a ranking view, the keys E, S, C, I (either case)
// and 1–4 set a label on the selected row's product. Which label a key means follows the project's gains
// (core/explore/analyst_judgements.h: labelForJudgingKey); other keys pass through to the view.
#include "core/eval/gain_map.h"

#include <QObject>
#include <QString>
#include <cstdint>

class QAbstractItemView;

namespace near2::widgets {

class JudgingKeys final : public QObject
{
    Q_OBJECT
public:
    // `productRowRole`: the view model's role holding a row's catalog row (e.g.
    // RankingModel::ProductRowRole).
    JudgingKeys(QAbstractItemView* view, GainMap gains, int productRowRole);
    void setGains(GainMap gains) { m_gains = std::move(gains); }

Q_SIGNALS:
    void judged(std::int32_t productRow, const QString& label);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractItemView* m_view;
    GainMap m_gains;
    int m_productRowRole;
};

} // namespace near2::widgets
