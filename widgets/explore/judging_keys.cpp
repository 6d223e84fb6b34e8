#include "widgets/explore/judging_keys.h"

#include "core/explore/analyst_judgements.h"

#include <QAbstractItemView>
#include <QKeyEvent>

namespace near2::widgets {

JudgingKeys::JudgingKeys(QAbstractItemView* view, GainMap gains, int productRowRole)
    : QObject(view), m_view(view), m_gains(std::move(gains)), m_productRowRole(productRowRole)
{
    view->installEventFilter(this);
}

bool JudgingKeys::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    const auto modifiers = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (modifiers != Qt::NoModifier || key->text().size() != 1 || key->text()[0].unicode() > 0x7f)
        return false;
    const auto label = explore::labelForJudgingKey(key->text()[0].toLatin1(), m_gains);
    const auto current = m_view->currentIndex();
    if (!label || !current.isValid())
        return false;
    const auto productRow = current.data(m_productRowRole);
    if (!productRow.isValid())
        return false;
    Q_EMIT judged(productRow.value<std::int32_t>(), QString::fromStdString(*label));
    return true;
}

} // namespace near2::widgets
