#pragma once
// File → New project: dataset, model, settings, each validated as it is filled (files read in the session's
// jobs). Create builds the project here, with progress; the wizard's Cancel button then cancels the build
// (the core's cancellation flag: no project file is left behind). A failed or cancelled build keeps the
// wizard open with every field as it was; a finished one closes it (the session has opened the project).
#include "core/session/project_builder.h"

#include <QWizard>

namespace near2::jobs {
class ProjectSession;
}

namespace near2::widgets {

class DatasetPage;
class ModelPage;
class SettingsPage;

class NewProjectWizard final : public QWizard
{
    Q_OBJECT
public:
    explicit NewProjectWizard(jobs::ProjectSession* session, QWidget* parent = nullptr);

    session::ProjectSetup setup() const;
    bool isBuilding() const { return m_building; }
    DatasetPage* datasetPage() const { return m_dataset; }
    ModelPage* modelPage() const { return m_model; }
    SettingsPage* settingsPage() const { return m_settings; }

    void done(int result) override;

protected:
    void initializePage(int id) override;

private:
    void startBuild();
    void buildEnded(const QString& message, bool error);

    jobs::ProjectSession* m_session;
    DatasetPage* m_dataset;
    ModelPage* m_model;
    SettingsPage* m_settings;
    bool m_building = false;
};

} // namespace near2::widgets
