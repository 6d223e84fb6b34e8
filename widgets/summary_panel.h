#pragma once
// The metric summary: current vs reference and the difference, for all queries and every slice.
#include <QWidget>

namespace near2::widgets {

class AnalysisState;
class SummaryModel;

class SummaryPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SummaryPanel(AnalysisState* state, QWidget* parent = nullptr);
    SummaryModel* model() const { return m_model; }

private:
    SummaryModel* m_model;
};

} // namespace near2::widgets
