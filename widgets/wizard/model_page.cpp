#include "widgets/wizard/model_page.h"

#include "core/encoder/model_trust.h"
#include "core/eval/dims.h"
#include "widgets/jobs/file_previews.h"
#include "widgets/wizard/model_trust_dialog.h"
#include "widgets/wizard/path_field.h"
#include "widgets/wizard/wizard_texts.h"

#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace near2::widgets {

ModelPage::ModelPage(jobs::FilePreviews* previews, QWidget* parent)
    : QWizardPage(parent), m_previews(previews),
      m_bundleChoice(new QRadioButton(tr("A model folder (Hugging Face, or a near2 bundle)"), this)),
      m_embeddingsChoice(new QRadioButton(tr("Precomputed embeddings"), this)),
      m_bundle(new PathField(PathField::Mode::Folder, {}, this)),
      m_corpus(
          new PathField(PathField::Mode::OpenFile, tr("Embeddings (*.npy *.fvecs);;All files (*)"), this)),
      m_queries(
          new PathField(PathField::Mode::OpenFile, tr("Embeddings (*.npy *.fvecs);;All files (*)"), this)),
      m_description(new QLabel(this)), m_status(new QLabel(this)), m_readDelay(new QTimer(this))
{
    setTitle(tr("Model"));
    setSubTitle(tr("The model that embeds the catalog and the queries, or its embeddings."));
    m_readDelay->setSingleShot(true);
    m_readDelay->setInterval(250);
    m_description->setObjectName(QStringLiteral("modelDescription"));
    m_description->setTextFormat(Qt::RichText);
    m_status->setObjectName(QStringLiteral("modelStatus"));
    for (auto* label : {m_description, m_status}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto* bundleForm = new QFormLayout;
    bundleForm->addRow(tr("Folder"), m_bundle);
    auto* embeddingsForm = new QFormLayout;
    embeddingsForm->addRow(tr("Catalog"), m_corpus);
    embeddingsForm->addRow(tr("Queries"), m_queries);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_bundleChoice);
    layout->addLayout(bundleForm);
    layout->addSpacing(12);
    layout->addWidget(m_embeddingsChoice);
    layout->addLayout(embeddingsForm);
    layout->addSpacing(12);
    layout->addWidget(m_status);
    layout->addWidget(m_description);
    layout->addStretch(1);
    m_bundleChoice->setChecked(true);
    connect(m_bundle, &PathField::changed, this, &ModelPage::modelEdited);
    for (auto* field : {m_corpus, m_queries})
        connect(field, &PathField::changed, this, &ModelPage::embeddingsEdited);
    connect(m_readDelay, &QTimer::timeout, this, &ModelPage::read);
    connect(m_bundleChoice, &QRadioButton::toggled, this, &ModelPage::follow);
    connect(m_previews, &jobs::FilePreviews::modelInspected, this, &ModelPage::adoptModel);
    connect(m_previews, &jobs::FilePreviews::modelInspectionFailed, this,
            [this](const QString& folder, const QString& message) {
                if (folder == m_bundle->path())
                    showStatus(message, true);
            });
    connect(m_previews, &jobs::FilePreviews::embeddingsInspected, this,
            [this](std::shared_ptr<const session::EmbeddingFilesShape> shape) {
                m_shape = std::move(shape);
                checkEmbeddings();
            });
    connect(m_previews, &jobs::FilePreviews::embeddingsInspectionFailed, this,
            [this](const QString& message) { showStatus(message, true); });
    connect(m_previews, &jobs::FilePreviews::modelTrusted, this, [this](const QString& sha256) {
        if (m_model && QString::fromStdString(m_model->sha256) == sha256) {
            m_trusted = true;
            showStatus(tr("Trusted: remembered in the trust list."), false);
            Q_EMIT completeChanged();
        }
    });
    connect(m_previews, &jobs::FilePreviews::trustFailed, this,
            [this](const QString& message) { showStatus(message, true); });
    follow();
}

void ModelPage::follow()
{
    const bool bundle = m_bundleChoice->isChecked();
    m_bundle->setEnabled(bundle);
    m_corpus->setEnabled(!bundle);
    m_queries->setEnabled(!bundle);
    if (bundle)
        modelEdited();
    else
        embeddingsEdited();
}

void ModelPage::modelEdited()
{
    m_model.reset();
    m_trusted = false;
    m_previews->modelJob()->cancel();
    m_description->clear();
    showStatus(QString(), false);
    if (m_bundleChoice->isChecked() && !m_bundle->path().isEmpty())
        m_readDelay->start();
    Q_EMIT completeChanged();
    Q_EMIT dimsChanged();
}

