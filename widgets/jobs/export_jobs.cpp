#include "widgets/jobs/export_jobs.h"

#include "core/report/report_csv.h"
#include "core/session/store_writer.h"
#include "widgets/jobs/project_session.h"

#include <future>

namespace near2::jobs {

namespace {

std::filesystem::path toPath(const QString& file)
{
    return std::filesystem::path(file.toStdU16String());
}

} // namespace

ExportJobs::ExportJobs(ProjectSession* session) : QObject(session), m_session(session)
{
    for (auto* job : jobs())
        connect(job, &JobRunner::failed, this, &ExportJobs::errorOccurred);
}

std::function<ReportData(const JobControl&)> ExportJobs::reportReader(const ReportRequest& request) const
{
    const std::filesystem::path project = m_session->projectFile().toStdString();
    std::shared_future<int> written;
    if (auto* writer = m_session->writer())
        written = writer->call<int>([](ProjectStore&) { return 0; }).share();
    return [project, request, written](const JobControl& job) {
        job.report("read the project", 0, 1);
        if (written.valid())
            written.wait();
        job.checkCancelled();
        return assembleReport(project, request);
    };
}

void ExportJobs::exportPdf(const QString& file, const ReportRequest& request, PdfWriter write)
{
    if (!m_session->isOpen())
        return;
    m_pdfJob.launch<bool>(
        tr("Writing the report"),
        [read = reportReader(request), write, target = toPath(file)](const JobControl& job) {
            const ReportData data = read(job);
            job.checkCancelled();
            write(data, target, job);
            return true;
        },
        [this, file](std::shared_ptr<const bool>) { Q_EMIT exported(file); });
}

void ExportJobs::exportCsvFolder(const QString& folder, const ReportRequest& request)
{
    if (!m_session->isOpen())
        return;
    m_csvJob.launch<std::size_t>(
        tr("Writing the tables"),
        [read = reportReader(request), target = toPath(folder)](const JobControl& job) {
            const ReportData data = read(job);
            job.checkCancelled();
            job.report("write the tables", 0, 1);
            auto files = writeReportCsvFolder(target, data);
            job.checkCancelled();
            for (auto& each : files) // all written: only now do they take their names
                each->commit();
            return files.size();
        },
        [this, folder](std::shared_ptr<const std::size_t>) { Q_EMIT exported(folder); });
}

void ExportJobs::exportRanking(const QString& file, std::shared_ptr<const ProjectSnapshot> snapshot,
                               std::size_t query, std::vector<int> dims)
{
    if (!snapshot || !snapshot->latestRun)
        return;
    m_fileJob.launch<bool>(
        tr("Writing the ranking"),
        [snapshot, query, dims, target = toPath(file)](const JobControl&) {
            writeRankingCsv(target, *snapshot->latestRun, *snapshot, query, dims)->commit();
            return true;
        },
        [this, file](std::shared_ptr<const bool>) { Q_EMIT exported(file); });
}

void ExportJobs::exportFile(const QString& file, std::function<void(const std::filesystem::path&)> write)
{
    m_fileJob.launch<bool>(
        tr("Writing %1").arg(file),
        [write, target = toPath(file)](const JobControl&) {
            write(target);
            return true;
        },
        [this, file](std::shared_ptr<const bool>) { Q_EMIT exported(file); });
}

} // namespace near2::jobs
