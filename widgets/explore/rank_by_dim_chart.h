#pragma once
// Rank by dim as a small chart (issue 17): one line per relevant product of the selected query, its rank
// (log scale, rank 1 at the top) at every dim (powers of two), coloured by its label, and a dashed line at
// the top k. A rank below the run's listing (unknown without embeddings) leaves a gap. Hovering a point
// names the product, its rank and dim. The table below it lists the same ranks.
#include "core/explore/rank_by_dim.h"

#include <QChartView>
#include <QString>
#include <vector>

class QCategoryAxis;
class QLineSeries;

namespace near2::widgets {

class RankByDimChart final : public QChartView
{
    Q_OBJECT
public:
    explicit RankByDimChart(QWidget* parent = nullptr);

    // `titles`: one per entry of result.relevant, same order.
    void setResult(const explore::RankByDim& result, const std::vector<QString>& titles);
    // One line per relevant product, in the result's order; points at (dim, rank) in data values.
    const std::vector<QLineSeries*>& productLines() const { return m_lines; }
    QLineSeries* topKLine() const { return m_topK; }
    // A line's point in data values (dim, rank), read back through the axes' scales.
    QPointF dataPoint(const QLineSeries* line, int point) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    // Updates the chart in place: its axes, lines and top-k line are kept and given new values (a new
    // QChart per query cost 30-60 ms of the GUI thread under AddressSanitizer, issue 14).
    void refresh();
    // Hides what the chart showed; the lines and axes are kept for the next result.
    void hideAll();
    void retireLines(std::size_t kept);
    QLineSeries* productLine();
    void addToChart(QLineSeries* line);

    explore::RankByDim m_result;
    std::vector<QString> m_titles;
    std::vector<QLineSeries*> m_lines;
    std::vector<QLineSeries*> m_spareLines; // hidden, below the top-k line, reused before new ones are made
    QLineSeries* m_topK = nullptr;
    bool m_topKBuried = false; // lines were added after it, so it is no longer drawn last
    QCategoryAxis* m_axisX = nullptr;
    QCategoryAxis* m_axisY = nullptr;
};

} // namespace near2::widgets
