#pragma once
// The analyst's query slices: a list of rules (name, kind, parameter) with add and remove.
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace near2::widgets {

class AnalysisState;

class SliceRulesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SliceRulesPanel(AnalysisState* state, QWidget* parent = nullptr);
    void addRule(const QString& name, const QString& kind, const QString& parameter);

private:
    void reload();

    AnalysisState* m_state;
    QListWidget* m_list;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_parameter;
};

} // namespace near2::widgets
