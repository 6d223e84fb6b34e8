#include "app/runs_actions.h"

#include "app/job_status_bar.h"
#include "app/run_model_trust.h"
#include "widgets/jobs/project_session.h"
#include "widgets/jobs/run_jobs.h"
#include "widgets/runs_dialog.h"
#include "widgets/wizard/add_run_dialog.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

namespace near2::app {

namespace {

bool dialogsAllowed(const QWidget* window)
{
    return window->isVisible() && !qEnvironmentVariableIsSet("NEAR2_NO_DIALOGS");
}

} // namespace

RunsActions::RunsActions(jobs::ProjectSession* session, JobStatusBar* status, QWidget* window)
    : QObject(window), m_session(session), m_status(status), m_window(window),
      m_trust(new RunModelTrust(session, status, window))
{
    auto* runs = session->runs();
    connect(runs, &jobs::RunJobs::headersChanged, this, &RunsActions::refreshDialog);
    connect(runs, &jobs::RunJobs::runAdded, this, [this](const QString& label) {
        m_status->notify(tr("Run “%1” added: choose it as A or B in the comparison bar, or show it from "
                            "Runs → Manage runs.")
                             .arg(label));
    });
    connect(runs, &jobs::RunJobs::runsAddedElsewhere, this, [this](const QStringList& labels) {
        m_status->notify(
            tr("Another process added %n run(s) to this project (%1); the views stay on their run.", nullptr,
               static_cast<int>(labels.size()))
                .arg(labels.join(QStringLiteral(", "))));
    });
}

void RunsActions::addMenu(QMenu* menu)
{
    auto* manage = menu->addAction(tr("&Manage runs…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this,
                                   &RunsActions::showDialog);
    auto* add = menu->addAction(tr("&Add run…"), this, &RunsActions::addRun);
    const auto follow = [this, manage, add] {
        manage->setEnabled(m_session->isOpen());
        add->setEnabled(m_session->isOpen());
    };
    connect(m_session, &jobs::ProjectSession::projectOpened, this, follow);
    connect(m_session, &jobs::ProjectSession::projectClosed, this, follow);
    follow();
}

widgets::RunsDialog* RunsActions::dialog()
{
    if (!m_dialog) {
        m_dialog = new widgets::RunsDialog(m_window);
        auto* runs = m_session->runs();
        connect(m_dialog, &widgets::RunsDialog::showRequested, runs, &jobs::RunJobs::show);
        connect(m_dialog, &widgets::RunsDialog::renameRequested, runs, &jobs::RunJobs::rename);
        connect(m_dialog, &widgets::RunsDialog::deleteRequested, this, &RunsActions::confirmDelete);
        connect(m_dialog, &widgets::RunsDialog::addRequested, this, &RunsActions::addRun);
        refreshDialog();
    }
    return m_dialog;
}

void RunsActions::showDialog()
{
    dialog()->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void RunsActions::refreshDialog()
{
    if (!m_dialog)
        return;
    const auto snapshot = m_session->snapshot();
    m_dialog->setRuns(m_session->runs()->headers(),
                      snapshot && snapshot->latestRun ? snapshot->latestRun->id : 0);
}

void RunsActions::confirmDelete(std::int64_t id)
{
    if (id == 0)
        return;
    if (dialogsAllowed(m_window) &&
        QMessageBox::question(m_dialog ? static_cast<QWidget*>(m_dialog) : m_window, tr("Delete run"),
                              tr("Delete this run and its results from the project? This cannot be undone."),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_session->runs()->remove(id);
}

void RunsActions::addRun()
{
    if (!m_session->isOpen())
        return;
    widgets::AddRunDialog chooser(m_window);
    if (chooser.exec() != QDialog::Accepted)
        return;
    addRunOf(chooser.source(), chooser.label());
}

void RunsActions::addRunOf(const ModelSource& model, const QString& label)
{
    m_trust->add(model, label);
}

} // namespace near2::app
