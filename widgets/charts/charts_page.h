#pragma once
// The charts tab: metric against memory (or dim) per run, score distributions (counts, each label's share
// or log counts) and margins at the current dim, the rank shift from the reference dim, and per-slice bars.
// Views over the data handed in (the main window hands in the analysis state's slices whenever a rule
// changes), built only while the page can be seen (hidden behind another view of a shown window, it rebuilds
// when shown); no I/O: the PNG/SVG export the analyst asks for is rendered here and handed on
// (chartExportRequested) to be written.
#include "core/slices/query_slices.h"
#include "core/store/project_data.h"
#include "widgets/charts/chart_export.h"

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

    // The catalogue, settings and annotations, with the slices of its queries (computeQuerySlices); its
    // latestRun is the main run until setRuns. Forgets the previous project's runs; no snapshot (or one
    // without a run) clears every chart.
    void setSnapshot(std::shared_ptr<const ProjectSnapshot> snapshot, std::vector<QuerySlice> slices);
    // The snapshot with its current and reference dims and metric at once: the charts are built once.
    void showSnapshot(std::shared_ptr<const ProjectSnapshot> snapshot, std::vector<QuerySlice> slices,
                      int currentDim, int referenceDim, const QString& metric);
    // The same snapshot's slices after a rule changed.
    void setSlices(std::vector<QuerySlice> slices);
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
    // The current chart rendered for `file` (its suffix chose PNG or SVG): write it there in a job.
    void chartExportRequested(const QString& file, std::shared_ptr<const near2::charts::ChartImage> image);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    enum class Chart { MetricVsMemory, Scores, Margins, RankShift, Slices }; // the tabs' order
    void adopt(std::shared_ptr<const ProjectSnapshot> snapshot, std::vector<QuerySlice> slices); // no rebuild
    void refresh() { rebuild(); }
    void rebuild(); // marks every chart stale and builds the one in sight (none while the page is hidden)
    void ensureBuilt(int index);
    void fillSliceBox(bool keepChoice);
    void clearCharts();
    void showChart(int index, QChart* chart);
    void exportCurrent();
    const StoredRun* mainRun() const;

    std::shared_ptr<const ProjectSnapshot> m_snapshot;
    std::vector<std::shared_ptr<const StoredRun>> m_runs;
    std::vector<QuerySlice> m_slices;
    int m_currentDim = 0, m_referenceDim = 0;
    QString m_metric;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_metricBox = nullptr;
    QComboBox* m_axisBox = nullptr;
    QComboBox* m_sliceBox = nullptr;
    QComboBox* m_countBox = nullptr; // how score distributions show counts
    std::vector<QChartView*> m_views;
    std::vector<bool> m_built; // per chart: follows the current state
};

} // namespace near2::charts
