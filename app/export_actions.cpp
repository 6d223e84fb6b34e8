#include "app/export_actions.h"

#include "core/report/report_csv.h"
#include "core/report/report_data.h"
#include "widgets/analysis_state.h"
#include "widgets/jobs/job_runner.h"
#include "widgets/jobs/project_session.h"
#include "widgets/report/pdf_export.h"

#include <QDir>
#include <QFileDialog>
#include <QMenu>

namespace near2::app {

namespace {

std::filesystem::path toPath(const QString& file)
{
    return std::filesystem::path(file.toStdU16String());
}

} // namespace

ExportActions::ExportActions(widgets::AnalysisState* state, jobs::ProjectSession* session,
                             QWidget* dialogParent)
    : QObject(dialogParent), m_state(state), m_session(session), m_dialogParent(dialogParent),
      m_pdfJob(new jobs::JobRunner(this)), m_csvJob(new jobs::JobRunner(this))
{
    for (auto* job : {m_pdfJob, m_csvJob})
        connect(job, &jobs::JobRunner::failed, this, &ExportActions::errorOccurred);
    connect(m_state, &widgets::AnalysisState::snapshotChanged, this, &ExportActions::updateEnabled);
    connect(m_state, &widgets::AnalysisState::selectedQueryChanged, this, &ExportActions::updateEnabled);
}

ExportActions::~ExportActions() = default;

void ExportActions::addMenu(QMenu* menu)
{
    auto* submenu = menu->addMenu(tr("&Export"));
    m_pdf = submenu->addAction(tr("&Report (PDF)…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        const QString file = QFileDialog::getSaveFileName(m_dialogParent, tr("Export report"), QString(),
                                                          tr("PDF documents (*.pdf)"));
        if (!file.isEmpty())
            exportPdf(file);
    });
    m_csv = submenu->addAction(tr("&Tables (CSV folder)…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(m_dialogParent, tr("Export tables into"));
        if (!folder.isEmpty())
            exportCsvFolder(folder);
    });
    m_ranking = submenu->addAction(tr("Current query &ranking (CSV)…"), this, [this] {
        const QString file = QFileDialog::getSaveFileName(m_dialogParent, tr("Export ranking"), QString(),
                                                          tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            exportRanking(file);
    });
    updateEnabled();
}

void ExportActions::updateEnabled()
{
    const bool run = m_session->isOpen() && m_state->hasRun();
    for (auto* action : {m_pdf, m_csv})
        if (action)
            action->setEnabled(run);
    if (m_ranking)
        m_ranking->setEnabled(run && m_state->selectedQuery() >= 0);
}

bool ExportActions::checkProject()
{
    if (m_session->isOpen() && m_state->hasRun() && !m_state->dims().empty())
        return true;
    Q_EMIT errorOccurred(tr("Open a project with an evaluated run first."));
    return false;
}

ReportRequest ExportActions::request() const
{
    ReportRequest request;
    request.currentDim = m_state->currentDim();
    request.referenceDim = m_state->referenceDim();
    request.metric = m_state->run()->result.columns[static_cast<std::size_t>(m_state->metricColumn())];
    return request;
}

void ExportActions::exportPdf(const QString& file)
{
    if (!checkProject())
        return;
    const auto project = toPath(m_session->projectFile());
    const auto options = request();
    m_pdfJob->launch<ReportData>(
        tr("Assembling the report"),
        [project, options](const JobControl&) { return assembleReport(project, options); },
        [this, file](std::shared_ptr<const ReportData> data) {
            try {
                report::exportPdfReport(*data, toPath(file)); // paints the charts: GUI thread
            } catch (...) {
                Q_EMIT errorOccurred(jobs::describeException(std::current_exception()));
                return;
            }
            Q_EMIT exported(file);
        });
}

void ExportActions::exportCsvFolder(const QString& folder)
{
    if (!checkProject())
        return;
    const auto project = toPath(m_session->projectFile());
    const auto options = request();
    const auto target = toPath(folder);
    m_csvJob->launch<std::size_t>(
        tr("Writing the tables"),
        [project, options, target](const JobControl& job) {
            const ReportData data = assembleReport(project, options);
            job.checkCancelled();
            auto files = writeReportCsvFolder(target, data.runs, data.snapshot);
            job.checkCancelled();
            for (auto& each : files) // all written: only now do they take their names
                each->commit();
            return files.size();
        },
        [this, folder](std::shared_ptr<const std::size_t>) { Q_EMIT exported(folder); });
}

void ExportActions::exportRanking(const QString& file)
{
    if (!checkProject())
        return;
    const int query = m_state->selectedQuery();
    if (query < 0) {
        Q_EMIT errorOccurred(tr("Select a query first."));
        return;
    }
    try {
        auto out = writeRankingCsv(toPath(file), *m_state->run(), *m_state->snapshot(),
                                   static_cast<std::size_t>(query),
                                   {m_state->currentDim(), m_state->referenceDim()});
        out->commit();
    } catch (...) {
        Q_EMIT errorOccurred(jobs::describeException(std::current_exception()));
        return;
    }
    Q_EMIT exported(file);
}

} // namespace near2::app
