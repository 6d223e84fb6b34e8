#include "widgets/charts/charts_page.h"

#include "core/report/chart_data.h"
#include "core/report/project_runs.h"
#include "core/report/report_tables.h"
#include "widgets/charts/chart_builders.h"
#include "widgets/charts/chart_export.h"
#include "widgets/charts/chart_interaction.h"
#include "widgets/slice_names.h"

#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace near2::charts {

namespace {

constexpr int kScoreBins = 30;
constexpr int kMarginBins = 24; // at most; of a round width

int clampedDim(const StoredRun& run, int dim, bool largest)
{
    const auto& dims = run.result.dims;
    if (std::find(dims.begin(), dims.end(), dim) != dims.end())
        return dim;
    return largest ? *std::max_element(dims.begin(), dims.end()) : dims[dims.size() / 2];
}

} // namespace

ChartsPage::ChartsPage(QWidget* parent) : QWidget(parent)
{
    m_metricBox = new QComboBox(this);
    m_axisBox = new QComboBox(this);
    m_axisBox->addItem(tr("Against memory per vector"), static_cast<int>(MemoryAxis::BytesPerVector));
    m_axisBox->addItem(tr("Against dimension"), static_cast<int>(MemoryAxis::Dim));
    m_sliceBox = new QComboBox(this);
    m_countBox = new QComboBox(this);
    m_countBox->setObjectName(QStringLiteral("countBox"));
    m_countBox->setEnabled(false); // for the Score distributions tab
    m_countBox->addItem(tr("Counts"), static_cast<int>(CountScale::Counts));
    m_countBox->addItem(tr("Share of each label"), static_cast<int>(CountScale::ShareOfLabel));
    m_countBox->addItem(tr("Counts, log scale"), static_cast<int>(CountScale::LogCounts));
    m_countBox->setToolTip(tr("Score distributions: products per bin, each label's share of its products "
                              "(so a small label reads beside the unjudged mass), or counts on a log axis"));
    // Each box is as wide as its longest entry where the window allows; on a narrow window they shrink (their
    // entries elided) before the window's minimum grows past a 1280-pixel screen.
    for (auto* box : {m_metricBox, m_axisBox, m_sliceBox, m_countBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMinimumWidth(box->fontMetrics().averageCharWidth() * 10);
    }
    m_metricBox->setObjectName(QStringLiteral("metricBox"));
    m_sliceBox->setObjectName(QStringLiteral("sliceBox"));
    m_axisBox->setObjectName(QStringLiteral("axisBox"));
    auto* exportButton = new QPushButton(tr("Export chart…"), this);
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Metric:"), this));
    controls->addWidget(m_metricBox);
    controls->addWidget(m_axisBox);
    controls->addWidget(new QLabel(tr("Queries:"), this));
    controls->addWidget(m_sliceBox);
    controls->addWidget(m_countBox);
    controls->addStretch();
    controls->addWidget(exportButton);
    m_tabs = new QTabWidget(this);
    const QString titles[] = {tr("Metric vs memory"), tr("Score distributions"), tr("Margins"),
                              tr("Rank shift"), tr("Slices")};
    for (const auto& title : titles) {
        auto* view = new QChartView(this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setWindowTitle(title);
        makeInteractive(view, {.onDim = [this](int dim) { Q_EMIT dimSelected(dim); },
                               .onQuery = [this](int query) { Q_EMIT querySelected(query); }});
        m_views.push_back(view);
        m_tabs->addTab(view, title);
    }
    m_built.assign(m_views.size(), false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ChartsPage::ensureBuilt);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_countBox->setEnabled(index == static_cast<int>(Chart::Scores));
        m_axisBox->setEnabled(index == static_cast<int>(Chart::MetricVsMemory));
    });
    connect(m_metricBox, &QComboBox::currentTextChanged, this, [this](const QString& text) {
        if (!text.isEmpty() && text != m_metric) {
            m_metric = text;
            refresh();
            Q_EMIT metricChosen(text);
        }
    });
    connect(m_axisBox, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_sliceBox, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_countBox, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(exportButton, &QPushButton::clicked, this, &ChartsPage::exportCurrent);
}

void ChartsPage::setSnapshot(std::shared_ptr<const ProjectSnapshot> snapshot, std::vector<QuerySlice> slices)
{
    adopt(std::move(snapshot), std::move(slices));
    refresh();
}

void ChartsPage::showSnapshot(std::shared_ptr<const ProjectSnapshot> snapshot, std::vector<QuerySlice> slices,
                              int currentDim, int referenceDim, const QString& metric)
{
    adopt(std::move(snapshot), std::move(slices));
    m_currentDim = currentDim;
    m_referenceDim = referenceDim;
    m_metric = metric;
    refresh();
}

void ChartsPage::adopt(std::shared_ptr<const ProjectSnapshot> snapshot, std::vector<QuerySlice> slices)
{
    m_snapshot = std::move(snapshot);
    m_runs.clear();
    m_slices = m_snapshot ? std::move(slices) : std::vector<QuerySlice>{};
    fillSliceBox(false);
}

void ChartsPage::setSlices(std::vector<QuerySlice> slices)
{
    if (!m_snapshot || slices == m_slices)
        return;
    m_slices = std::move(slices);
    fillSliceBox(true);
    refresh();
}

void ChartsPage::fillSliceBox(bool keepChoice)
{
    const QSignalBlocker blocker(m_sliceBox);
    const int chosen = keepChoice ? m_sliceBox->currentIndex() : 0;
    m_sliceBox->clear();
    for (const auto& slice : m_slices)
        m_sliceBox->addItem(widgets::sliceDisplayName(slice));
    m_sliceBox->setCurrentIndex(chosen >= 0 && chosen < m_sliceBox->count() ? chosen : 0);
}

void ChartsPage::setRuns(std::vector<std::shared_ptr<const StoredRun>> runs)
{
    m_runs = std::move(runs);
    refresh();
}

void ChartsPage::setCurrentDim(int dim)
{
    m_currentDim = dim;
    refresh();
}

void ChartsPage::setReferenceDim(int dim)
{
    m_referenceDim = dim;
    refresh();
}

void ChartsPage::setMetric(const QString& column)
{
    m_metric = column;
    refresh();
}

int ChartsPage::chartCount() const
{
    return static_cast<int>(m_views.size());
}

QChartView* ChartsPage::chartView(int index)
{
    ensureBuilt(index);
    return m_views.at(static_cast<std::size_t>(index));
}

const StoredRun* ChartsPage::mainRun() const
{
    if (!m_runs.empty())
        return m_runs.front().get();
    return m_snapshot && m_snapshot->latestRun ? &*m_snapshot->latestRun : nullptr;
}

void ChartsPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        for (auto* view : m_views)
            followPalette(view->chart(), palette());
}

