#pragma once
// The new-project wizard's look into files, owned by the session, each read in a job (newest request of each
// kind wins), never on the GUI thread: the head of a CSV/TSV for the column-mapping preview, the dataset's
// summary (files present, splits, labels, sizes), a model folder's description (and its trust), the shapes
// of embedding files; and remembering the user's trust in a TorchScript model.
#include "core/session/csv_preview.h"
#include "core/session/dataset_inspection.h"
#include "core/session/model_inspection.h"
#include "widgets/jobs/job_runner.h"

#include <QObject>
#include <memory>
#include <vector>

namespace near2::jobs {

class FilePreviews final : public QObject
{
    Q_OBJECT
public:
    explicit FilePreviews(QObject* parent = nullptr);

    // The header and up to `rows` rows of `file` in `encoding`: csvPreviewed, or csvPreviewFailed.
    void previewCsv(const QString& file, const QString& encoding, int rows);
    void cancel() { m_csvJob.cancel(); }
    // datasetInspected, or datasetInspectionFailed (a missing file first, before anything is read).
    void inspectDataset(const DatasetSource& source);
    // modelInspected, or modelInspectionFailed.
    void inspectModel(const QString& folder);
    // embeddingsInspected, or embeddingsInspectionFailed.
    void inspectEmbeddings(const QString& catalog, const QString& queries);
    // Appends `sha256` to the trust list: modelTrusted, or trustFailed.
    void trustModel(const QString& sha256, const QString& note);

    JobRunner* csvJob() { return &m_csvJob; }
    JobRunner* datasetJob() { return &m_datasetJob; }
    JobRunner* modelJob() { return &m_modelJob; }
    JobRunner* embeddingsJob() { return &m_embeddingsJob; }
    JobRunner* trustJob() { return &m_trustJob; }
    std::vector<JobRunner*> jobs()
    {
        return {&m_csvJob, &m_datasetJob, &m_modelJob, &m_embeddingsJob, &m_trustJob};
    }

Q_SIGNALS:
    void csvPreviewed(const QString& file, std::shared_ptr<const near2::session::CsvPreview> preview);
    void csvPreviewFailed(const QString& file, const QString& message);
    void datasetInspected(std::shared_ptr<const near2::session::DatasetSummary> summary);
    void datasetInspectionFailed(const QString& message);
    void modelInspected(const QString& folder, std::shared_ptr<const near2::session::ModelInspection> model);
    void modelInspectionFailed(const QString& folder, const QString& message);
    void embeddingsInspected(std::shared_ptr<const near2::session::EmbeddingFilesShape> shape);
    void embeddingsInspectionFailed(const QString& message);
    void modelTrusted(const QString& sha256);
    void trustFailed(const QString& message);

private:
    JobRunner m_csvJob;
    JobRunner m_datasetJob;
    JobRunner m_modelJob;
    JobRunner m_embeddingsJob;
    JobRunner m_trustJob;
    QString m_file;        // of the newest CSV request
    QString m_modelFolder; // of the newest model request
};

} // namespace near2::jobs
