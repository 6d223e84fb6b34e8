#pragma once
// Wizard page 1, the dataset: a BEIR folder, ESCI files (examples + products) or a CSV with a column mapping
// (preview of its first rows, read by the session's file previews in a job once typing pauses; text
// encoding), and the qrels split to evaluate. Validated as it is filled: once typing pauses a job checks the
// files are there and reads the dataset's size, its splits (listed to choose from) and their labels; the page
// is complete only when that succeeded.
#include "core/session/dataset_inspection.h"
#include "core/store/project_data.h"

#include <QWizardPage>
#include <memory>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTimer;

namespace near2::jobs {
class FilePreviews;
}

namespace near2::widgets {

class CsvMappingWidget;
class PathField;

class DatasetPage final : public QWizardPage
{
    Q_OBJECT
public:
    enum Format { Beir = 0, Esci = 1, Csv = 2 };
    DatasetPage(jobs::FilePreviews* previews, QWidget* parent = nullptr);

    bool isComplete() const override;
    DatasetSource source() const;
    // The checked dataset (null while checking or after an error) and the chosen split's summary.
    std::shared_ptr<const session::DatasetSummary> summary() const { return m_summary; }
    const session::SplitSummary* chosenSplit() const;

    QComboBox* formatBox() const { return m_format; }
    PathField* beirFolder() const { return m_beir; }
    PathField* esciExamples() const { return m_examples; }
    PathField* esciProducts() const { return m_products; }
    PathField* csvFile() const { return m_csv; }
    QComboBox* encodingBox() const { return m_encoding; }
    CsvMappingWidget* mapping() const { return m_mapping; }
    QComboBox* splitBox() const { return m_split; }
    QLabel* statusLabel() const { return m_status; }
    // Reads the CSV's first rows again now (file or encoding changed); errors show under the mapping.
    void refreshPreview();

Q_SIGNALS:
    void summaryChanged(); // checked, or invalidated by an edit

private:
    QWidget* csvPane();
    DatasetSource sourceOfFiles() const; // without the split
    void sourceEdited();
    void inspect();
    void adoptSummary(std::shared_ptr<const session::DatasetSummary> summary);
    void showSplit();
    void showStatus(const QString& text, bool error);

    QComboBox* m_format;
    QStackedWidget* m_stack;
    PathField* m_beir;
    PathField* m_examples;
    PathField* m_products;
    PathField* m_csv;
    QComboBox* m_encoding;
    CsvMappingWidget* m_mapping;
    QLabel* m_previewError;
    QComboBox* m_split;
    QLabel* m_status;
    QLabel* m_labels;
    jobs::FilePreviews* m_previews;
    QTimer* m_previewDelay; // a path typed key by key is read once typing pauses
    QTimer* m_inspectDelay;
    std::shared_ptr<const session::DatasetSummary> m_summary;
};

} // namespace near2::widgets
