#include "app/job_status_bar.h"

#include "widgets/jobs/job_runner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace near2::app {

JobStatusBar::JobStatusBar(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QToolButton(this)), m_noticeTimer(new QTimer(this)), m_barTimer(new QTimer(this))
{
    m_label->setObjectName(QStringLiteral("jobStatusText"));
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(kNoticeMs);
    connect(m_noticeTimer, &QTimer::timeout, this, [this] {
        m_notice.clear();
        showText();
    });
    // A job shorter than kBarDelayMs (a slider step's background work) changes the text only; the bar and
    // Cancel keep their place while hidden, so neither relayouts the window.
    m_barTimer->setSingleShot(true);
    m_barTimer->setInterval(kBarDelayMs);
    connect(m_barTimer, &QTimer::timeout, this, [this] {
        if (!m_current)
            return;
        m_bar->show();
        m_cancel->show();
    });
    for (QWidget* part : {static_cast<QWidget*>(m_bar), static_cast<QWidget*>(m_cancel)}) {
        auto policy = part->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        part->setSizePolicy(policy);
    }
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
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
    m_jobText = message;
    showText();
    m_barTimer->stop();
    m_bar->hide();
    m_cancel->hide();
}

void JobStatusBar::track(jobs::JobRunner* job)
{
    connect(job, &jobs::JobRunner::started, this, [this, job](const QString& what) {
        m_current = job;
        m_jobText = what;
        showText();
        m_bar->setValue(0);
        if (!m_bar->isVisible())
            m_barTimer->start();
    });
    connect(
        job, &jobs::JobRunner::progress, this, [this](const QString& stage, int percent, int secondsLeft) {
            m_jobText =
                secondsLeft >= 0
                    ? tr("%1: %L2% (about %Ln second(s) left)", nullptr, secondsLeft).arg(stage).arg(percent)
                    : tr("%1: %L2%").arg(stage).arg(percent);
            showText();
            m_bar->setValue(percent);
        });
    connect(job, &jobs::JobRunner::finished, this, [this] { idle(tr("Ready")); });
    connect(job, &jobs::JobRunner::cancelled, this, [this] { idle(tr("Cancelled")); });
    connect(job, &jobs::JobRunner::failed, this, [this] { idle(tr("Failed")); });
}

void JobStatusBar::notify(const QString& message)
{
    m_notice = message;
    m_noticeTimer->start();
    showText();
}

QString JobStatusBar::text() const
{
    return m_label->text();
}

bool JobStatusBar::showsProgress() const
{
    return m_bar->isVisibleTo(this) && m_cancel->isVisibleTo(this);
}

void JobStatusBar::showText()
{
    if (m_notice.isEmpty())
        m_label->setText(m_jobText);
    else if (m_current)
        m_label->setText(m_notice + QStringLiteral(" · ") + m_jobText);
    else
        m_label->setText(m_notice);
}

} // namespace near2::app
