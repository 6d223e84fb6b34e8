#pragma once
// File → Recent projects: the list lives in memory (read from QSettings once, at start) and is written back
// in a job, one write at a time with the newest list, because a QSettings write is file I/O and must not
// stall the GUI thread while a project opens.
#include "widgets/jobs/job_runner.h"

#include <QObject>
#include <QStringList>

namespace near2::app {

class RecentProjects final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kKept = 8;
    explicit RecentProjects(QObject* parent = nullptr);

    const QStringList& files() const { return m_files; }
    // Puts `file` first (once) and saves the list in the background.
    void add(const QString& file);

Q_SIGNALS:
    void changed();

private:
    void save();

    QStringList m_files;
    jobs::JobRunner m_saveJob;
    bool m_savePending = false; // changed while a save ran
};

} // namespace near2::app
