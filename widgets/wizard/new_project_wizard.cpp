#include "widgets/wizard/new_project_wizard.h"

#include "widgets/wizard/dataset_page.h"
#include "widgets/wizard/model_page.h"
#include "widgets/wizard/settings_page.h"

namespace near2::widgets {

NewProjectWizard::NewProjectWizard(jobs::FilePreviews* previews, QWidget* parent)
    : QWizard(parent), m_dataset(new DatasetPage(previews, this)), m_model(new ModelPage(this)),
      m_settings(new SettingsPage(this))
{
    setWindowTitle(tr("New project"));
    setWizardStyle(QWizard::ModernStyle);
    addPage(m_dataset);
    addPage(m_model);
    addPage(m_settings);
    setButtonText(QWizard::FinishButton, tr("Create"));
    resize(760, 620);
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

} // namespace near2::widgets
