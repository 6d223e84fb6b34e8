#include "widgets/tradeoffs/tradeoffs_page.h"

#include "core/store/project_data.h"
#include "core/tradeoffs/pareto.h"
#include "widgets/analysis_state.h"
#include "widgets/jobs/tradeoff_jobs.h"
#include "widgets/query_inspection.h"
#include "widgets/ranking_inspector.h"
#include "widgets/ranking_model.h"
#include "widgets/table_setup.h"
#include "widgets/tradeoffs/grid_form.h"
#include "widgets/tradeoffs/pareto_chart_view.h"
#include "widgets/tradeoffs/tradeoff_table_model.h"
#include "widgets/tradeoffs/tradeoff_text.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace near2::tradeoffs {

namespace {

std::vector<std::pair<std::int32_t, float>> pairsOf(const std::vector<session::RankedDoc>& docs)
{
    std::vector<std::pair<std::int32_t, float>> pairs;
    for (const auto& doc : docs)
        pairs.emplace_back(doc.row, doc.score);
    return pairs;
}

} // namespace

TradeoffsPage::TradeoffsPage(widgets::AnalysisState* state, jobs::TradeoffJobs* tradeoffJobs, QWidget* parent)
    : QWidget(parent), m_state(state), m_jobs(tradeoffJobs), m_form(new GridForm(this)),
      m_metric(new QComboBox(this)), m_axis(new QComboBox(this)), m_chart(new ParetoChartView(this)),
      m_model(new TradeoffTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)), m_statements(new QLabel(this)), m_rankingTitle(new QLabel(this)),
      m_ranking(new widgets::RankingModel(this))
{
    m_axis->addItem(tr("Bytes per vector"), static_cast<int>(ParetoAxis::BytesPerVector));
    m_axis->addItem(tr("Latency (p50)"), static_cast<int>(ParetoAxis::LatencyP50));
    auto* choices = new QHBoxLayout;
    choices->addWidget(new QLabel(tr("Metric:"), this));
    choices->addWidget(m_metric);
    choices->addWidget(new QLabel(tr("x axis:"), this));
    choices->addWidget(m_axis);
    choices->addStretch(1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TradeoffTableModel::SortRole);
    m_table->setModel(m_proxy);
    widgets::setUpTableView(m_table, -1, true);
    auto* rankingView = new QTableView(this);
    rankingView->setModel(m_ranking);
    widgets::setUpTableView(rankingView, widgets::RankingModel::Title, false);
    m_statements->setWordWrap(true);
    m_statements->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rankingTitle->setWordWrap(true);
    m_rankingTitle->setText(tr("Select a cell to see the current query's ranking from that configuration."));

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_rankingTitle);
    lowerLayout->addWidget(rankingView);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    // The chart's own minimum (plot, ticks and the legend below) would set the window's minimum height.
    m_chart->setMinimumHeight(160);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(choices);
    layout->addWidget(m_statements);
    layout->addWidget(splitter, 1);

    m_form->track(m_jobs->gridJob());
    connect(m_form, &GridForm::computeRequested, this, &TradeoffsPage::compute);
    connect(m_form, &GridForm::cancelRequested, m_jobs->gridJob(), &jobs::JobRunner::cancel);
    connect(m_jobs, &jobs::TradeoffJobs::gridComputed, this, &TradeoffsPage::showReport);
    connect(m_jobs, &jobs::TradeoffJobs::cellRanked, this,
            [this](std::shared_ptr<const session::CellRanking> ranking) { showRanking(*ranking); });
    connect(m_jobs, &jobs::TradeoffJobs::errorOccurred, this, &TradeoffsPage::errorOccurred);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &TradeoffsPage::refreshViews);
    connect(m_axis, &QComboBox::currentIndexChanged, this, &TradeoffsPage::refreshViews);
    connect(m_chart, &ParetoChartView::cellClicked, this, &TradeoffsPage::selectCell);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_selectedCell = current.isValid() ? current.data(TradeoffTableModel::CellRole).toInt() : -1;
                requestRanking();
            });
    connect(m_state, &widgets::AnalysisState::selectedQueryChanged, this, &TradeoffsPage::requestRanking);
}

