#include "app/run_model_trust.h"

#include "app/job_status_bar.h"
#include "core/encoder/model_trust.h"
#include "core/session/model_inspection.h"
#include "widgets/jobs/file_previews.h"
#include "widgets/jobs/project_session.h"
#include "widgets/jobs/run_jobs.h"
#include "widgets/wizard/model_trust_dialog.h"

namespace near2::app {

RunModelTrust::RunModelTrust(jobs::ProjectSession* session, JobStatusBar* status, QWidget* window)
    : QObject(window), m_session(session), m_status(status), m_window(window)
{
    auto* previews = session->previews();
    connect(previews, &jobs::FilePreviews::modelInspected, this, &RunModelTrust::inspected);
    connect(previews, &jobs::FilePreviews::modelInspectionFailed, this, [this](const QString& folder) {
        if (folder == m_folder)
            addWaiting(); // the run's own job reads the folder again and reports what is wrong with it
    });
    connect(previews, &jobs::FilePreviews::modelTrusted, this, [this](const QString& sha256) {
        if (!m_rememberedHash.isEmpty() && sha256 == m_rememberedHash)
            addWaiting();
    });
    connect(previews, &jobs::FilePreviews::trustFailed, this, [this](const QString& message) {
        if (m_rememberedHash.isEmpty())
            return;
        m_rememberedHash.clear();
        m_folder.clear();
        m_status->notify(tr("Run not added: %1").arg(message));
    });
}

void RunModelTrust::add(const ModelSource& model, const QString& label)
{
    m_model = model;
    m_label = label;
    m_rememberedHash.clear();
    if (model.kind != "bundle" || model.paths.empty()) {
        addWaiting();
        return;
    }
    m_folder = QString::fromStdString(model.paths.front());
    m_session->previews()->inspectModel(m_folder);
}

void RunModelTrust::inspected(const QString& folder, std::shared_ptr<const session::ModelInspection> model)
{
    if (folder != m_folder)
        return; // the wizard's, or an older request's
    if (model->trusted)
        addWaiting();
    else
        askTrust(std::move(model));
}

void RunModelTrust::askTrust(std::shared_ptr<const session::ModelInspection> model)
{
    auto* dialog = new widgets::ModelTrustDialog(QString::fromStdString(model->description.weights.string()),
                                                 QString::fromStdString(model->sha256), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString folder = m_folder;
    connect(dialog, &QDialog::finished, this, [this, dialog, folder, model](int result) {
        if (folder != m_folder)
            return; // another run was asked for meanwhile
        if (result != QDialog::Accepted) {
            m_folder.clear();
            m_status->notify(tr("Run not added: the bundle's code is not trusted."));
            return;
        }
        if (dialog->remember()) {
            m_rememberedHash = dialog->sha256();
            m_session->previews()->trustModel(m_rememberedHash, folder);
        } else {
            trustModelCodeInProcess(model->sha256);
            addWaiting();
        }
    });
    dialog->open();
}

void RunModelTrust::addWaiting()
{
    m_folder.clear();
    m_rememberedHash.clear();
    m_session->runs()->add(m_model, m_label);
}

} // namespace near2::app
