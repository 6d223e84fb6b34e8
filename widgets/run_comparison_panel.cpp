#include "widgets/run_comparison_panel.h"

#include "widgets/run_comparison_model.h"
#include "widgets/run_comparison_state.h"
#include "widgets/table_setup.h"

#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace near2::widgets {

RunComparisonPanel::RunComparisonPanel(AnalysisState* state, RunComparisonState* comparison, QWidget* parent)
    : QWidget(parent), m_comparison(comparison), m_model(new RunComparisonModel(state, comparison, this)),
      m_caption(new QLabel(this))
{
    m_caption->setWordWrap(true);
    auto* view = new QTableView(this);
    view->setModel(m_model);
    setUpTableView(view, -1, false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(view);
    connect(comparison, &RunComparisonState::runsChanged, this, &RunComparisonPanel::updateCaption);
    connect(comparison, &RunComparisonState::pairChanged, this, &RunComparisonPanel::updateCaption);
    connect(comparison, &RunComparisonState::comparisonChanged, this, &RunComparisonPanel::updateCaption);
    updateCaption();
}

void RunComparisonPanel::updateCaption()
{
    if (m_comparison->runs().size() < 2) {
        m_caption->setText(
            tr("The project holds fewer than two complete runs. Store another with "
               "near2 eval --project (another model, embedding file or gain map) to compare."));
        return;
    }
    if (!m_comparison->hasPair()) {
        m_caption->setText(tr("Choose runs A and B above the query table."));
        return;
    }
    const auto* comparison = m_comparison->comparison();
    const QString pair = tr("A = %1, B = %2")
                             .arg(m_comparison->runName(m_comparison->runIndex(RunComparisonState::A)),
                                  m_comparison->runName(m_comparison->runIndex(RunComparisonState::B)));
    m_caption->setText(
        comparison ? tr("%1, %n shared queries. Paired two-sided tests over the per-query values (as ranx): "
                        "Fisher's randomisation test and Student's t-test; bold: p < 0.05.",
                        nullptr, static_cast<int>(comparison->sharedQueries))
                         .arg(pair)
        : m_comparison->failure().isEmpty() ? tr("%1: computing the paired tests…").arg(pair)
                                            : m_comparison->failure());
}

} // namespace near2::widgets