void ModelPage::embeddingsEdited()
{
    m_shape.reset();
    m_shapeFits = false;
    m_previews->embeddingsJob()->cancel();
    m_description->clear();
    showStatus(QString(), false);
    if (!m_bundleChoice->isChecked() && !m_corpus->path().isEmpty() && !m_queries->path().isEmpty())
        m_readDelay->start();
    Q_EMIT completeChanged();
    Q_EMIT dimsChanged();
}

void ModelPage::read()
{
    if (m_bundleChoice->isChecked()) {
        showStatus(tr("Reading the model…"), false);
        m_previews->inspectModel(m_bundle->path());
    } else {
        showStatus(tr("Checking the embeddings…"), false);
        m_previews->inspectEmbeddings(m_corpus->path(), m_queries->path());
    }
}

void ModelPage::adoptModel(const QString& folder, std::shared_ptr<const session::ModelInspection> model)
{
    if (folder != m_bundle->path() || !m_bundleChoice->isChecked())
        return;
    m_model = std::move(model);
    m_trusted = m_model->trusted;
    m_description->setText(wizard_texts::modelDescription(m_model->description));
    showStatus(m_model->description.runsCode && m_trusted ? tr("Trusted TorchScript bundle.") : QString(),
               false);
    Q_EMIT completeChanged();
    Q_EMIT dimsChanged();
    if (!m_trusted)
        askTrust();
}

void ModelPage::askTrust()
{
    const auto model = m_model;
    auto* dialog = new ModelTrustDialog(QString::fromStdString(model->description.weights.string()),
                                        QString::fromStdString(model->sha256), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, model](int result) {
        if (model != m_model)
            return; // another folder was chosen meanwhile
        if (result != QDialog::Accepted) {
            showStatus(tr("Not opened: the bundle's code is not trusted. Choose another model, or a Hugging "
                          "Face folder."),
                       true);
            return;
        }
        if (dialog->remember()) {
            showStatus(tr("Remembering the trust…"), false);
            m_previews->trustModel(dialog->sha256(), m_bundle->path());
        } else {
            trustModelCodeInProcess(model->sha256);
            m_trusted = true;
            showStatus(tr("Trusted for this session."), false);
            Q_EMIT completeChanged();
        }
    });
    dialog->open();
}

void ModelPage::setDatasetSummary(std::shared_ptr<const session::DatasetSummary> summary)
{
    m_dataset = std::move(summary);
    checkEmbeddings();
}

void ModelPage::checkEmbeddings()
{
    m_shapeFits = false;
    if (!m_shape || m_bundleChoice->isChecked())
        return;
    const auto& catalog = m_shape->catalog;
    const auto& queries = m_shape->queries;
    m_description->setText(tr("Catalog: %1<br>Queries: %2<br>Dims to evaluate: %3")
                               .arg(wizard_texts::embeddingShape(catalog),
                                    wizard_texts::embeddingShape(queries),
                                    wizard_texts::dimsList(defaultDims(catalog.dim))));
    QStringList problems;
    if (catalog.dim != queries.dim)
        problems << tr("The catalog's embeddings have %1 dims but the queries' have %2.")
                        .arg(catalog.dim)
                        .arg(queries.dim);
    if (m_dataset && catalog.rows != m_dataset->products)
        problems << tr("The catalog's file has %1 rows but the dataset has %2 products (one row per product, "
                       "in file order).")
                        .arg(catalog.rows)
                        .arg(m_dataset->products);
    if (m_dataset && queries.rows != m_dataset->queries)
        problems << tr("The queries' file has %1 rows but the dataset has %2 queries (one row per query, in "
                       "file order).")
                        .arg(queries.rows)
                        .arg(m_dataset->queries);
    m_shapeFits = problems.isEmpty();
    showStatus(problems.isEmpty()
                   ? (m_dataset ? tr("The embeddings match the dataset's products and queries.") : QString())
                   : problems.join(QLatin1Char('\n')),
               !problems.isEmpty());
    Q_EMIT completeChanged();
    Q_EMIT dimsChanged();
}

void ModelPage::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c0392b") : QString());
}

bool ModelPage::isComplete() const
{
    if (m_bundleChoice->isChecked())
        return m_model && m_trusted;
    return m_shape && m_shapeFits;
}

std::vector<int> ModelPage::suggestedDims() const
{
    if (m_bundleChoice->isChecked())
        return m_model ? m_model->description.nestedDims : std::vector<int>{};
    return m_shape ? defaultDims(m_shape->catalog.dim) : std::vector<int>{};
}

ModelSource ModelPage::source() const
{
    if (m_bundleChoice->isChecked())
        return {"bundle", {m_bundle->path().toStdString()}, 0};
    return {"embeddings", {m_corpus->path().toStdString(), m_queries->path().toStdString()}, 0};
}

} // namespace near2::widgets
