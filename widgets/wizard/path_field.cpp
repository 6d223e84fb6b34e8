#include "widgets/wizard/path_field.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace near2::widgets {

PathField::PathField(Mode mode, QString filter, QWidget* parent)
    : QWidget(parent), m_mode(mode), m_filter(std::move(filter)), m_edit(new QLineEdit(this))
{
    auto* button = new QPushButton(tr("Browse…"), this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(button);
    m_edit->setClearButtonEnabled(true);
    connect(m_edit, &QLineEdit::textChanged, this, &PathField::changed);
    connect(button, &QPushButton::clicked, this, &PathField::browse);
}

QString PathField::path() const
{
    return m_edit->text().trimmed();
}

void PathField::setPath(const QString& path)
{
    m_edit->setText(path);
}

void PathField::browse()
{
    QString chosen;
    switch (m_mode) {
    case Mode::Folder:
        chosen = QFileDialog::getExistingDirectory(this, tr("Choose a folder"), path());
        break;
    case Mode::OpenFile:
        chosen = QFileDialog::getOpenFileName(this, tr("Choose a file"), path(), m_filter);
        break;
    case Mode::SaveFile:
        chosen = QFileDialog::getSaveFileName(this, tr("Project file to create"), path(), m_filter);
        break;
    }
    if (!chosen.isEmpty())
        setPath(chosen);
}

} // namespace near2::widgets
