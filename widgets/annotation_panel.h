#pragma once
// Tag (from a list the analyst extends by typing a new one) and note for the selected query. Edits save
// themselves: the note a moment after typing stops, the tag when its editor is left, and both before
// another query (or project) is shown.
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTimer;

namespace near2::widgets {

class AnalysisState;

class AnnotationPanel final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kAutosaveDelayMs = 400;

    explicit AnnotationPanel(AnalysisState* state, QWidget* parent = nullptr);
    // Saves the shown query's edits now if any are pending.
    void flush();
    void save();      // the note with the last committed tag
    void commitTag(); // the tag as typed becomes the query's tag, then save()
    bool hasPendingEdits() const;
    QComboBox* tagBox() const { return m_tag; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QLabel* savedLabel() const { return m_saved; }

private:
    void load();
    void refillTags();
    void showStored(); // the shown query's stored tag and note in the fields
    void editChanged();

    AnalysisState* m_state;
    QLabel* m_query;
    QComboBox* m_tag;
    QPlainTextEdit* m_note;
    QLabel* m_saved;
    QTimer* m_autosave;
    QString m_committedTag;
    int m_shownQuery = -1;
    bool m_saving = false;
};

} // namespace near2::widgets
