#pragma once
// Runs → Add run…: another model (a bundle or a Hugging Face folder) or another pair of embedding files to
// evaluate on the open project's dataset, and the new run's name. No I/O: the session's run jobs check the
// files when they evaluate, and report what is wrong.
#include "core/store/project_data.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QRadioButton;

namespace near2::widgets {

class PathField;

class AddRunDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AddRunDialog(QWidget* parent = nullptr);

    ModelSource source() const;
    QString label() const;
    // For tests and for the app's defaults.
    PathField* modelField() const { return m_model; }
    PathField* corpusField() const { return m_corpus; }
    PathField* queriesField() const { return m_queries; }
    QRadioButton* embeddingsChoice() const { return m_embeddingsChoice; }
    QLineEdit* labelEdit() const { return m_label; }
    QPushButton* addButton() const { return m_add; }

private:
    void follow();

    QRadioButton* m_modelChoice;
    QRadioButton* m_embeddingsChoice;
    PathField* m_model;
    PathField* m_corpus;
    PathField* m_queries;
    QLineEdit* m_label;
    QPushButton* m_add;
};

} // namespace near2::widgets
