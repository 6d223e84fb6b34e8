#include "app/export_actions.h"

#include "core/report/report_data.h"
#include "widgets/analysis_state.h"
#include "widgets/jobs/export_jobs.h"
#include "widgets/jobs/project_session.h"
#include "widgets/report/pdf_export.h"

#include <QDir>
#include <QFileDialog>
#include <QMenu>

namespace near2::app {

ExportActions::ExportActions(widgets::AnalysisState* state, jobs::ProjectSession* session,
                             QWidget* dialogParent)
    : QObject(dialogParent), m_state(state), m_session(session), m_dialogParent(dialogParent)
{
    connect(session->exports(), &jobs::ExportJobs::errorOccurred, this, &ExportActions::errorOccurred);
    connect(session->exports(), &jobs::ExportJobs::exported, this, &ExportActions::exported);
    connect(m_state, &widgets::AnalysisState::snapshotChanged, this, &ExportActions::updateEnabled);
    connect(m_state, &widgets::AnalysisState::selectedQueryChanged, this, &ExportActions::updateEnabled);
}

ExportActions::~ExportActions() = default;

QMenu* ExportActions::addMenu(QMenu* menu)
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
    return submenu;
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
    if (m_session->isOpen() && m_state->hasRun() && !m_state->dims().empty()) {
        Q_EMIT aboutToExport(); // the report reads the run and the pair the views show from the project
        return true;
    }
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
    m_session->exports()->exportPdf(file, request(),
                                    [](const ReportData& data, const std::filesystem::path& target,
                                       const JobControl& job) { report::writePdfReport(data, target, job); });
}

void ExportActions::exportCsvFolder(const QString& folder)
{
    if (checkProject())
        m_session->exports()->exportCsvFolder(folder, request());
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
    m_session->exports()->exportRanking(file, m_state->sharedSnapshot(), static_cast<std::size_t>(query),
                                        {m_state->currentDim(), m_state->referenceDim()});
}

} // namespace near2::app
