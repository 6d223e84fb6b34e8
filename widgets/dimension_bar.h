#pragma once
// The dimension slider (snaps to the run's nested dims), the reference dim and the metric the views show.
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;

namespace near2::widgets {

class AnalysisState;

class DimensionBar final : public QWidget
{
    Q_OBJECT
public:
    explicit DimensionBar(AnalysisState* state, QWidget* parent = nullptr);
    QSlider* slider() const { return m_slider; }

private:
    void reload();
    void follow();

    AnalysisState* m_state;
    QSlider* m_slider;
    QLabel* m_dimLabel;
    QComboBox* m_reference;
    QComboBox* m_metric;
};

} // namespace near2::widgets
