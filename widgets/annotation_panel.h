#pragma once
// Tag (from a list the analyst extends by typing a new one) and note for the selected query.
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace near2::widgets {

class AnalysisState;

class AnnotationPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit AnnotationPanel(AnalysisState* state, QWidget* parent = nullptr);
    void save();
    QComboBox* tagBox() const { return m_tag; }
    QPlainTextEdit* noteEdit() const { return m_note; }

private:
    void load();

    AnalysisState* m_state;
    QLabel* m_query;
    QComboBox* m_tag;
    QPlainTextEdit* m_note;
};

} // namespace near2::widgets
