#pragma once
// Wizard page 3, the settings and the project file to create: nested dims (filled in from the model's nested
// dims), the metric cutoffs k (several, e.g. "10, 100"; the first is the views'), the label gains and the
// relevance threshold (suggested from the chosen split's labels, with the reason shown), and, once Create is
// pressed, the build's progress.
#include "core/session/dataset_inspection.h"
#include "core/store/project_data.h"

#include <QWizardPage>
#include <vector>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;

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

    // Suggestions from the other pages: a field the analyst edited keeps what they typed.
    void suggestDims(const std::vector<int>& dims);
    void suggestRelevance(const session::SplitSummary* split);

    // The build: the fields are locked while it runs; progress < 0 hides the bar.
    void setBuilding(bool building);
    void showProgress(const QString& stage, int percent);
    void showOutcome(const QString& message, bool error);

    QLineEdit* dimsEdit() const { return m_dims; }
    QLineEdit* kEdit() const { return m_k; }
    QLineEdit* gainsEdit() const { return m_gains; }
    QDoubleSpinBox* thresholdBox() const { return m_threshold; }
    QLabel* relevanceReason() const { return m_reason; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* outcomeLabel() const { return m_outcome; }
    PathField* projectField() const { return m_project; }

private:
    std::vector<int> cutoffs() const;

    QLineEdit* m_dims;
    QLineEdit* m_k;
    QLineEdit* m_gains;
    QDoubleSpinBox* m_threshold;
    QLabel* m_reason;
    PathField* m_project;
    QWidget* m_fields;
    QProgressBar* m_progress;
    QLabel* m_outcome;
    bool m_building = false;
    bool m_dimsSuggested = true, m_gainsSuggested = true; // the fields hold what was suggested (or defaults)
};

} // namespace near2::widgets
