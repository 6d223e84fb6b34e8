#include "widgets/adhoc_query_panel.h"

#include "widgets/ranking_model.h"
#include "widgets/ranking_view.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace near2::widgets {

AdhocQueryPanel::AdhocQueryPanel(QWidget* parent)
    : QWidget(parent), m_query(new QLineEdit(this)), m_heading(new QLabel(this)),
      m_current(new RankingModel(this)), m_reference(new RankingModel(this))
{
    m_query->setPlaceholderText(tr("Type any query and press Enter…"));
    auto* rank = new QPushButton(tr("Rank"), this);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true); // a long query must not widen the tab
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_query, 0, 0);
    layout->addWidget(rank, 0, 1);
    layout->addWidget(m_heading, 1, 0, 1, 2);
    int column = 0;
    for (auto* model : {m_current, m_reference}) {
        layout->addWidget(createRankingView(model, this), 2 + column++, 0, 1, 2);
    }
    const auto request = [this] {
        if (!m_query->text().trimmed().isEmpty())
            Q_EMIT rankRequested(m_query->text().trimmed());
    };
    connect(m_query, &QLineEdit::returnPressed, this, request);
    connect(rank, &QPushButton::clicked, this, request);
}

void AdhocQueryPanel::showRankings(const QString& heading, std::vector<RankingRow> current,
                                   std::vector<RankingRow> reference)
{
    m_heading->setText(heading);
    m_current->setRows(std::move(current));
    m_reference->setRows(std::move(reference));
}

} // namespace near2::widgets
