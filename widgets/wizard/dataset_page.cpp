#include "widgets/wizard/dataset_page.h"

#include "core/session/dataset_files.h"
#include "widgets/jobs/file_previews.h"
#include "widgets/wizard/csv_mapping_widget.h"
#include "widgets/wizard/path_field.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace near2::widgets {

DatasetPage::DatasetPage(jobs::FilePreviews* previews, QWidget* parent)
    : QWizardPage(parent), m_format(new QComboBox(this)), m_stack(new QStackedWidget(this)),
      m_beir(new PathField(PathField::Mode::Folder, {}, this)),
      m_examples(
          new PathField(PathField::Mode::OpenFile, tr("CSV/TSV files (*.csv *.tsv);;All files (*)"), this)),
      m_products(
          new PathField(PathField::Mode::OpenFile, tr("CSV/TSV files (*.csv *.tsv);;All files (*)"), this)),
      m_csv(new PathField(PathField::Mode::OpenFile, tr("CSV/TSV files (*.csv *.tsv);;All files (*)"), this)),
      m_encoding(new QComboBox(this)), m_mapping(new CsvMappingWidget(this)),
      m_previewError(new QLabel(this)), m_split(new QLineEdit(QStringLiteral("test"), this)),
      m_previews(previews), m_previewDelay(new QTimer(this))
{
    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(250);
    setTitle(tr("Dataset"));
    setSubTitle(tr("The catalog, the queries and their relevance judgements."));
    m_format->addItems({tr("BEIR folder (corpus.jsonl, queries.jsonl, qrels/)"),
                        tr("Amazon ESCI files (examples + products)"), tr("CSV/TSV with a column mapping")});

    auto* beir = new QWidget(this);
    auto* beirForm = new QFormLayout(beir);
    beirForm->addRow(tr("Folder"), m_beir);
    auto* esci = new QWidget(this);
    auto* esciForm = new QFormLayout(esci);
    esciForm->addRow(tr("Examples"), m_examples);
    esciForm->addRow(tr("Products"), m_products);
    m_stack->addWidget(beir);
    m_stack->addWidget(esci);
    m_stack->addWidget(csvPane());

    auto* top = new QFormLayout;
    top->addRow(tr("Format"), m_format);
    top->addRow(tr("Split"), m_split);
    top->addRow(tr("Encoding"), m_encoding);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_format, &QComboBox::currentIndexChanged, m_stack, &QStackedWidget::setCurrentIndex);
    for (auto* field : {m_beir, m_examples, m_products})
        connect(field, &PathField::changed, this, &QWizardPage::completeChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    connect(m_split, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_csv, &PathField::changed, m_previewDelay, qOverload<>(&QTimer::start));
    connect(m_previewDelay, &QTimer::timeout, this, &DatasetPage::refreshPreview);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &DatasetPage::refreshPreview);
    connect(m_previews, &jobs::FilePreviews::csvPreviewed, this,
            [this](const QString& file, std::shared_ptr<const session::CsvPreview> preview) {
                if (file == m_csv->path())
                    m_mapping->setPreview(*preview);
            });
    connect(m_previews, &jobs::FilePreviews::csvPreviewFailed, this,
            [this](const QString& file, const QString& message) {
                if (file != m_csv->path())
                    return;
                m_mapping->clear();
                m_previewError->setText(message);
            });
    connect(m_mapping, &CsvMappingWidget::changed, this, &QWizardPage::completeChanged);
}

QWidget* DatasetPage::csvPane()
{
    auto* pane = new QWidget(this);
    m_encoding->setToolTip(tr("Text encoding of CSV/TSV files (ESCI and mapped CSV)"));
    m_encoding->addItems({QStringLiteral("UTF-8"), QStringLiteral("ISO-8859-1"),
                          QStringLiteral("windows-1252"), QStringLiteral("UTF-16")});
    m_encoding->setEditable(true);
    m_previewError->setObjectName(QStringLiteral("previewError"));
    m_previewError->setWordWrap(true);
    m_previewError->setForegroundRole(QPalette::PlaceholderText);
    auto* form = new QFormLayout;
    form->addRow(tr("File"), m_csv);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_previewError);
    layout->addWidget(m_mapping, 1);
    return pane;
}

void DatasetPage::refreshPreview()
{
    m_previewDelay->stop();
    m_previewError->clear();
    if (m_csv->path().isEmpty()) {
        m_previews->cancel();
        m_mapping->clear();
        return;
    }
    m_previews->previewCsv(m_csv->path(), m_encoding->currentText(), 20);
}

bool DatasetPage::isComplete() const
{
    if (m_split->text().trimmed().isEmpty())
        return false;
    switch (m_format->currentIndex()) {
    case Beir:
        return !m_beir->path().isEmpty();
    case Esci:
        return !m_examples->path().isEmpty() && !m_products->path().isEmpty();
    default:
        return !m_csv->path().isEmpty() && m_mapping->isComplete();
    }
}

DatasetSource DatasetPage::source() const
{
    DatasetSource source;
    source.split = m_split->text().trimmed().toStdString();
    session::MappingSpec spec;
    spec.encoding = m_encoding->currentText().toStdString();
    switch (m_format->currentIndex()) {
    case Beir:
        source.format = "beir";
        source.paths = {m_beir->path().toStdString()};
        break;
    case Esci:
        source.format = "esci";
        source.paths = {m_examples->path().toStdString(), m_products->path().toStdString()};
        source.columnMapping = session::joinMappingSpec(spec);
        break;
    default:
        source.format = "csv";
        source.paths = {m_csv->path().toStdString()};
        spec.roles = m_mapping->mappingSpec().toStdString();
        source.columnMapping = session::joinMappingSpec(spec);
    }
    return source;
}

} // namespace near2::widgets
