#include "widgets/state_follower.h"

#include <QTimer>

namespace near2::widgets {

StateFollower::StateFollower(const AnalysisState* state, std::function<void()> draw, QObject* parent)
    : QObject(parent), m_state(state), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, [this, draw = std::move(draw)] {
        if (!(m_state->shownKey() == m_shown))
            draw();
    });
}

void StateFollower::follow()
{
    if (!m_timer->isActive() && !(m_state->shownKey() == m_shown))
        m_timer->start();
}

void StateFollower::drawn()
{
    m_shown = m_state->shownKey();
}

bool StateFollower::pending() const
{
    return m_timer->isActive();
}

} // namespace near2::widgets
