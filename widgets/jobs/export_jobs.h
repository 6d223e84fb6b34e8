#pragma once
// File → Export's background work, owned by the session: the PDF report, the CSV tables, the selected query's
// ranking and chart images, each written in a job (progress, cancel; a newer export of the same kind wins)
// through a temporary file renamed into place, so a failure leaves no partial file. Exports that read the
// project wait for the writes queued before them, so they hold every change the analyst made.
#include "core/report/report_data.h"
#include "core/store/project_data.h"
#include "widgets/jobs/job_runner.h"

#include <QObject>
#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

namespace near2::jobs {

class ProjectSession;

// Writes the PDF report of the data to a file, in the job (widgets/report provides it: the jobs library does
// not link the report's drawing).
using PdfWriter = std::function<void(const ReportData&, const std::filesystem::path&, const JobControl&)>;

class ExportJobs final : public QObject
{
    Q_OBJECT
public:
    explicit ExportJobs(ProjectSession* session);

    void exportPdf(const QString& file, const ReportRequest& request, PdfWriter write);
    void exportCsvFolder(const QString& folder, const ReportRequest& request);
    // Query `query` of `snapshot`'s run at `dims`, as CSV.
    void exportRanking(const QString& file, std::shared_ptr<const ProjectSnapshot> snapshot,
                       std::size_t query, std::vector<int> dims);
    // Anything already in memory (a chart's image) written by `write` to `file` in a job.
    void exportFile(const QString& file, std::function<void(const std::filesystem::path&)> write);

    JobRunner* pdfJob() { return &m_pdfJob; }
    JobRunner* csvJob() { return &m_csvJob; }
    JobRunner* fileJob() { return &m_fileJob; }
    std::vector<JobRunner*> jobs() { return {&m_pdfJob, &m_csvJob, &m_fileJob}; }

Q_SIGNALS:
    void exported(const QString& path);
    void errorOccurred(const QString& message);

private:
    // The project's report data, read once the writes queued so far have run.
    std::function<ReportData(const JobControl&)> reportReader(const ReportRequest& request) const;

    ProjectSession* m_session;
    JobRunner m_pdfJob;
    JobRunner m_csvJob;
    JobRunner m_fileJob;
};

} // namespace near2::jobs
