#pragma once
// Wizard page 2, the model: a model folder (a Hugging Face folder, or a near2 bundle with TorchScript; it
// encodes the dataset through the embedding cache) or precomputed embeddings (catalog + queries, .npy or
// .fvecs). Validated as it is filled, in jobs: a model folder is described (architecture, layers, hidden
// size, max length, pooling, prompts, the nested dims to evaluate), a TorchScript bundle asks for trust
// (ModelTrustDialog) unless its file is trusted already; embedding files are checked against the dataset's
// products and queries and against each other.
#include "core/session/dataset_inspection.h"
#include "core/session/model_inspection.h"
#include "core/store/project_data.h"

#include <QWizardPage>
#include <functional>
#include <memory>

class QLabel;
class QRadioButton;
class QTimer;

namespace near2::jobs {
class FilePreviews;
}

namespace near2::widgets {

class PathField;

class ModelPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ModelPage(jobs::FilePreviews* previews, QWidget* parent = nullptr);

    bool isComplete() const override;
    ModelSource source() const;
    // The dims the model's files suggest evaluating (empty until the model or embeddings are read).
    std::vector<int> suggestedDims() const;
    // The dataset the embedding files must match (null: not checked yet).
    void setDatasetSummary(std::shared_ptr<const session::DatasetSummary> summary);

    QRadioButton* bundleChoice() const { return m_bundleChoice; }
    QRadioButton* embeddingsChoice() const { return m_embeddingsChoice; }
    PathField* bundle() const { return m_bundle; }
    PathField* corpusEmbeddings() const { return m_corpus; }
    PathField* queryEmbeddings() const { return m_queries; }
    QLabel* descriptionLabel() const { return m_description; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void dimsChanged();

private:
    void follow();
    void modelEdited();
    void embeddingsEdited();
    void read();
    void adoptModel(const QString& folder, std::shared_ptr<const session::ModelInspection> model);
    void askTrust();
    void checkEmbeddings();
    void showStatus(const QString& text, bool error);

    jobs::FilePreviews* m_previews;
    QRadioButton* m_bundleChoice;
    QRadioButton* m_embeddingsChoice;
    PathField* m_bundle;
    PathField* m_corpus;
    PathField* m_queries;
    QLabel* m_description;
    QLabel* m_status;
    QTimer* m_readDelay;
    std::shared_ptr<const session::ModelInspection> m_model;
    bool m_trusted = false; // m_model may be opened (data, or code the user trusts)
    std::shared_ptr<const session::EmbeddingFilesShape> m_shape;
    bool m_shapeFits = false;
    std::shared_ptr<const session::DatasetSummary> m_dataset;
};

} // namespace near2::widgets
