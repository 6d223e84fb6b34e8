#include "app/job_status_bar.h"

#include "widgets/jobs/job_runner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace near2::app {

JobStatusBar::JobStatusBar(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    m_bar->setMaximumWidth(200);
    m_bar->setRange(0, 100);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_current)
            m_current->cancel();
    });
    idle({});
}

void JobStatusBar::idle(const QString& message)
{
    m_current = nullptr;
    m_label->setText(message);
    m_bar->hide();
    m_cancel->hide();
}

void JobStatusBar::track(jobs::JobRunner* job)
{
    connect(job, &jobs::JobRunner::started, this, [this, job](const QString& what) {
        m_current = job;
        m_label->setText(what);
        m_bar->setValue(0);
        m_bar->show();
        m_cancel->show();
    });
    connect(
        job, &jobs::JobRunner::progress, this, [this](const QString& stage, int percent, int secondsLeft) {
            m_label->setText(
                secondsLeft >= 0
                    ? tr("%1: %L2% (about %Ln second(s) left)", nullptr, secondsLeft).arg(stage).arg(percent)
                    : tr("%1: %L2%").arg(stage).arg(percent));
            m_bar->setValue(percent);
        });
    connect(job, &jobs::JobRunner::finished, this, [this] { idle(tr("Ready")); });
    connect(job, &jobs::JobRunner::cancelled, this, [this] { idle(tr("Cancelled")); });
    connect(job, &jobs::JobRunner::failed, this, [this] { idle(tr("Failed")); });
}

} // namespace near2::app
