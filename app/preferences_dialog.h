#pragma once
#include <QDialog>

class QComboBox;

namespace near2::app {

// Edit → Preferences: the interface language (system default or one of availableLanguages()). The choice is
// saved in QSettings and applies at the next start; the dialog says so.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    QComboBox* languageBox() const { return m_language; }
    void accept() override;

private:
    QComboBox* m_language;
};

} // namespace near2::app
