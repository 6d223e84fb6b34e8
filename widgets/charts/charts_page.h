#pragma once
// The charts tab: metric against memory (or dim) per run, score distributions and margins at the current
// dim, the rank shift from the reference dim, and per-slice bars. Views over the data handed in; no I/O
// except the PNG/SVG export the analyst asks for.
#include "core/store/project_data.h"

#include <QWidget>
#include <memory>
#include <vector>

class QChart;
class QChartView;
class QComboBox;
class QTabWidget;

namespace near2::charts {

class ChartsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPage(QWidget* parent = nullptr);

    // The catalogue, settings, slices and annotations; its latestRun is the main run until setRuns. Forgets
    // the previous project's runs; no snapshot (or one without a run) clears every chart.
    void setSnapshot(std::shared_ptr<const ProjectSnapshot> snapshot);
    // Runs of the snapshot's project to plot: the first is the main run (distributions, rank shift, slices),
    // each draws its own metric curve (one per run, e.g. MRL against non-MRL).
    void setRuns(std::vector<std::shared_ptr<const StoredRun>> runs);
    void setCurrentDim(int dim);
    void setReferenceDim(int dim);
    void setMetric(const QString& column);
    int currentDim() const { return m_currentDim; }
    int referenceDim() const { return m_referenceDim; }
    QString metric() const { return m_metric; }

    int chartCount() const;           // for tests
    QChartView* chartView(int index); // built first if it is stale

Q_SIGNALS:
    void dimSelected(int dim);
    void metricChosen(const QString& column); // the analyst picked a metric in the tab's own box
    void querySelected(int queryIndex);       // index in the main run / the snapshot's queries

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    enum class Chart { MetricVsMemory, Scores, Margins, RankShift, Slices }; // the tabs' order
    void rebuild(); // marks every chart stale and builds the one in sight
    void ensureBuilt(int index);
    void clearCharts();
    void showChart(int index, QChart* chart);
    void exportCurrent();
    const StoredRun* mainRun() const;

    std::shared_ptr<const ProjectSnapshot> m_snapshot;
    std::vector<std::shared_ptr<const StoredRun>> m_runs;
    int m_currentDim = 0, m_referenceDim = 0;
    QString m_metric;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_metricBox = nullptr;
    QComboBox* m_axisBox = nullptr;
    QComboBox* m_sliceBox = nullptr;
    std::vector<QChartView*> m_views;
    std::vector<bool> m_built; // per chart: follows the current state
};

} // namespace near2::charts
