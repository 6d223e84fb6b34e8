#include "widgets/query_table_panel.h"

#include "widgets/analysis_state.h"
#include "widgets/bulk_tag_bar.h"
#include "widgets/plain_text_delegate.h"
#include "widgets/query_filter_proxy.h"
#include "widgets/query_table_model.h"
#include "widgets/run_comparison_bar.h"
#include "widgets/run_comparison_state.h"
#include "widgets/slice_names.h"
#include "widgets/table_setup.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace near2::widgets {

QueryTablePanel::QueryTablePanel(AnalysisState* state, QWidget* parent)
    : QWidget(parent), m_state(state), m_model(new QueryTableModel(state, this)),
      m_proxy(new QueryFilterProxy(state, this)), m_view(new QTableView(this)), m_filter(new QLineEdit(this)),
      m_slice(new QComboBox(this)), m_tag(new QComboBox(this)),
      m_regressions(new QPushButton(tr("Regressions"), this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new PlainTextDelegate(m_view));
    setUpTableView(m_view, QueryTableModel::Query, true, [this] {
        const int widest = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24;
        m_view->setColumnWidth(QueryTableModel::Query,
                               std::min(m_view->columnWidth(QueryTableModel::Query), widest));
    });
    m_view->horizontalHeader()->setSectionResizeMode(QueryTableModel::Query, QHeaderView::Interactive);
    m_view->sortByColumn(QueryTableModel::Id, Qt::AscendingOrder);
    // Shown from the start: appearing once the rows are laid out, it narrowed the viewport right after the
    // table's first paint on open, and the whole table was painted again.
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_view->horizontalHeader()->setSectionResizeMode(QueryTableModel::Note, QHeaderView::Stretch);
    m_slice->setObjectName(QStringLiteral("sliceFilter"));
    m_slice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_slice->setMinimumContentsLength(14); // room for "All queries"; longer slice names elide
    m_filter->setPlaceholderText(tr("Filter queries…"));
    m_filter->setClearButtonEnabled(true);
    m_regressions->setCheckable(true);
    m_regressions->setToolTip(tr("Only queries that lose at the current dim, worst first"));
    auto* threshold = new QDoubleSpinBox(this);
    threshold->setRange(0.0, 1.0);
    threshold->setSingleStep(0.05);
    threshold->setValue(m_model->dropThreshold());
    threshold->setToolTip(tr("The \"drops below\" column's threshold"));

    // Two rows, so the filter keeps room for a query's words in a narrow pane.
    auto* search = new QHBoxLayout;
    search->addWidget(m_filter, 1);
    search->addWidget(m_regressions);
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Slice"), this));
    filters->addWidget(m_slice, 1);
    filters->addWidget(new QLabel(tr("Tag"), this));
    filters->addWidget(m_tag);
    filters->addWidget(new QLabel(tr("Drops below"), this));
    filters->addWidget(threshold);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(search);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    layout->addWidget(new BulkTagBar(state, m_view, this)); // N of M, tagging the selected queries

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QueryFilterProxy::setText);
    connect(m_slice, &QComboBox::currentIndexChanged, m_proxy, &QueryFilterProxy::setSlice);
    connect(m_tag, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_proxy->setTag(index <= 0 ? QString() : m_tag->itemText(index)); });
    connect(m_regressions, &QPushButton::toggled, m_proxy, &QueryFilterProxy::setRegressionsOnly);
    connect(threshold, &QDoubleSpinBox::valueChanged, m_model, &QueryTableModel::setDropThreshold);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && !m_proxy->isRefiltering())
                    m_state->setSelectedQuery(current.data(QueryTableModel::QueryIndexRole).toInt());
            });
    // Typing in the filter (or choosing a slice or tag) keeps the query inspected: highlighted while it
    // matches, unhighlighted while it does not; the inspector never jumps to whichever query became first.
    connect(m_proxy, &QueryFilterProxy::refiltered, this, &QueryTablePanel::highlightSelectedQuery);
    connect(state, &AnalysisState::slicesChanged, this, &QueryTablePanel::reloadChoices);
    connect(state, &AnalysisState::tagsChanged, this, &QueryTablePanel::reloadChoices);
    connect(state, &AnalysisState::selectedQueryChanged, this, &QueryTablePanel::selectCurrentQuery);
    reloadChoices();
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QueryTablePanel::showComparedColumns);
    showComparedColumns();
}

void QueryTablePanel::showComparedColumns()
{
    const bool shown = m_comparison && m_comparison->hasPair();
    for (const int column : {QueryTableModel::RunA, QueryTableModel::RunB, QueryTableModel::RunDelta})
        m_view->setColumnHidden(column, !shown);
}

void QueryTablePanel::setComparison(RunComparisonState* comparison)
{
    m_comparison = comparison;
    m_model->setComparison(comparison);
    m_comparisonBar = new RunComparisonBar(m_state, comparison, this);
    qobject_cast<QVBoxLayout*>(layout())->insertWidget(0, m_comparisonBar);
    connect(comparison, &RunComparisonState::pairChanged, this, &QueryTablePanel::showComparedColumns);
    showComparedColumns();
}

void QueryTablePanel::toggleRegressions()
{
    m_regressions->toggle();
}

void QueryTablePanel::reloadChoices()
{
    const QSignalBlocker blockSlice(m_slice);
    const QSignalBlocker blockTag(m_tag);
    const int slice = m_slice->currentIndex();
    const QString tag = m_tag->currentText();
    m_slice->clear();
    for (const auto& querySlice : m_state->slices())
        m_slice->addItem(tr("%1 (%L2)").arg(sliceDisplayName(querySlice)).arg(querySlice.count));
    m_slice->setCurrentIndex(std::clamp(slice, 0, std::max(0, m_slice->count() - 1)));
    m_tag->clear();
    m_tag->addItem(tr("Any"));
    for (const auto& name : m_state->tags())
        m_tag->addItem(QString::fromStdString(name));
    m_tag->setCurrentIndex(std::max(0, m_tag->findText(tag)));
}

void QueryTablePanel::selectCurrentQuery()
{
    const int query = m_state->selectedQuery();
    const auto current = m_view->currentIndex();
    if (query < 0) {
        m_view->setCurrentIndex({});
        return;
    }
    if (current.isValid() && current.data(QueryTableModel::QueryIndexRole).toInt() == query)
        return;
    auto index = m_proxy->mapFromSource(m_model->index(query, QueryTableModel::Id));
    if (!index.isValid() && query < m_model->rowCount()) {
        // Chosen elsewhere (a chart point, a comparison) but hidden by the filters: the table shows it
        // rather than keep highlighting another query.
        clearFilters();
        index = m_proxy->mapFromSource(m_model->index(query, QueryTableModel::Id));
        Q_EMIT filtersCleared();
    }
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void QueryTablePanel::highlightSelectedQuery()
{
    const int query = m_state->selectedQuery();
    const auto index = query >= 0 && query < m_model->rowCount()
                           ? m_proxy->mapFromSource(m_model->index(query, QueryTableModel::Id))
                           : QModelIndex();
    if (index.isValid())
        m_view->setCurrentIndex(index);
    else
        m_view->selectionModel()->clear();
}

void QueryTablePanel::clearFilters()
{
    m_filter->clear();
    m_slice->setCurrentIndex(0);
    m_tag->setCurrentIndex(0);
    m_regressions->setChecked(false);
}

} // namespace near2::widgets
