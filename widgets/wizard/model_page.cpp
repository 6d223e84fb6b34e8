#include "widgets/wizard/model_page.h"

#include "widgets/wizard/path_field.h"

#include <QFormLayout>
#include <QRadioButton>
#include <QVBoxLayout>

namespace near2::widgets {

ModelPage::ModelPage(QWidget* parent)
    : QWizardPage(parent), m_bundleChoice(new QRadioButton(tr("A model bundle folder"), this)),
      m_embeddingsChoice(new QRadioButton(tr("Precomputed embeddings"), this)),
      m_bundle(new PathField(PathField::Mode::Folder, {}, this)),
      m_corpus(
          new PathField(PathField::Mode::OpenFile, tr("Embeddings (*.npy *.fvecs);;All files (*)"), this)),
      m_queries(
          new PathField(PathField::Mode::OpenFile, tr("Embeddings (*.npy *.fvecs);;All files (*)"), this))
{
    setTitle(tr("Model"));
    setSubTitle(tr("The model that embeds the catalog and the queries, or its embeddings."));
    auto* bundleForm = new QFormLayout;
    bundleForm->addRow(tr("Bundle"), m_bundle);
    auto* embeddingsForm = new QFormLayout;
    embeddingsForm->addRow(tr("Catalog"), m_corpus);
    embeddingsForm->addRow(tr("Queries"), m_queries);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_bundleChoice);
    layout->addLayout(bundleForm);
    layout->addSpacing(12);
    layout->addWidget(m_embeddingsChoice);
    layout->addLayout(embeddingsForm);
    layout->addStretch(1);
    m_bundleChoice->setChecked(true);
    for (auto* field : {m_bundle, m_corpus, m_queries})
        connect(field, &PathField::changed, this, &QWizardPage::completeChanged);
    connect(m_bundleChoice, &QRadioButton::toggled, this, &ModelPage::follow);
    follow();
}

void ModelPage::follow()
{
    const bool bundle = m_bundleChoice->isChecked();
    m_bundle->setEnabled(bundle);
    m_corpus->setEnabled(!bundle);
    m_queries->setEnabled(!bundle);
    Q_EMIT completeChanged();
}

bool ModelPage::isComplete() const
{
    if (m_bundleChoice->isChecked())
        return !m_bundle->path().isEmpty();
    return !m_corpus->path().isEmpty() && !m_queries->path().isEmpty();
}

ModelSource ModelPage::source() const
{
    if (m_bundleChoice->isChecked())
        return {"bundle", {m_bundle->path().toStdString()}, 0};
    return {"embeddings", {m_corpus->path().toStdString(), m_queries->path().toStdString()}, 0};
}

} // namespace near2::widgets
