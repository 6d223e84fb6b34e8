#pragma once
// The new-project wizard's look into files, owned by the session: the head of a CSV/TSV for the
// column-mapping preview, read in a job (newest request wins), never on the GUI thread.
#include "core/session/csv_preview.h"
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

    JobRunner* csvJob() { return &m_csvJob; }
    std::vector<JobRunner*> jobs() { return {&m_csvJob}; }

Q_SIGNALS:
    void csvPreviewed(const QString& file, std::shared_ptr<const near2::session::CsvPreview> preview);
    void csvPreviewFailed(const QString& file, const QString& message);

private:
    JobRunner m_csvJob;
    QString m_file; // of the newest request
};

} // namespace near2::jobs
