#include "widgets/adhoc_query_panel.h"

#include "widgets/product_text.h"
#include "widgets/ranking_model.h"
#include "widgets/ranking_view.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>

namespace near2::widgets {

AdhocQueryPanel::AdhocQueryPanel(QWidget* parent)
    : QWidget(parent), m_query(new QLineEdit(this)), m_heading(new QLabel(this)),
      m_current(new RankingModel(this)), m_reference(new RankingModel(this)),
      m_details(new QTextBrowser(this))
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
        auto* view = createRankingView(model, this);
        layout->addWidget(view, 2 + column++, 0, 1, 2);
        connect(view, &QTableView::clicked, this, [this](const QModelIndex& index) {
            showProduct(index.data(RankingModel::ProductRowRole).value<std::int32_t>());
        });
    }
    m_details->setPlainText(tr("Click a product to see all its fields."));
    layout->addWidget(m_details, 4, 0, 1, 2);
    layout->setRowStretch(2, 2);
    layout->setRowStretch(3, 2);
    layout->setRowStretch(4, 1);
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

void AdhocQueryPanel::showProduct(std::int32_t row)
{
    const auto product = m_products.find(row);
    m_details->setHtml(product == m_products.end() ? tr("No details for this product.")
                                                   : productHtml(product->second));
}

QString AdhocQueryPanel::productDetails() const
{
    return m_details->toPlainText();
}

} // namespace near2::widgets
