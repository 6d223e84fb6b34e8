#pragma once
// The dimension slider (snaps to the run's dims), a box to type any dim 1..full (one the run lacks is
// evaluated on demand), the reference dim and the metric the views show.
#include <QWidget>

class QComboBox;
class QSlider;
class QSpinBox;

namespace near2::widgets {

class AnalysisState;

class DimensionBar final : public QWidget
{
    Q_OBJECT
public:
    explicit DimensionBar(AnalysisState* state, QWidget* parent = nullptr);
    QSlider* slider() const { return m_slider; }
    QSpinBox* dimEdit() const { return m_dimEdit; }
    // Shows the state's dims again (e.g. after a typed dim's evaluation was cancelled or failed).
    void follow();

private:
    void reload();

    AnalysisState* m_state;
    QSlider* m_slider;
    QSpinBox* m_dimEdit;
    QComboBox* m_reference;
    QComboBox* m_metric;
};

} // namespace near2::widgets
