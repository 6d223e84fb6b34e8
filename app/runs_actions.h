#pragma once
// The Runs menu: the runs dialog (show, rename, delete) and Add run…, acted on through the session's run
// jobs; announces runs added here or by another process in the status bar, without switching the views to
// them.
#include "core/store/project_data.h"

#include <QObject>
#include <cstdint>

class QMenu;
class QWidget;

namespace near2::jobs {
class ProjectSession;
} // namespace near2::jobs
namespace near2::widgets {
class RunsDialog;
} // namespace near2::widgets

namespace near2::app {

class JobStatusBar;
class RunModelTrust;

class RunsActions final : public QObject
{
    Q_OBJECT
public:
    RunsActions(jobs::ProjectSession* session, JobStatusBar* status, QWidget* window);

    void addMenu(QMenu* menu);
    widgets::RunsDialog* dialog(); // created on first use
    void showDialog();
    void addRun();
    // What Add run… does once a model and a name are chosen: a TorchScript bundle is trusted first.
    void addRunOf(const ModelSource& model, const QString& label);
    void confirmDelete(std::int64_t id);

private:
    void refreshDialog();

    jobs::ProjectSession* m_session;
    JobStatusBar* m_status;
    QWidget* m_window;
    RunModelTrust* m_trust;
    widgets::RunsDialog* m_dialog = nullptr;
};

} // namespace near2::app
