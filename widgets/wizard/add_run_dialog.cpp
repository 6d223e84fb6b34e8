#include "widgets/wizard/add_run_dialog.h"

#include "widgets/wizard/path_field.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace near2::widgets {

AddRunDialog::AddRunDialog(QWidget* parent)
    : QDialog(parent),
      m_modelChoice(new QRadioButton(tr("A model folder (NEAR² bundle or Hugging Face model)"), this)),
      m_embeddingsChoice(new QRadioButton(tr("Precomputed embeddings"), this)),
      m_model(new PathField(PathField::Mode::Folder, {}, this)),
      m_corpus(
          new PathField(PathField::Mode::OpenFile, tr("Embeddings (*.npy *.fvecs);;All files (*)"), this)),
      m_queries(
          new PathField(PathField::Mode::OpenFile, tr("Embeddings (*.npy *.fvecs);;All files (*)"), this)),
      m_label(new QLineEdit(this)), m_add(new QPushButton(tr("&Add run"), this))
{
    setWindowTitle(tr("Add run"));
    setObjectName(QStringLiteral("addRunDialog"));
    m_label->setPlaceholderText(tr("e.g. mrl-256 or baseline"));
    auto* modelForm = new QFormLayout;
    modelForm->addRow(tr("Folder"), m_model);
    auto* embeddingsForm = new QFormLayout;
    embeddingsForm->addRow(tr("Catalog"), m_corpus);
    embeddingsForm->addRow(tr("Queries"), m_queries);
    auto* nameForm = new QFormLayout;
    nameForm->addRow(tr("Run name"), m_label);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_add, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_modelChoice);
    layout->addLayout(modelForm);
    layout->addSpacing(12);
    layout->addWidget(m_embeddingsChoice);
    layout->addLayout(embeddingsForm);
    layout->addSpacing(12);
    layout->addLayout(nameForm);
    layout->addWidget(buttons);
    m_modelChoice->setChecked(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (auto* field : {m_model, m_corpus, m_queries})
        connect(field, &PathField::changed, this, &AddRunDialog::follow);
    connect(m_label, &QLineEdit::textChanged, this, &AddRunDialog::follow);
    connect(m_modelChoice, &QRadioButton::toggled, this, &AddRunDialog::follow);
    follow();
}

void AddRunDialog::follow()
{
    const bool model = m_modelChoice->isChecked();
    m_model->setEnabled(model);
    m_corpus->setEnabled(!model);
    m_queries->setEnabled(!model);
    const bool filesGiven =
        model ? !m_model->path().isEmpty() : !m_corpus->path().isEmpty() && !m_queries->path().isEmpty();
    m_add->setEnabled(filesGiven && !m_label->text().trimmed().isEmpty());
}

ModelSource AddRunDialog::source() const
{
    if (m_modelChoice->isChecked())
        return {"bundle", {m_model->path().toStdString()}, 0};
    return {"embeddings", {m_corpus->path().toStdString(), m_queries->path().toStdString()}, 0};
}

QString AddRunDialog::label() const
{
    return m_label->text().trimmed();
}

} // namespace near2::widgets
