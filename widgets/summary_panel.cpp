#include "widgets/summary_panel.h"

#include "widgets/summary_model.h"
#include "widgets/table_setup.h"

#include <QTableView>
#include <QVBoxLayout>

namespace near2::widgets {

SummaryPanel::SummaryPanel(AnalysisState* state, QWidget* parent)
    : QWidget(parent), m_model(new SummaryModel(state, this))
{
    auto* view = new QTableView(this);
    view->setModel(m_model);
    setUpTableView(view, -1, false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
}

} // namespace near2::widgets
