#pragma once
// The failure explorer beside the ranking inspector (issue 17): rank by dim (a chart of the ranks over a
// table, with the score gap per dim), the segment chart of a relevant product against the one that displaced
// it, and the 2-D map, one tab each.
// It shows what it is given; the app computes the results (core/explore, jobs where embeddings are read).
#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace near2::widgets {

class ProductPane;
class QueryMapView;
class RankByDimModel;
class RankByDimChart;
class SegmentChartView;

class FailureExplorerPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit FailureExplorerPanel(QWidget* parent = nullptr);

    RankByDimModel* rankByDimModel() const { return m_rankByDim; }
    QTableView* rankByDimView() const { return m_rankByDimView; }
    RankByDimChart* rankByDimChart() const { return m_rankChart; }
    SegmentChartView* segmentChart() const { return m_segments; }
    QueryMapView* mapView() const { return m_map; }
    ProductPane* productPane() const { return m_product; }
    QTabWidget* tabs() const { return m_tabs; }
    // The line under the rank-by-dim table: the score gap at each dim (empty without a result).
    QString gapText() const;
    // A line above the tabs: what is being computed, or why a view is empty.
    void setNote(const QString& note);
    QString note() const;

private:
    void updateGapLine();

    QTabWidget* m_tabs;
    RankByDimModel* m_rankByDim;
    QTableView* m_rankByDimView;
    RankByDimChart* m_rankChart;
    QLabel* m_gaps;
    QLabel* m_note;
    SegmentChartView* m_segments;
    QueryMapView* m_map;
    ProductPane* m_product;
};

} // namespace near2::widgets
