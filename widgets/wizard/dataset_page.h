#pragma once
// Wizard page 1, the dataset: a BEIR folder, ESCI files (examples + products) or a CSV with a column mapping
// (preview of its first rows, read by the session's file previews in a job once typing pauses; text
// encoding), and the qrels split to evaluate.
#include "core/store/project_data.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
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

    QComboBox* formatBox() const { return m_format; }
    PathField* beirFolder() const { return m_beir; }
    PathField* esciExamples() const { return m_examples; }
    PathField* esciProducts() const { return m_products; }
    PathField* csvFile() const { return m_csv; }
    QComboBox* encodingBox() const { return m_encoding; }
    CsvMappingWidget* mapping() const { return m_mapping; }
    // Reads the CSV's first rows again now (file or encoding changed); errors show under the mapping.
    void refreshPreview();

private:
    QWidget* csvPane();

    QComboBox* m_format;
    QStackedWidget* m_stack;
    PathField* m_beir;
    PathField* m_examples;
    PathField* m_products;
    PathField* m_csv;
    QComboBox* m_encoding;
    CsvMappingWidget* m_mapping;
    QLabel* m_previewError;
    QLineEdit* m_split;
    jobs::FilePreviews* m_previews;
    QTimer* m_previewDelay; // a path typed key by key is read once typing pauses
};

} // namespace near2::widgets
