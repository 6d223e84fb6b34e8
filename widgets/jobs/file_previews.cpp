#include "widgets/jobs/file_previews.h"

namespace near2::jobs {

FilePreviews::FilePreviews(QObject* parent) : QObject(parent)
{
    connect(&m_csvJob, &JobRunner::failed, this,
            [this](const QString& message) { Q_EMIT csvPreviewFailed(m_file, message); });
}

void FilePreviews::previewCsv(const QString& file, const QString& encoding, int rows)
{
    m_file = file;
    m_csvJob.launch<session::CsvPreview>(
        tr("Reading %1").arg(file),
        [path = std::filesystem::path(file.toStdU16String()), encoding = encoding.toStdString(),
         rows](const JobControl&) {
            return session::previewCsv(path, encoding, static_cast<std::size_t>(std::max(rows, 0)));
        },
        [this, file](std::shared_ptr<const session::CsvPreview> preview) {
            Q_EMIT csvPreviewed(file, std::move(preview));
        });
}

} // namespace near2::jobs