void ChartsPage::rebuild()
{
    m_built.assign(m_views.size(), false);
    const StoredRun* run = mainRun();
    if (!run || !m_snapshot || run->result.dims.empty()) {
        clearCharts();
        return;
    }
    {
        const QSignalBlocker blocker(m_metricBox);
        m_metricBox->clear();
        for (const auto& column : run->result.columns)
            m_metricBox->addItem(QString::fromStdString(column));
        if (m_metric.isEmpty() || m_metricBox->findText(m_metric) < 0)
            m_metric = m_metricBox->itemText(0);
        m_metricBox->setCurrentText(m_metric);
    }
    // Only the chart in sight is built: a page behind another view of a shown window builds when shown
    // (showEvent), the other charts when their tab is picked or chartView() asks.
    if (window()->isVisible() && !isVisible())
        return;
    ensureBuilt(m_tabs->currentIndex());
}

void ChartsPage::ensureBuilt(int index)
{
    const auto i = static_cast<std::size_t>(index);
    if (index < 0 || i >= m_views.size() || m_built[i])
        return;
    m_built[i] = true;
    const StoredRun* run = mainRun();
    if (!run || !m_snapshot || run->result.dims.empty())
        return;
    const int current = clampedDim(*run, m_currentDim, false),
              reference = clampedDim(*run, m_referenceDim, true);
    QChart* chart = nullptr;
    switch (static_cast<Chart>(index)) {
    case Chart::MetricVsMemory: {
        std::vector<StoredRun> runs;
        if (m_runs.empty())
            runs.push_back(*run);
        for (const auto& each : m_runs)
            runs.push_back(*each);
        const auto slice = static_cast<std::size_t>(std::max(0, m_sliceBox->currentIndex()));
        const std::vector<char>* members =
            slice > 0 && slice < m_slices.size() ? &m_slices[slice].members : nullptr;
        const auto axis = static_cast<MemoryAxis>(m_axisBox->currentData().toInt());
        chart = createMetricChart(metricCurves(runs, m_metric.toStdString(), axis, members), m_metric, axis,
                                  current);
        break;
    }
    case Chart::Scores:
        chart = createScoreChart(scoreDistribution(*run, *m_snapshot, current, kScoreBins), current,
                                 static_cast<CountScale>(m_countBox->currentData().toInt()),
                                 QString::fromStdString(runName(*run)));
        break;
    case Chart::Margins:
        chart = createMarginChart(scoreDistribution(*run, *m_snapshot, current, kScoreBins), kMarginBins);
        break;
    case Chart::RankShift: {
        const int k = run->rankings.perDim.empty() ? 0 : static_cast<int>(run->rankings.perDim.front().k);
        chart = createRankShiftChart(rankShift(*run, *m_snapshot, reference, current), k, reference, current,
                                     m_snapshot.get(), QString::fromStdString(runName(*run)));
        break;
    }
    case Chart::Slices: {
        const auto column = static_cast<std::size_t>(m_metricBox->currentIndex());
        auto sliceBars = sliceRows(*run, *m_snapshot, m_slices, column, current, reference);
        for (auto& row : sliceBars)
            row.slice = widgets::sliceDisplayName(m_slices[row.sliceIndex]).toStdString();
        chart = createSliceChart(sliceBars, m_metric, current, reference);
        break;
    }
    }
    showChart(index, chart);
}

void ChartsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    ensureBuilt(m_tabs->currentIndex());
}

void ChartsPage::clearCharts()
{
    {
        const QSignalBlocker blocker(m_metricBox);
        m_metricBox->clear();
    }
    for (int i = 0; i < static_cast<int>(m_views.size()); ++i)
        showChart(i, new QChart);
    m_built.assign(m_views.size(), true);
}

void ChartsPage::showChart(int index, QChart* chart)
{
    auto* view = m_views[static_cast<std::size_t>(index)];
    QChart* old = view->chart();
    followPalette(chart, palette());
    view->setChart(chart);
    delete old;
}

void ChartsPage::exportCurrent()
{
    auto* view = qobject_cast<QChartView*>(m_tabs->currentWidget());
    const QString file = QFileDialog::getSaveFileName(this, tr("Export chart"), QString(),
                                                      tr("SVG image (*.svg);;PNG image (*.png)"));
    if (!view || file.isEmpty())
        return;
    if (const QString error = chartFileError(file); !error.isEmpty())
        QMessageBox::warning(this, tr("Export chart"), error);
    else
        Q_EMIT chartExportRequested(file, std::make_shared<const ChartImage>(renderChartView(view, file)));
}

} // namespace near2::charts
