#pragma once
// Wizard page 2, the model: a model bundle folder (encodes the dataset through the embedding cache) or
// precomputed embeddings (catalog + queries, .npy or .fvecs).
#include "core/store/project_data.h"

#include <QWizardPage>

class QRadioButton;

namespace near2::widgets {

class PathField;

class ModelPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ModelPage(QWidget* parent = nullptr);

    bool isComplete() const override;
    ModelSource source() const;

    QRadioButton* bundleChoice() const { return m_bundleChoice; }
    QRadioButton* embeddingsChoice() const { return m_embeddingsChoice; }
    PathField* bundle() const { return m_bundle; }
    PathField* corpusEmbeddings() const { return m_corpus; }
    PathField* queryEmbeddings() const { return m_queries; }

private:
    void follow();

    QRadioButton* m_bundleChoice;
    QRadioButton* m_embeddingsChoice;
    PathField* m_bundle;
    PathField* m_corpus;
    PathField* m_queries;
};

} // namespace near2::widgets
