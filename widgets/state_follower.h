#pragma once
// Draws a view again when AnalysisState shows something else, on the next turn of the event loop and once per
// change. Through a zero timer, not a queued call (that would run in the same pass over the posted events as
// the paint): the query table, changed by the same signal, is painted first and this view after it; painting
// every view in one stretch held the GUI thread for over 50 ms under AddressSanitizer (issue 14). One change
// can send three signals (an evaluated dim: snapshotChanged, dimsChanged, selectedQueryChanged): the view is
// drawn once, and not at all when its ShownKey is the one it last drew.
#include "widgets/analysis_state.h"

#include <QObject>
#include <functional>

class QTimer;

namespace near2::widgets {

class StateFollower final : public QObject
{
    Q_OBJECT
public:
    StateFollower(const AnalysisState* state, std::function<void()> draw, QObject* parent);

    // Connected to the state's signals: schedules `draw` unless the state shows what was last drawn.
    void follow();
    // Called by `draw` (and any forced redraw): what the state shows now is drawn.
    void drawn();
    // True between follow() and the scheduled draw.
    bool pending() const;

private:
    const AnalysisState* m_state;
    ShownKey m_shown;
    QTimer* m_timer;
};

} // namespace near2::widgets
