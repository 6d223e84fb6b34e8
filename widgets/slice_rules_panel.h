#pragma once
// The analyst's query slices: a list of rules (name, kind, parameter) with add and remove. A rule is checked
// as it is typed (core/slices): an invalid one is refused with the reason (ICU's, for a pattern); a rule that
// fails while matching (a regex past its time limit) shows why in the list.
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace near2::widgets {

class AnalysisState;

class SliceRulesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SliceRulesPanel(AnalysisState* state, QWidget* parent = nullptr);
    // False (and the reason shown) when the rule is invalid.
    bool addRule(const QString& name, const QString& kind, const QString& parameter);
    QString ruleProblem() const; // the reason the typed rule would be refused; empty when it is valid

private:
    void reload();
    void checkTypedRule();

    AnalysisState* m_state;
    QListWidget* m_list;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_parameter;
    QLabel* m_problem;
    QPushButton* m_add;
};

} // namespace near2::widgets
