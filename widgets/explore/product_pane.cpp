#include "widgets/explore/product_pane.h"

#include "widgets/product_text.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace near2::widgets {

namespace {

QString rankText(const explore::RankAt& at)
{
    if (at.rank)
        return QString::number(*at.rank);
    return at.source == explore::RankSource::Unknown ? QObject::tr("below the stored list")
                                                     : QObject::tr("–");
}

} // namespace

ProductPane::ProductPane(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_catalog(new QCheckBox(tr("Whole catalog"), this)),
      m_adhoc(new QCheckBox(tr("Ad-hoc query"), this)), m_subject(new QLabel(this)),
      m_hits(new QTableWidget(0, ColumnCount, this)), m_details(new QTextBrowser(this))
{
    m_search->setPlaceholderText(tr("Find a product by id or title words…"));
    m_search->setClearButtonEnabled(true);
    m_catalog->setChecked(true);
    m_catalog->setToolTip(tr("Search the whole catalog, not only the products of the current ranking"));
    m_adhoc->setToolTip(tr("Ranks in the last ad-hoc query's rankings instead of the selected query's"));
    setAdhocQuery({});
    m_subject->setWordWrap(true);
    m_subject->setTextFormat(Qt::PlainText);
    m_hits->setHorizontalHeaderLabels({tr("Product"), tr("Rank (current)"), tr("Rank (reference)")});
    m_hits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hits->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hits->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hits->verticalHeader()->hide();
    m_hits->horizontalHeader()->setSectionResizeMode(Product, QHeaderView::Stretch);
    for (const int column : {CurrentRank, ReferenceRank})
        m_hits->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_details->setOpenLinks(false);
    clearProduct();

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_catalog);
    searchRow->addWidget(m_adhoc);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(searchRow);
    topLayout->addWidget(m_subject);
    topLayout->addWidget(m_hits, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_search->text().trimmed().isEmpty())
            Q_EMIT searchRequested(m_search->text().trimmed(), m_catalog->isChecked(), m_adhoc->isChecked());
    });
    connect(m_hits, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (const auto* item = row >= 0 ? m_hits->item(row, Product) : nullptr)
            Q_EMIT productChosen(item->data(ProductRowRole).value<std::int32_t>());
    });
}

void ProductPane::setAdhocQuery(const QString& text)
{
    m_adhoc->setEnabled(!text.isEmpty());
    if (text.isEmpty())
        m_adhoc->setChecked(false);
    m_adhoc->setText(text.isEmpty() ? tr("Ad-hoc query") : tr("Ad-hoc “%1”").arg(text));
}

void ProductPane::showProduct(const ProductRecord& product)
{
    m_details->setHtml(
        QStringLiteral("<h3>%1</h3>").arg(QString::fromStdString(product.title).toHtmlEscaped()) +
        productHtml(product));
}

void ProductPane::clearProduct()
{
    m_details->setPlainText(tr("Click a product in a ranking, the map or the search results to see all its "
                               "fields."));
}

QString ProductPane::detailsText() const
{
    return m_details->toPlainText();
}

void ProductPane::setSubject(const QString& subject)
{
    m_subject->setText(subject);
}

void ProductPane::showHits(const explore::ProductSearch& search,
                           const std::map<std::int32_t, ProductRecord>& products)
{
    const QSignalBlocker blocker(m_hits);
    m_hits->setRowCount(static_cast<int>(search.hits.size()));
    m_hits->setHorizontalHeaderLabels({tr("Product"), tr("Rank at %1 dims").arg(search.dim),
                                       tr("Rank at %1 dims").arg(search.referenceDim)});
    for (int r = 0; r < m_hits->rowCount(); ++r) {
        const auto& hit = search.hits[static_cast<std::size_t>(r)];
        const auto product = products.find(hit.row);
        const QString title = product == products.end() ? QString::number(hit.row)
                                                        : QString::fromStdString(product->second.title);
        auto* name = new QTableWidgetItem(title);
        name->setToolTip(product == products.end()
                             ? title
                             : title + QLatin1Char('\n') + QString::fromStdString(product->second.id));
        name->setData(ProductRowRole, hit.row);
        m_hits->setItem(r, Product, name);
        m_hits->setItem(r, CurrentRank, new QTableWidgetItem(rankText(hit.current)));
        m_hits->setItem(r, ReferenceRank, new QTableWidgetItem(rankText(hit.reference)));
    }
    if (search.hits.empty())
        m_subject->setText(m_subject->text() + QLatin1Char('\n') + tr("No product matches."));
}

void ProductPane::clearHits()
{
    m_hits->setRowCount(0);
}

} // namespace near2::widgets
