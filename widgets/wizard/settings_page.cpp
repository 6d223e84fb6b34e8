#include "widgets/wizard/settings_page.h"

#include "widgets/wizard/path_field.h"
#include "widgets/wizard/wizard_texts.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

namespace near2::widgets {

namespace {

std::vector<int> numbersIn(const QString& text)
{
    std::vector<int> numbers;
    for (const auto& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const int number = item.trimmed().toInt(); number > 0)
            numbers.push_back(number);
    return numbers;
}

QRegularExpressionValidator* listValidator(QObject* parent)
{
    return new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9, ]*")), parent);
}

} // namespace

SettingsPage::SettingsPage(QWidget* parent)
    : QWizardPage(parent), m_dims(new QLineEdit(this)), m_k(new QLineEdit(QStringLiteral("10"), this)),
      m_gains(new QLineEdit(QStringLiteral("E=1,S=0.1,C=0.01,I=0"), this)),
      m_threshold(new QDoubleSpinBox(this)), m_reason(new QLabel(this)),
      m_project(new PathField(PathField::Mode::SaveFile, tr("NEAR² projects (*.near2)"), this)),
      m_fields(new QWidget(this)), m_progress(new QProgressBar(this)), m_outcome(new QLabel(this))
{
    setTitle(tr("Settings"));
    setSubTitle(tr("What to evaluate, and the project file that keeps it."));
    m_dims->setPlaceholderText(tr("8,16,32,… and the full dimension"));
    m_dims->setValidator(listValidator(m_dims));
    m_k->setValidator(listValidator(m_k));
    m_k->setToolTip(tr("Cutoffs k of the metrics, e.g. 10, 100; the first is the one the views show"));
    m_gains->setToolTip(
        tr("Gain of each label, e.g. E=1,S=0.1,C=0.01,I=0 (numeric labels are their own gain)"));
    m_threshold->setRange(0.0, 100.0);
    m_threshold->setDecimals(3);
    m_threshold->setValue(1.0);
    m_threshold->setToolTip(tr("A product is relevant when its gain is at least this"));
    m_reason->setObjectName(QStringLiteral("relevanceReason"));
    m_reason->setWordWrap(true);
    m_outcome->setObjectName(QStringLiteral("buildOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setVisible(false);
    auto* form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Dimensions"), m_dims);
    form->addRow(tr("Cutoffs k"), m_k);
    form->addRow(tr("Gains"), m_gains);
    form->addRow(tr("Relevant from gain"), m_threshold);
    form->addRow(QString(), m_reason);
    form->addRow(tr("Project file"), m_project);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addWidget(m_outcome);
    connect(m_project, &PathField::changed, this, &QWizardPage::completeChanged);
    connect(m_k, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_gains, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_dims, &QLineEdit::textEdited, this, [this] { m_dimsSuggested = false; });
    connect(m_gains, &QLineEdit::textEdited, this, [this] { m_gainsSuggested = false; });
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this] { m_gainsSuggested = false; });
}

void SettingsPage::suggestDims(const std::vector<int>& dims)
{
    if (!m_dimsSuggested)
        return;
    m_dims->setText(wizard_texts::dimsList(dims));
}

void SettingsPage::suggestRelevance(const session::SplitSummary* split)
{
    if (!split) {
        m_reason->clear();
        return;
    }
    const auto suggestion = session::suggestRelevance(*split);
    const QString labels = wizard_texts::splitLabels(*split);
    if (!m_gainsSuggested) {
        m_reason->setText(labels + QLatin1Char('\n') +
                          tr("Suggested: %1").arg(wizard_texts::relevanceReason(suggestion)));
        return;
    }
    if (!suggestion.gains.empty())
        m_gains->setText(QString::fromStdString(suggestion.gains));
    if (suggestion.basis != session::RelevanceSuggestion::Basis::Unknown) {
        const QSignalBlocker quiet(m_threshold);
        m_threshold->setValue(suggestion.threshold);
    }
    m_reason->setText(labels + QLatin1Char('\n') + wizard_texts::relevanceReason(suggestion));
}

std::vector<int> SettingsPage::cutoffs() const
{
    std::vector<int> ks;
    for (const int k : numbersIn(m_k->text()))
        if (std::find(ks.begin(), ks.end(), k) == ks.end())
            ks.push_back(k);
    return ks;
}

bool SettingsPage::isComplete() const
{
    const auto ks = cutoffs();
    return !m_building && !m_project->path().isEmpty() && !m_gains->text().trimmed().isEmpty() &&
           !ks.empty() && std::all_of(ks.begin(), ks.end(), [](int k) { return k <= 10000; });
}

ProjectSettings SettingsPage::settings() const
{
    ProjectSettings settings;
    settings.dims = numbersIn(m_dims->text());
    std::sort(settings.dims.begin(), settings.dims.end());
    settings.dims.erase(std::unique(settings.dims.begin(), settings.dims.end()), settings.dims.end());
    const auto ks = cutoffs();
    settings.k = ks.empty() ? 10 : ks.front();
    settings.moreK.assign(ks.begin() + (ks.empty() ? 0 : 1), ks.end());
    settings.gains = m_gains->text().trimmed().toStdString();
    settings.relevantThreshold = m_threshold->value();
    return settings;
}

QString SettingsPage::projectFile() const
{
    QString file = m_project->path();
    if (!file.isEmpty() && !file.endsWith(QStringLiteral(".near2")))
        file += QStringLiteral(".near2");
    return file;
}

void SettingsPage::setBuilding(bool building)
{
    m_building = building;
    m_fields->setEnabled(!building);
    m_progress->setVisible(building);
    if (building) {
        m_progress->setRange(0, 0);
        m_outcome->setStyleSheet(QString());
        m_outcome->setText(tr("Building the project…"));
    }
    Q_EMIT completeChanged();
}

void SettingsPage::showProgress(const QString& stage, int percent)
{
    if (percent >= 0)
        m_progress->setRange(0, 100);
    m_progress->setValue(std::max(percent, 0));
    m_outcome->setText(tr("Building the project: %1").arg(stage));
}

void SettingsPage::showOutcome(const QString& message, bool error)
{
    m_outcome->setText(message);
    m_outcome->setStyleSheet(error ? QStringLiteral("color: #c0392b") : QString());
}

} // namespace near2::widgets
