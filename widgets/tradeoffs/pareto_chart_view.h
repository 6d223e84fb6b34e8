#pragma once
// The page's Pareto chart: rebuilt when the grid, the metric or the x axis changes, follows the palette,
// shows the cell near the mouse (within 8 px) as a tooltip and reports clicked cells (queued: a click may
// rebuild the chart through the selection).
#include "core/tradeoffs/pareto.h"
#include "core/tradeoffs/tradeoff_types.h"

#include <QChartView>
#include <memory>

namespace near2::tradeoffs {

class ParetoChartView final : public QChartView
{
    Q_OBJECT
public:
    explicit ParetoChartView(QWidget* parent = nullptr);

    void setReport(std::shared_ptr<const TradeoffReport> report, std::size_t metricColumn, ParetoAxis axis);
    ParetoAxis axis() const { return m_axis; }

Q_SIGNALS:
    void cellClicked(int cell);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    std::shared_ptr<const TradeoffReport> m_report;
    std::size_t m_metricColumn = 0;
    ParetoAxis m_axis = ParetoAxis::BytesPerVector;
};

} // namespace near2::tradeoffs
