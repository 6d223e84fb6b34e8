#include "widgets/jobs/file_previews.h"

#include "core/encoder/model_trust.h"

namespace near2::jobs {

namespace {

std::filesystem::path pathOf(const QString& file)
{
    return std::filesystem::path(file.toStdU16String());
}

} // namespace

FilePreviews::FilePreviews(QObject* parent) : QObject(parent)
{
    connect(&m_csvJob, &JobRunner::failed, this,
            [this](const QString& message) { Q_EMIT csvPreviewFailed(m_file, message); });
    connect(&m_datasetJob, &JobRunner::failed, this, &FilePreviews::datasetInspectionFailed);
    connect(&m_modelJob, &JobRunner::failed, this,
            [this](const QString& message) { Q_EMIT modelInspectionFailed(m_modelFolder, message); });
    connect(&m_embeddingsJob, &JobRunner::failed, this, &FilePreviews::embeddingsInspectionFailed);
    connect(&m_trustJob, &JobRunner::failed, this, &FilePreviews::trustFailed);
}

void FilePreviews::previewCsv(const QString& file, const QString& encoding, int rows)
{
    m_file = file;
    m_csvJob.launch<session::CsvPreview>(
        tr("Reading %1").arg(file),
        [path = pathOf(file), encoding = encoding.toStdString(), rows](const JobControl&) {
            return session::previewCsv(path, encoding, static_cast<std::size_t>(std::max(rows, 0)));
        },
        [this, file](std::shared_ptr<const session::CsvPreview> preview) {
            Q_EMIT csvPreviewed(file, std::move(preview));
        });
}

void FilePreviews::inspectDataset(const DatasetSource& source)
{
    m_datasetJob.launch<session::DatasetSummary>(
        tr("Checking the dataset"),
        [source](const JobControl& job) { return session::inspectDataset(source, job); },
        [this](std::shared_ptr<const session::DatasetSummary> summary) {
            Q_EMIT datasetInspected(std::move(summary));
        });
}

void FilePreviews::inspectModel(const QString& folder)
{
    m_modelFolder = folder;
    m_modelJob.launch<session::ModelInspection>(
        tr("Reading the model %1").arg(folder),
        [path = pathOf(folder)](const JobControl&) { return session::inspectModel(path); },
        [this, folder](std::shared_ptr<const session::ModelInspection> model) {
            Q_EMIT modelInspected(folder, std::move(model));
        });
}

void FilePreviews::inspectEmbeddings(const QString& catalog, const QString& queries)
{
    m_embeddingsJob.launch<session::EmbeddingFilesShape>(
        tr("Checking the embeddings"),
        [catalog = pathOf(catalog), queries = pathOf(queries)](const JobControl&) {
            return session::inspectEmbeddingFiles(catalog, queries);
        },
        [this](std::shared_ptr<const session::EmbeddingFilesShape> shape) {
            Q_EMIT embeddingsInspected(std::move(shape));
        });
}

void FilePreviews::trustModel(const QString& sha256, const QString& note)
{
    m_trustJob.launch<bool>(
        tr("Remembering the trusted model"),
        [sha = sha256.toStdString(), note = note.toStdString()](const JobControl&) {
            rememberTrustedModelCode(sha, note);
            return true;
        },
        [this, sha256](std::shared_ptr<const bool>) { Q_EMIT modelTrusted(sha256); });
}

} // namespace near2::jobs
