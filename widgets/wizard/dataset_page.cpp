#include "widgets/wizard/dataset_page.h"

#include "core/session/dataset_files.h"
#include "widgets/jobs/file_previews.h"
#include "widgets/wizard/csv_mapping_widget.h"
#include "widgets/wizard/path_field.h"
#include "widgets/wizard/wizard_texts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

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
      m_previewError(new QLabel(this)), m_split(new QComboBox(this)), m_status(new QLabel(this)),
      m_labels(new QLabel(this)), m_previews(previews), m_previewDelay(new QTimer(this)),
      m_inspectDelay(new QTimer(this))
{
    for (auto* timer : {m_previewDelay, m_inspectDelay}) {
        timer->setSingleShot(true);
        timer->setInterval(250);
    }
    m_split->setToolTip(tr("The qrels split to evaluate: the dataset's splits are listed once it is read"));
    for (auto* label : {m_status, m_labels}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_status->setObjectName(QStringLiteral("datasetStatus"));
    m_labels->setObjectName(QStringLiteral("splitLabels"));
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
    top->addRow(tr("Encoding"), m_encoding);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    auto* splitForm = new QFormLayout;
    splitForm->addRow(tr("Split"), m_split);
    layout->addLayout(splitForm);
    layout->addWidget(m_status);
    layout->addWidget(m_labels);

    connect(m_format, &QComboBox::currentIndexChanged, m_stack, &QStackedWidget::setCurrentIndex);
    for (auto* field : {m_beir, m_examples, m_products, m_csv})
        connect(field, &PathField::changed, this, &DatasetPage::sourceEdited);
    connect(m_format, &QComboBox::currentIndexChanged, this, &DatasetPage::sourceEdited);
    connect(m_encoding, &QComboBox::currentTextChanged, this, &DatasetPage::sourceEdited);
    connect(m_mapping, &CsvMappingWidget::changed, this, &DatasetPage::sourceEdited);
    connect(m_inspectDelay, &QTimer::timeout, this, &DatasetPage::inspect);
    connect(m_split, &QComboBox::currentIndexChanged, this, &DatasetPage::showSplit);
    connect(m_previews, &jobs::FilePreviews::datasetInspected, this, &DatasetPage::adoptSummary);
    connect(m_previews, &jobs::FilePreviews::datasetInspectionFailed, this,
            [this](const QString& message) { showStatus(message, true); });
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
    return m_summary && chosenSplit() != nullptr;
}

const session::SplitSummary* DatasetPage::chosenSplit() const
{
    return m_summary ? m_summary->split(m_split->currentText().toStdString()) : nullptr;
}

void DatasetPage::sourceEdited()
{
    const bool hadSummary = m_summary != nullptr;
    m_summary.reset();
    m_previews->datasetJob()->cancel();
    m_inspectDelay->start();
    showStatus(QString(), false);
    m_labels->clear();
    Q_EMIT completeChanged();
    if (hadSummary)
        Q_EMIT summaryChanged();
}

void DatasetPage::inspect()
{
    const DatasetSource files = sourceOfFiles();
    const bool chosen = std::all_of(files.paths.begin(), files.paths.end(),
                                    [](const std::string& path) { return !path.empty(); });
    if (!chosen)
        return;
    if (files.format == "csv" && !m_mapping->isComplete()) {
        showStatus(tr("Map the columns: a query, a product id and a label are needed."), false);
        return;
    }
    showStatus(tr("Checking the dataset…"), false);
    m_previews->inspectDataset(files);
}

void DatasetPage::adoptSummary(std::shared_ptr<const session::DatasetSummary> summary)
{
    m_summary = std::move(summary);
    const QString previous = m_split->currentText();
    {
        const QSignalBlocker quiet(m_split);
        m_split->clear();
        for (const auto& split : m_summary->splits)
            m_split->addItem(QString::fromStdString(split.name));
        const QString preferred = m_split->findText(previous) >= 0 ? previous : QStringLiteral("test");
        m_split->setCurrentIndex(std::max(m_split->findText(preferred), 0));
    }
    showStatus(wizard_texts::datasetSummary(*m_summary), false);
    showSplit();
}

void DatasetPage::showSplit()
{
    const auto* split = chosenSplit();
    m_labels->setText(split ? wizard_texts::splitLabels(*split) : QString());
    Q_EMIT completeChanged();
    Q_EMIT summaryChanged();
}

void DatasetPage::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c0392b") : QString());
}

DatasetSource DatasetPage::source() const
{
    DatasetSource source = sourceOfFiles();
    source.split = m_split->currentText().toStdString();
    return source;
}

DatasetSource DatasetPage::sourceOfFiles() const
{
    DatasetSource source;
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
