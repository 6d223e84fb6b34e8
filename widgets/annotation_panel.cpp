#include "widgets/annotation_panel.h"

#include "widgets/analysis_state.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace near2::widgets {

AnnotationPanel::AnnotationPanel(AnalysisState* state, QWidget* parent)
    : QWidget(parent), m_state(state), m_query(new QLabel(this)), m_tag(new QComboBox(this)),
      m_note(new QPlainTextEdit(this))
{
    m_tag->setEditable(true);
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    m_tag->setToolTip(tr("Pick a tag or type a new one"));
    m_query->setTextFormat(Qt::PlainText);
    auto* saveButton = new QPushButton(tr("Save annotation"), this);
    saveButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Query"), m_query);
    layout->addRow(tr("Tag"), m_tag);
    layout->addRow(tr("Note"), m_note);
    layout->addRow(QString(), saveButton);
    connect(saveButton, &QPushButton::clicked, this, &AnnotationPanel::save);
    connect(state, &AnalysisState::selectedQueryChanged, this, &AnnotationPanel::load);
    connect(state, &AnalysisState::tagsChanged, this, &AnnotationPanel::load);
    load();
}

void AnnotationPanel::load()
{
    const QSignalBlocker block(m_tag);
    m_tag->clear();
    m_tag->addItem(QString());
    for (const auto& tag : m_state->tags())
        m_tag->addItem(QString::fromStdString(tag));
    const int query = m_state->selectedQuery();
    setEnabled(query >= 0);
    if (query < 0) {
        m_query->setText(tr("No query selected"));
        m_note->clear();
        return;
    }
    m_query->setText(
        QString::fromStdString(m_state->snapshot()->queries[static_cast<std::size_t>(query)].text));
    const auto* annotation = m_state->annotation(query);
    m_tag->setCurrentText(annotation ? QString::fromStdString(annotation->tag) : QString());
    m_note->setPlainText(annotation ? QString::fromStdString(annotation->note) : QString());
}

void AnnotationPanel::save()
{
    const int query = m_state->selectedQuery();
    if (query >= 0)
        m_state->setAnnotation(
            query, {m_tag->currentText().trimmed().toStdString(), m_note->toPlainText().toStdString()});
}

} // namespace near2::widgets
