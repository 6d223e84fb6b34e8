#include "widgets/wizard/model_trust_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace near2::widgets {

ModelTrustDialog::ModelTrustDialog(const QString& modelFile, const QString& sha256, QWidget* parent)
    : QDialog(parent), m_sha256(sha256),
      m_remember(new QCheckBox(tr("Remember my trust in this file (by its SHA-256)"), this)),
      m_trust(new QPushButton(tr("Trust and open"), this)), m_refuse(new QPushButton(tr("Don't open"), this))
{
    setWindowTitle(tr("Trust this model's code?"));
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    auto* text = new QLabel(
        tr("<p><b>%1</b> is a TorchScript bundle. Its model.pt is a <b>program</b>: loading it runs code "
           "from the file with your rights, and that code can read, change or send your files.</p>"
           "<p>Open it only if you trust where it came from. A Hugging Face model folder (config.json and "
           "model.safetensors) is data and needs no trust.</p>")
            .arg(QDir::toNativeSeparators(modelFile).toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    text->setObjectName(QStringLiteral("trustText"));
    auto* hash = new QLabel(tr("SHA-256: %1").arg(sha256), this);
    hash->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hash->setWordWrap(true);
    m_remember->setChecked(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_trust, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_refuse, QDialogButtonBox::RejectRole);
    m_refuse->setDefault(true);
    m_refuse->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(hash);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

bool ModelTrustDialog::remember() const
{
    return m_remember->isChecked();
}

} // namespace near2::widgets
