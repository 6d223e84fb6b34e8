#pragma once
// A path line edit with a "Browse…" button opening the matching QFileDialog (folder, file to open, or file to
// save). Emits changed() on every edit.
#include <QWidget>

class QLineEdit;

namespace near2::widgets {

class PathField final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Folder, OpenFile, SaveFile };
    PathField(Mode mode, QString filter, QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    QLineEdit* edit() const { return m_edit; }

Q_SIGNALS:
    void changed();

private:
    void browse();

    Mode m_mode;
    QString m_filter;
    QLineEdit* m_edit;
};

} // namespace near2::widgets
