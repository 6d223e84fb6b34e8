#include "widgets/slice_rules_panel.h"

#include "widgets/analysis_state.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace near2::widgets {

SliceRulesPanel::SliceRulesPanel(AnalysisState* state, QWidget* parent)
    : QWidget(parent), m_state(state), m_list(new QListWidget(this)), m_name(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_parameter(new QLineEdit(this))
{
    for (const auto& kind : sliceRuleKinds())
        m_kind->addItem(sliceRuleKindName(kind), kind);
    m_parameter->setPlaceholderText(tr("N words or a regular expression"));
    auto* add = new QPushButton(tr("Add slice"), this);
    auto* remove = new QPushButton(tr("Remove selected"), this);
    auto* layout = new QFormLayout(this);
    layout->addRow(m_list);
    layout->addRow(tr("Name"), m_name);
    layout->addRow(tr("Rule"), m_kind);
    layout->addRow(tr("Parameter"), m_parameter);
    layout->addRow(add, remove);
    connect(add, &QPushButton::clicked, this,
            [this] { addRule(m_name->text(), m_kind->currentData().toString(), m_parameter->text()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        auto rules = m_state->sliceRules();
        const int row = m_list->currentRow();
        if (row >= 0 && row < static_cast<int>(rules.size())) {
            rules.erase(rules.begin() + row);
            m_state->setSliceRules(std::move(rules));
        }
    });
    connect(state, &AnalysisState::slicesChanged, this, &SliceRulesPanel::reload);
    reload();
}

void SliceRulesPanel::addRule(const QString& name, const QString& kind, const QString& parameter)
{
    auto rules = m_state->sliceRules();
    const QString shown = name.trimmed().isEmpty() ? sliceRuleKindName(kind) : name.trimmed();
    rules.push_back({shown.toStdString(), kind.toStdString(), parameter.toStdString()});
    m_state->setSliceRules(std::move(rules));
    m_name->clear();
}

void SliceRulesPanel::reload()
{
    m_list->clear();
    const auto& slices = m_state->slices();
    const std::size_t firstRule = slices.size() - m_state->sliceRules().size();
    for (std::size_t i = 0; i < m_state->sliceRules().size(); ++i) {
        const auto& rule = m_state->sliceRules()[i];
        m_list->addItem(tr("%1 — %2 %3 (%Ln queries)", nullptr, slices[firstRule + i].count)
                            .arg(QString::fromStdString(rule.name),
                                 sliceRuleKindName(QString::fromStdString(rule.kind)),
                                 QString::fromStdString(rule.parameter)));
    }
}

} // namespace near2::widgets
