#include "app/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace near2::app {

namespace {
const QString kResourceFolder = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("near2_");
} // namespace

QString languageSetting()
{
    return QSettings().value(QLatin1String(kLanguageSettingsKey)).toString();
}

void setLanguageSetting(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(kLanguageSettingsKey));
    else
        settings.setValue(QLatin1String(kLanguageSettingsKey), code);
}

QLocale interfaceLocale()
{
    const QString code = languageSetting();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QStringList availableLanguages()
{
    QStringList codes{QStringLiteral("en")};
    const auto files = QDir(kResourceFolder).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const auto& file : files) {
        const QString code = file.mid(kPrefix.size()).chopped(3);
        if (!codes.contains(code))
            codes << code;
    }
    codes.sort();
    return codes;
}

void installTranslators(QCoreApplication& application)
{
    const QLocale locale = interfaceLocale();
    QLocale::setDefault(locale);
    auto* qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(&application);
    if (own->load(locale, QStringLiteral("near2"), QStringLiteral("_"), kResourceFolder))
        QCoreApplication::installTranslator(own);
}

} // namespace near2::app
