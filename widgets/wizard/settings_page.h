#pragma once
// Wizard page 3, the settings and the project file to create: nested dims (empty: powers of two from 8 and
// the full dim), the metric cutoff k, the label gains, the relevance threshold.
#include "core/store/project_data.h"

#include <QWizardPage>

class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace near2::widgets {

class PathField;

class SettingsPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget* parent = nullptr);

    bool isComplete() const override;
    ProjectSettings settings() const;
    QString projectFile() const;

    QLineEdit* dimsEdit() const { return m_dims; }
    PathField* projectField() const { return m_project; }

private:
    QLineEdit* m_dims;
    QSpinBox* m_k;
    QLineEdit* m_gains;
    QDoubleSpinBox* m_threshold;
    PathField* m_project;
};

} // namespace near2::widgets
