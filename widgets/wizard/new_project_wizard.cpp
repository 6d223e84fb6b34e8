#include "widgets/wizard/new_project_wizard.h"

#include "widgets/jobs/project_session.h"
#include "widgets/wizard/dataset_page.h"
#include "widgets/wizard/model_page.h"
#include "widgets/wizard/settings_page.h"

namespace near2::widgets {

namespace {

const QList<QWizard::WizardButton> kButtons{QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                                            QWizard::FinishButton, QWizard::CancelButton};
const QList<QWizard::WizardButton> kBuildingButtons{QWizard::Stretch, QWizard::CancelButton};

} // namespace

NewProjectWizard::NewProjectWizard(jobs::ProjectSession* session, QWidget* parent)
    : QWizard(parent), m_session(session), m_dataset(new DatasetPage(session->previews(), this)),
      m_model(new ModelPage(session->previews(), this)), m_settings(new SettingsPage(this))
{
    setWindowTitle(tr("New project"));
    setWizardStyle(QWizard::ModernStyle);
    addPage(m_dataset);
    addPage(m_model);
    addPage(m_settings);
    setButtonText(QWizard::FinishButton, tr("Create"));
    setButtonLayout(kButtons);
    resize(760, 620);
    connect(m_dataset, &DatasetPage::summaryChanged, this,
            [this] { m_model->setDatasetSummary(m_dataset->summary()); });

    auto* job = m_session->projectJob();
    connect(job, &jobs::JobRunner::progress, this, [this](const QString& stage, int percent, int) {
        if (m_building)
            m_settings->showProgress(stage, percent);
    });
    connect(job, &jobs::JobRunner::failed, this, [this](const QString& message) {
        if (m_building)
            buildEnded(tr("The project was not built: %1").arg(message), true);
    });
    connect(job, &jobs::JobRunner::cancelled, this, [this] {
        if (m_building)
            buildEnded(tr("Cancelled: no project file was written. Every field is as you left it."), false);
    });
    connect(m_session, &jobs::ProjectSession::projectOpened, this, [this] {
        if (!m_building)
            return;
        m_building = false;
        QWizard::done(QDialog::Accepted);
    });
}

void NewProjectWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (page(id) == m_model)
        m_model->setDatasetSummary(m_dataset->summary());
    if (page(id) == m_settings) {
        m_settings->suggestDims(m_model->suggestedDims());
        m_settings->suggestRelevance(m_dataset->chosenSplit());
    }
}

session::ProjectSetup NewProjectWizard::setup() const
{
    session::ProjectSetup setup;
    setup.projectFile = m_settings->projectFile().toStdString();
    setup.dataset = m_dataset->source();
    setup.model = m_model->source();
    setup.settings = m_settings->settings();
    return setup;
}

void NewProjectWizard::done(int result)
{
    if (m_building) {
        if (result == QDialog::Rejected) // Cancel during the build cancels the build, not the wizard
            m_session->projectJob()->cancel();
        return;
    }
    if (result == QDialog::Accepted) {
        if (validateCurrentPage() && currentPage() == m_settings)
            startBuild();
        return;
    }
    QWizard::done(result);
}

void NewProjectWizard::startBuild()
{
    m_building = true;
    m_settings->setBuilding(true);
    setButtonLayout(kBuildingButtons);
    setButtonText(QWizard::CancelButton, tr("Cancel build"));
    m_session->createProject(setup(), jobs::ProjectSession::ErrorsShownByCaller);
}

void NewProjectWizard::buildEnded(const QString& message, bool error)
{
    m_building = false;
    m_settings->setBuilding(false);
    setButtonLayout(kButtons);
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    m_settings->showOutcome(message, error);
}

} // namespace near2::widgets
