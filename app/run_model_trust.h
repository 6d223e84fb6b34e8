#pragma once
// Runs → Add run… with a TorchScript bundle: its code runs inside the workbench, so it is trusted first, as
// in the new-project wizard (the model is read in a job; an untrusted one asks through ModelTrustDialog; a
// refusal adds nothing). Embedding files and Hugging Face folders, which run no code, are added at once.
#include "core/store/project_data.h"

#include <QObject>
#include <QString>
#include <memory>

class QWidget;

namespace near2::session {
struct ModelInspection;
} // namespace near2::session
namespace near2::jobs {
class ProjectSession;
} // namespace near2::jobs

namespace near2::app {

class JobStatusBar;

class RunModelTrust final : public QObject
{
    Q_OBJECT
public:
    RunModelTrust(jobs::ProjectSession* session, JobStatusBar* status, QWidget* window);

    // Adds the run (RunJobs::add) once its model may run; a newer request replaces one still waiting.
    void add(const ModelSource& model, const QString& label);

private:
    void inspected(const QString& folder, std::shared_ptr<const session::ModelInspection> model);
    void askTrust(std::shared_ptr<const session::ModelInspection> model);
    void addWaiting();

    jobs::ProjectSession* m_session;
    JobStatusBar* m_status;
    QWidget* m_window;
    ModelSource m_model; // the run waiting for its model's trust
    QString m_label;
    QString m_folder;
    QString m_rememberedHash; // waiting for the trust list to be written
};

} // namespace near2::app
