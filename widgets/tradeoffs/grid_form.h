#pragma once
// What grid to compute: dims (empty: the core's default, powers of two up to the full dim), precisions and
// index types as check boxes preset to the core's defaults (TradeoffOptions), and the compute and cancel
// buttons with the job's progress.
#include "core/tradeoffs/tradeoff_types.h"

#include <QWidget>
#include <map>
#include <optional>

class QCheckBox;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace near2::jobs {
class JobRunner;
}

namespace near2::tradeoffs {

class GridForm final : public QWidget
{
    Q_OBJECT
public:
    explicit GridForm(QWidget* parent = nullptr);

    // Follows `job`: progress, the cancel button, the compute button disabled while it runs.
    void track(jobs::JobRunner* job);
    // The chosen grid, or nothing with `error` set (bad dims, no precision or index chosen).
    std::optional<TradeoffOptions> options(QString* error) const;

    QLineEdit* dimsEdit() const { return m_dims; }
    QCheckBox* precisionBox(Precision precision) const { return m_precisions.at(precision); }
    QCheckBox* indexBox(IndexKind index) const { return m_indexes.at(index); }
    QPushButton* computeButton() const { return m_compute; }

Q_SIGNALS:
    void computeRequested();
    void cancelRequested();

private:
    QLineEdit* m_dims;
    std::map<Precision, QCheckBox*> m_precisions;
    std::map<IndexKind, QCheckBox*> m_indexes;
    QPushButton* m_compute;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
};

} // namespace near2::tradeoffs
