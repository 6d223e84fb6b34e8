#include "widgets/wizard/settings_page.h"

#include "widgets/wizard/path_field.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <algorithm>

namespace near2::widgets {

SettingsPage::SettingsPage(QWidget* parent)
    : QWizardPage(parent), m_dims(new QLineEdit(this)), m_k(new QSpinBox(this)),
      m_gains(new QLineEdit(QStringLiteral("E=1,S=0.1,C=0.01,I=0"), this)),
      m_threshold(new QDoubleSpinBox(this)),
      m_project(new PathField(PathField::Mode::SaveFile, tr("NEAR² projects (*.near2)"), this))
{
    setTitle(tr("Settings"));
    setSubTitle(tr("What to evaluate, and the project file that keeps it."));
    m_dims->setPlaceholderText(tr("8,16,32,… and the full dimension"));
    m_dims->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9, ]*")), m_dims));
    m_k->setRange(1, 1000);
    m_k->setValue(10);
    m_gains->setToolTip(
        tr("Gain of each label, e.g. E=1,S=0.1,C=0.01,I=0 (numeric labels are their own gain)"));
    m_threshold->setRange(0.0, 100.0);
    m_threshold->setDecimals(3);
    m_threshold->setValue(1.0);
    m_threshold->setToolTip(tr("A product is relevant when its gain is at least this"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Dimensions"), m_dims);
    form->addRow(tr("Cutoff k"), m_k);
    form->addRow(tr("Gains"), m_gains);
    form->addRow(tr("Relevant from gain"), m_threshold);
    form->addRow(tr("Project file"), m_project);
    connect(m_project, &PathField::changed, this, &QWizardPage::completeChanged);
    connect(m_gains, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

bool SettingsPage::isComplete() const
{
    return !m_project->path().isEmpty() && !m_gains->text().trimmed().isEmpty();
}

ProjectSettings SettingsPage::settings() const
{
    ProjectSettings settings;
    for (const auto& item : m_dims->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const int dim = item.trimmed().toInt(); dim > 0)
            settings.dims.push_back(dim);
    std::sort(settings.dims.begin(), settings.dims.end());
    settings.dims.erase(std::unique(settings.dims.begin(), settings.dims.end()), settings.dims.end());
    settings.k = m_k->value();
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

} // namespace near2::widgets
