#include "app/recent_projects.h"

#include <QSettings>
#include <utility>

namespace near2::app {

namespace {

const QString kKey = QStringLiteral("recentProjects");

} // namespace

RecentProjects::RecentProjects(QObject* parent)
    : QObject(parent), m_files(QSettings().value(kKey).toStringList())
{
    const auto saveAgain = [this] {
        if (std::exchange(m_savePending, false))
            save();
    };
    connect(&m_saveJob, &jobs::JobRunner::finished, this, saveAgain);
    connect(&m_saveJob, &jobs::JobRunner::failed, this, saveAgain);
    connect(&m_saveJob, &jobs::JobRunner::cancelled, this, saveAgain);
}

void RecentProjects::add(const QString& file)
{
    m_files.removeAll(file);
    m_files.prepend(file);
    m_files = m_files.mid(0, kKept);
    Q_EMIT changed();
    save();
}

void RecentProjects::save()
{
    if (m_saveJob.isRunning()) { // one write at a time, so an older list never lands last
        m_savePending = true;
        return;
    }
    m_saveJob.launch<bool>(
        QString(), // not shown: the status bar does not track this job
        [files = m_files](const JobControl&) {
            QSettings().setValue(kKey, files); // written when this QSettings goes
            return true;
        },
        [](std::shared_ptr<const bool>) {});
}

} // namespace near2::app
