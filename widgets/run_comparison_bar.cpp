#include "widgets/run_comparison_bar.h"

#include "widgets/analysis_state.h"
#include "widgets/run_comparison_model.h"
#include "widgets/run_comparison_state.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSizePolicy>
#include <QVBoxLayout>

namespace near2::widgets {

RunComparisonBar::RunComparisonBar(AnalysisState* state, RunComparisonState* comparison, QWidget* parent)
    : QWidget(parent), m_state(state), m_comparison(comparison), m_a(new QComboBox(this)),
      m_b(new QComboBox(this)), m_summary(new QLabel(this))
{
    m_a->setToolTip(tr("Run A: the run compared with the shown one"));
    m_b->setToolTip(
        tr("Run B: the run every view shows, compared against A over the queries both evaluated"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The summary wraps instead of widening the query pane (and the window) past the screen.
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // The runs on one line, the summary on the full width below it (beside them it wrapped into a column).
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* runs = new QHBoxLayout;
    runs->addWidget(new QLabel(tr("Compare A"), this));
    runs->addWidget(m_a);
    runs->addWidget(new QLabel(tr("with B"), this));
    runs->addWidget(m_b);
    runs->addStretch(1);
    layout->addLayout(runs);
    layout->addWidget(m_summary);
    const auto choose = [this] { m_comparison->setPair(m_a->currentIndex(), m_b->currentIndex()); };
    connect(m_a, &QComboBox::currentIndexChanged, this, choose);
    connect(m_b, &QComboBox::currentIndexChanged, this, choose);
    connect(comparison, &RunComparisonState::runsChanged, this, &RunComparisonBar::reloadRuns);
    connect(comparison, &RunComparisonState::pairChanged, this, &RunComparisonBar::updateSummary);
    connect(comparison, &RunComparisonState::comparisonChanged, this, &RunComparisonBar::updateSummary);
    connect(state, &AnalysisState::dimsChanged, this, &RunComparisonBar::updateSummary);
    connect(state, &AnalysisState::metricChanged, this, &RunComparisonBar::updateSummary);
    reloadRuns();
}

void RunComparisonBar::reloadRuns()
{
    const QSignalBlocker blockA(m_a);
    const QSignalBlocker blockB(m_b);
    m_a->clear();
    m_b->clear();
    for (int i = 0; i < static_cast<int>(m_comparison->runs().size()); ++i) {
        m_a->addItem(m_comparison->runName(i));
        m_b->addItem(m_comparison->runName(i));
        const QString info = m_comparison->runInfo(i); // the run's own model and settings
        m_a->setItemData(i, info, Qt::ToolTipRole);
        m_b->setItemData(i, info, Qt::ToolTipRole);
    }
    m_a->setCurrentIndex(m_comparison->runIndex(RunComparisonState::A));
    m_b->setCurrentIndex(m_comparison->runIndex(RunComparisonState::B));
    setVisible(m_comparison->runs().size() >= 2);
    updateSummary();
}

QString RunComparisonBar::summary() const
{
    return m_summary->text();
}

namespace {

// "= 0.0312" or "< 0.0001"
QString pValueRelation(double p)
{
    const QString text = pValueText(p);
    return text.startsWith(QLatin1Char('<')) ? text : QStringLiteral("= ") + text;
}

} // namespace

void RunComparisonBar::updateSummary()
{
    if (!m_comparison->hasPair() || !m_state->hasRun()) {
        m_summary->setText(m_comparison->runs().size() >= 2 ? tr("Choose two different runs.") : QString());
        return;
    }
    if (!m_comparison->comparison()) {
        m_summary->setText(m_comparison->failure().isEmpty() ? tr("Computing the paired tests…")
                                                             : m_comparison->failure());
        return;
    }
    const auto& run = *m_state->run();
    const int dim = m_state->currentDim();
    const std::string& column = run.result.columns[static_cast<std::size_t>(m_state->metricColumn())];
    const MetricComparison* metric = m_comparison->metricAt(dim, column);
    const QString name = QString::fromStdString(column);
    if (!metric) {
        m_summary->setText(tr("The runs share no %1 at dim %2.").arg(name).arg(dim));
        return;
    }
    const QLocale locale;
    m_summary->setText(
        tr("%1 at dim %2 over %n shared queries: A %3, B %4, B − A %5, randomisation p %6, t-test p %7",
           nullptr, static_cast<int>(m_comparison->comparison()->sharedQueries))
            .arg(name)
            .arg(dim)
            .arg(locale.toString(metric->a, 'f', 3), locale.toString(metric->b, 'f', 3),
                 (metric->delta >= 0 ? QStringLiteral("+") : QString()) +
                     locale.toString(metric->delta, 'f', 3),
                 pValueRelation(metric->pRandomisation), pValueRelation(metric->pTTest)));
}

} // namespace near2::widgets
