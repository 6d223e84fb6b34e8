#include "widgets/annotation_panel.h"

#include "widgets/analysis_state.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTimer>

namespace near2::widgets {

AnnotationPanel::AnnotationPanel(AnalysisState* state, QWidget* parent)
    : QWidget(parent), m_state(state), m_query(new QLabel(this)), m_tag(new QComboBox(this)),
      m_note(new QPlainTextEdit(this)), m_saved(new QLabel(this)), m_autosave(new QTimer(this))
{
    m_tag->setEditable(true);
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    m_tag->setToolTip(tr("Pick a tag or type a new one"));
    m_query->setTextFormat(Qt::PlainText);
    m_saved->setObjectName(QStringLiteral("annotationSaved"));
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    setFocusProxy(m_note);
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Query"), m_query);
    layout->addRow(tr("Tag"), m_tag);
    layout->addRow(tr("Note"), m_note);
    layout->addRow(QString(), m_saved);
    connect(m_autosave, &QTimer::timeout, this, &AnnotationPanel::save);
    connect(m_note, &QPlainTextEdit::textChanged, this, &AnnotationPanel::editChanged);
    // A tag half typed is not a tag yet: it is saved when its editor is left or a tag is picked.
    connect(m_tag, &QComboBox::activated, this, &AnnotationPanel::commitTag);
    connect(m_tag->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (hasPendingEdits())
            commitTag();
    });
    connect(m_tag->lineEdit(), &QLineEdit::textEdited, this,
            [this] { m_saved->setText(tr("Tag not saved yet: press Enter")); });
    connect(state, &AnalysisState::selectedQueryChanged, this, &AnnotationPanel::load);
    // Edits not flushed before another project replaces this one cannot be told apart from the new one's.
    connect(state, &AnalysisState::snapshotAboutToChange, this, [this] {
        m_autosave->stop();
        m_shownQuery = -1;
    });
    connect(state, &AnalysisState::tagsChanged, this, &AnnotationPanel::refillTags);
    // Set elsewhere (another view, a script): the panel shows it rather than overwrite it with its old text.
    connect(state, &AnalysisState::annotationChanged, this, [this](int query) {
        if (!m_saving && query == m_shownQuery)
            showStored();
    });
    load();
}

bool AnnotationPanel::hasPendingEdits() const
{
    if (m_shownQuery < 0 || m_shownQuery >= m_state->queryCount())
        return false;
    const auto* stored = m_state->annotation(m_shownQuery);
    const auto tag = m_tag->currentText().trimmed().toStdString();
    const auto note = m_note->toPlainText().toStdString();
    return stored ? stored->tag != tag || stored->note != note : !tag.empty() || !note.empty();
}

void AnnotationPanel::flush()
{
    m_autosave->stop();
    if (hasPendingEdits())
        commitTag();
}

void AnnotationPanel::commitTag()
{
    m_committedTag = m_tag->currentText().trimmed();
    save();
}

void AnnotationPanel::editChanged()
{
    m_saved->setText(tr("Editing…"));
    m_autosave->start();
}

void AnnotationPanel::refillTags()
{
    const QString typed = m_tag->currentText();
    const QSignalBlocker block(m_tag);
    m_tag->clear();
    m_tag->addItem(QString());
    for (const auto& tag : m_state->tags())
        m_tag->addItem(QString::fromStdString(tag));
    m_tag->setCurrentText(typed);
}

void AnnotationPanel::load()
{
    const int selected = m_state->selectedQuery();
    if (selected >= 0 && selected == m_shownQuery && hasPendingEdits())
        return; // the same query again (a typed dim's new snapshot): the analyst is still typing
    // The edits belong to the query shown so far: they are saved before the panel follows the new one.
    flush();
    m_shownQuery = selected;
    setEnabled(m_shownQuery >= 0);
    const QSignalBlocker blockNote(m_note);
    m_saved->clear();
    refillTags();
    if (m_shownQuery < 0) {
        m_query->setText(tr("No query selected"));
        m_committedTag.clear();
        m_tag->setCurrentText(QString());
        m_note->clear();
        return;
    }
    m_query->setText(
        QString::fromStdString(m_state->snapshot()->queries[static_cast<std::size_t>(m_shownQuery)].text));
    showStored();
}

void AnnotationPanel::showStored()
{
    m_autosave->stop();
    const QSignalBlocker blockNote(m_note);
    const auto* annotation = m_state->annotation(m_shownQuery);
    m_committedTag = annotation ? QString::fromStdString(annotation->tag) : QString();
    m_tag->setCurrentText(m_committedTag);
    m_note->setPlainText(annotation ? QString::fromStdString(annotation->note) : QString());
}

void AnnotationPanel::save()
{
    m_autosave->stop();
    if (m_shownQuery < 0 || m_shownQuery >= m_state->queryCount())
        return;
    m_saving = true;
    m_state->setAnnotation(m_shownQuery, {m_committedTag.toStdString(), m_note->toPlainText().toStdString()});
    m_saving = false;
    m_saved->setText(tr("Saved"));
}

} // namespace near2::widgets
