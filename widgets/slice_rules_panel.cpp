#include "widgets/slice_rules_panel.h"

#include "core/slices/slice_rule.h"
#include "widgets/analysis_state.h"
#include "widgets/slice_names.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>

namespace near2::widgets {

namespace {

SliceRule typedRule(const QString& name, const QString& kind, const QString& parameter)
{
    const QString shown = name.trimmed().isEmpty() ? sliceRuleKindName(kind) : name.trimmed();
    return {shown.toStdString(), kind.toStdString(), parameter.toStdString()};
}

} // namespace

SliceRulesPanel::SliceRulesPanel(AnalysisState* state, QWidget* parent)
    : QWidget(parent), m_state(state), m_list(new QListWidget(this)), m_name(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_parameter(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_add(new QPushButton(tr("Add slice"), this))
{
    for (const auto& kind : sliceRuleKindIds())
        m_kind->addItem(sliceRuleKindName(kind), kind);
    m_parameter->setPlaceholderText(tr("N words or a regular expression"));
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_kind->setObjectName(QStringLiteral("ruleKind"));
    m_parameter->setObjectName(QStringLiteral("ruleParameter"));
    m_problem->setObjectName(QStringLiteral("ruleProblem"));
    m_add->setObjectName(QStringLiteral("addRule"));
    m_list->setObjectName(QStringLiteral("rules"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* remove = new QPushButton(tr("Remove selected"), this);
    auto* layout = new QFormLayout(this);
    layout->addRow(m_list);
    layout->addRow(tr("Name"), m_name);
    layout->addRow(tr("Rule"), m_kind);
    layout->addRow(tr("Parameter"), m_parameter);
    layout->addRow(m_problem);
    layout->addRow(m_add, remove);
    connect(m_add, &QPushButton::clicked, this,
            [this] { addRule(m_name->text(), m_kind->currentData().toString(), m_parameter->text()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        auto rules = m_state->sliceRules();
        const int row = m_list->currentRow();
        if (row >= 0 && row < static_cast<int>(rules.size())) {
            rules.erase(rules.begin() + row);
            m_state->setSliceRules(std::move(rules));
        }
    });
    connect(m_parameter, &QLineEdit::textChanged, this, &SliceRulesPanel::checkTypedRule);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SliceRulesPanel::checkTypedRule);
    connect(state, &AnalysisState::slicesChanged, this, &SliceRulesPanel::reload);
    reload();
    checkTypedRule();
}

QString SliceRulesPanel::ruleProblem() const
{
    const auto problem =
        checkSliceRule(typedRule(m_name->text(), m_kind->currentData().toString(), m_parameter->text()));
    return problem ? sliceProblemText(*problem) : QString();
}

void SliceRulesPanel::checkTypedRule()
{
    const QString problem = ruleProblem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_add->setEnabled(problem.isEmpty());
}

bool SliceRulesPanel::addRule(const QString& name, const QString& kind, const QString& parameter)
{
    const SliceRule rule = typedRule(name, kind, parameter);
    if (const auto problem = checkSliceRule(rule)) {
        m_problem->setText(sliceProblemText(*problem));
        m_problem->setVisible(true);
        return false;
    }
    auto rules = m_state->sliceRules();
    rules.push_back(rule);
    m_state->setSliceRules(std::move(rules));
    m_name->clear();
    return true;
}

void SliceRulesPanel::reload()
{
    m_list->clear();
    const auto& slices = m_state->slices();
    const auto& rules = m_state->sliceRules();
    if (slices.size() < rules.size())
        return; // no project
    const std::size_t firstRule = slices.size() - rules.size();
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const auto& rule = rules[i];
        const auto& slice = slices[firstRule + i];
        auto* item = new QListWidgetItem(tr("%1 — %2 %3 (%Ln queries)", nullptr, slice.count)
                                             .arg(QString::fromStdString(rule.name),
                                                  sliceRuleKindName(QString::fromStdString(rule.kind)),
                                                  QString::fromStdString(rule.parameter)),
                                         m_list);
        if (slice.problem) {
            const QString problem = sliceProblemText(*slice.problem);
            item->setText(tr("%1 — %2").arg(item->text(), problem));
            item->setToolTip(problem);
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
    }
}

} // namespace near2::widgets