void TradeoffsPage::setProject(std::shared_ptr<const ProjectSnapshot> snapshot)
{
    std::shared_ptr<const TradeoffReport> stored;
    if (snapshot && snapshot->tradeoffs)
        stored = std::shared_ptr<const TradeoffReport>(snapshot, &*snapshot->tradeoffs);
    const bool open = snapshot != nullptr;
    showReport(std::move(stored));
    // Closed: nothing above or below the empty table speaks of a grid or a cell any more.
    setEnabled(open);
    if (!open)
        m_statements->setText(tr("No project open."));
    m_rankingTitle->setText(
        open ? tr("Select a cell to see the current query's ranking from that configuration.") : QString());
}

void TradeoffsPage::showReport(std::shared_ptr<const TradeoffReport> report)
{
    m_report = std::move(report);
    m_selectedCell = -1;
    m_ranking->setRows({});
    const QSignalBlocker blocker(m_metric);
    const QString chosen = m_metric->currentText();
    m_metric->clear();
    if (m_report) {
        for (const auto& column : m_report->columns)
            m_metric->addItem(QString::fromStdString(column));
        const int kept = m_metric->findText(chosen);
        m_metric->setCurrentIndex(kept >= 0 ? kept
                                            : static_cast<int>(compressionMetricColumn(m_report->columns)));
    }
    refreshViews();
}

void TradeoffsPage::refreshViews()
{
    const auto column = static_cast<std::size_t>(std::max(0, m_metric->currentIndex()));
    const auto axis = static_cast<ParetoAxis>(m_axis->currentData().toInt());
    m_model->setReport(m_report, column);
    m_chart->setReport(m_report, column, axis);
    if (!m_report) {
        m_statements->setText(tr("No trade-off grid yet: choose dims, precisions and indexes, then "
                                 "Compute grid."));
        return;
    }
    QStringList lines = compressionStatements(*m_report, column);
    const QStringList warnings = trainingWarningLines(*m_report);
    if (!warnings.isEmpty())
        lines.append(tr("FAISS warned while training %n cell(s) (marked in the table; their numbers are less "
                        "reliable): %1",
                        nullptr, static_cast<int>(warnings.size()))
                         .arg(warnings.join(QStringLiteral(" · "))));
    m_statements->setText(lines.join(QLatin1Char('\n')));
}

void TradeoffsPage::selectCell(int cell)
{
    const QModelIndexList rows = cell < 0 ? QModelIndexList()
                                          : m_proxy->match(m_proxy->index(0, 0), TradeoffTableModel::CellRole,
                                                           cell, 1, Qt::MatchExactly);
    if (rows.isEmpty()) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(rows.front().row());
    m_table->scrollTo(rows.front());
}

void TradeoffsPage::compute()
{
    QString error;
    const auto options = m_form->options(&error);
    if (!options) {
        Q_EMIT errorOccurred(error);
        return;
    }
    m_jobs->computeGrid(*options);
}

void TradeoffsPage::requestRanking()
{
    const auto* snapshot = m_state->snapshot();
    const int query = m_state->selectedQuery();
    if (!m_report || m_selectedCell < 0 || !snapshot || query < 0 ||
        static_cast<std::size_t>(query) >= snapshot->queries.size())
        return;
    const auto cell = static_cast<std::size_t>(m_selectedCell);
    m_jobs->rankCell(cell, m_report->cells[cell].spec,
                     QString::fromStdString(snapshot->queries[static_cast<std::size_t>(query)].id),
                     widgets::RankingInspector::kShownDepth);
}

void TradeoffsPage::showRanking(const session::CellRanking& ranking)
{
    if (!m_report || static_cast<int>(ranking.cell) != m_selectedCell)
        return;
    auto rows = widgets::rankingRows(pairsOf(ranking.ranked), pairsOf(ranking.reference), ranking.products);
    if (const auto* snapshot = m_state->snapshot())
        for (const auto& query : snapshot->queries)
            if (query.id == ranking.queryId)
                for (auto& row : rows)
                    for (const auto& judged : query.judged)
                        if (judged.row == row.row)
                            row.label = QString::fromStdString(judged.label);
    m_ranking->setRows(std::move(rows));
    m_rankingTitle->setText(
        tr("Query %1: top %n from %2 (shift against fp32 flat at %3 dims)", nullptr,
           static_cast<int>(ranking.ranked.size()))
            .arg(QString::fromStdString(ranking.queryId), cellName(m_report->cells[ranking.cell]))
            .arg(m_report->fullDim));
}

} // namespace near2::tradeoffs
