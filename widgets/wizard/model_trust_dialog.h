#pragma once
// Asks for explicit trust before a TorchScript bundle is opened: its model.pt is a program that runs with the
// user's rights when it is loaded (core/encoder/model_trust.h). Says so, shows the file and its SHA-256, and
// defaults to not opening it. Accepted with "remember" checked, the caller adds the file's hash to the trust
// list (a job: FilePreviews::trustModel); unchecked, it is trusted for this session only. Hugging Face
// folders are data and never ask.
#include <QDialog>

class QCheckBox;
class QPushButton;

namespace near2::widgets {

class ModelTrustDialog final : public QDialog
{
    Q_OBJECT
public:
    ModelTrustDialog(const QString& modelFile, const QString& sha256, QWidget* parent = nullptr);

    QString sha256() const { return m_sha256; }
    bool remember() const;
    QPushButton* trustButton() const { return m_trust; }
    QPushButton* refuseButton() const { return m_refuse; }

private:
    QString m_sha256;
    QCheckBox* m_remember;
    QPushButton* m_trust;
    QPushButton* m_refuse;
};

} // namespace near2::widgets
