#include "app/preferences_dialog.h"

#include "app/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace near2::app {

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent), m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    for (const auto& code : availableLanguages()) {
        const QLocale locale(code);
        // CLDR names "en" after its default territory ("American English"); the source language is just
        // English.
        const QString native =
            locale.language() == QLocale::English ? QStringLiteral("English") : locale.nativeLanguageName();
        m_language->addItem(tr("%1 (%2)").arg(native, QLocale::languageToString(locale.language())), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(languageSetting())));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* note = new QLabel(tr("A new language applies the next time the workbench starts."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    setLanguageSetting(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace near2::app
