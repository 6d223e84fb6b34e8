#pragma once
// File → New project: dataset, model, settings; the accepted wizard's setup() goes to
// ProjectSession::createProject (session::buildProject on a worker).
#include "core/session/project_builder.h"

#include <QWizard>

namespace near2::jobs {
class FilePreviews;
}

namespace near2::widgets {

class DatasetPage;
class ModelPage;
class SettingsPage;

class NewProjectWizard final : public QWizard
{
    Q_OBJECT
public:
    // `previews` reads the files the analyst names (the session's: no I/O on the GUI thread).
    explicit NewProjectWizard(jobs::FilePreviews* previews, QWidget* parent = nullptr);

    session::ProjectSetup setup() const;
    DatasetPage* datasetPage() const { return m_dataset; }
    ModelPage* modelPage() const { return m_model; }
    SettingsPage* settingsPage() const { return m_settings; }

private:
    DatasetPage* m_dataset;
    ModelPage* m_model;
    SettingsPage* m_settings;
};

} // namespace near2::widgets
