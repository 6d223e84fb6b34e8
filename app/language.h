#pragma once
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace near2::app {

// The interface language: the system's unless the analyst picked one in Preferences (QSettings key
// "ui/language", a code such as "de" or "zh_CN"; empty = follow the system). Read once at start.
inline constexpr const char* kLanguageSettingsKey = "ui/language";

QString languageSetting();
void setLanguageSetting(const QString& code);

// The locale the interface uses: the chosen language's, or the system's.
QLocale interfaceLocale();

// The languages the workbench is translated into: one per near2_<code>.qm compiled into the resources
// (translations/near2_<code>.ts), plus English, the source language. Codes, sorted.
QStringList availableLanguages();

// Installs the workbench's and Qt's own (qtbase) translators for interfaceLocale() and makes it the default
// QLocale, so numbers follow the language too. Call after QApplication exists and before any window.
void installTranslators(QCoreApplication& application);

} // namespace near2::app
