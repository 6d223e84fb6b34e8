#include "widgets/ranking_inspector.h"

#include "widgets/analysis_state.h"
#include "widgets/duplicate_rows.h"
#include "widgets/product_text.h"
#include "widgets/ranking_model.h"
#include "widgets/ranking_view.h"
#include "widgets/state_follower.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QLabel>
#include <QResizeEvent>
#include <QTableView>
#include <QTextBrowser>

namespace near2::widgets {

RankingInspector::RankingInspector(AnalysisState* state, QWidget* parent)
    : QWidget(parent), m_state(state), m_current(new RankingModel(this)), m_reference(new RankingModel(this)),
      m_title(new QLabel(this)), m_currentHeading(new QLabel(this)), m_referenceHeading(new QLabel(this)),
      m_missing(new QLabel(this)), m_product(new QTextBrowser(this)),
      m_rankings(new QBoxLayout(QBoxLayout::LeftToRight)), m_currentView(createRankingView(m_current, this)),
      m_referenceView(createRankingView(m_reference, this)),
      m_collapse(new QCheckBox(tr("Collapse near-duplicates"), this))
{
    m_follower = new StateFollower(
        state, [this] { refresh(); }, this);
    m_collapse->setToolTip(
        tr("One row with a count for products whose titles differ only in colour or size, or "
           "whose embeddings are nearly identical"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);
    m_product->setMaximumHeight(m_product->fontMetrics().height() * 5);
    auto* currentView = m_currentView;
    auto* referenceView = m_referenceView;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_collapse);
    layout->addLayout(m_rankings, 1);
    for (const auto& [heading, view] :
         {std::pair{m_currentHeading, currentView}, {m_referenceHeading, referenceView}}) {
        auto* side = new QVBoxLayout;
        side->addWidget(heading);
        side->addWidget(view, 1);
        m_rankings->addLayout(side, 1);
    }
    layout->addWidget(m_missing);
    layout->addWidget(m_product);
    for (auto* view : {currentView, referenceView})
        connect(view, &QTableView::clicked, this, [this](const QModelIndex& index) {
            showProduct(index.data(RankingModel::ProductRowRole).toInt());
        });
    for (auto signal : {&AnalysisState::snapshotChanged, &AnalysisState::dimsChanged})
        connect(state, signal, m_follower, &StateFollower::follow);
    connect(state, &AnalysisState::selectedQueryChanged, m_follower, &StateFollower::follow);
    // The details belong to a product of this query in this project: another query or project clears them.
    connect(state, &AnalysisState::selectedQueryChanged, this, &RankingInspector::clearProduct);
    connect(state, &AnalysisState::snapshotAboutToChange, this, &RankingInspector::clearProduct);
    connect(m_collapse, &QCheckBox::toggled, this, &RankingInspector::refresh);
    clearProduct();
    refresh();
}

void RankingInspector::setDuplicateEmbeddings(std::shared_ptr<const EmbeddingMatrix> corpus)
{
    m_corpus = std::move(corpus);
    if (m_collapse->isChecked())
        refresh();
}

void RankingInspector::resizeEvent(QResizeEvent* event)
{
    // Side by side only where both titles keep room; otherwise the reference ranking goes below.
    const int sideBySide = fontMetrics().averageCharWidth() * 130;
    m_rankings->setDirection(event->size().width() >= sideBySide ? QBoxLayout::LeftToRight
                                                                 : QBoxLayout::TopToBottom);
    QWidget::resizeEvent(event);
}

bool RankingInspector::refreshPending() const
{
    return m_follower->pending();
}

void RankingInspector::refresh()
{
    m_follower->drawn();
    const auto* run = m_state->run();
    const int query = m_state->selectedQuery();
    if (!run || query < 0) {
        m_current->setRows({});
        m_reference->setRows({});
        m_title->setText(tr("Select a query to inspect its ranking."));
        m_currentHeading->clear();
        m_referenceHeading->clear();
        m_missing->clear();
        return;
    }
    const auto& record = m_state->snapshot()->queries[static_cast<std::size_t>(query)];
    auto inspection = inspectQuery(*m_state->snapshot(), *run, query, m_state->dimIndex(),
                                   m_state->referenceDimIndex(), kShownDepth);
    m_title->setText(
        tr("“%1” (%2, %L3 relevant of %Ln judged)", nullptr, static_cast<int>(record.judged.size()))
            .arg(QString::fromStdString(record.text), QString::fromStdString(record.id))
            .arg(record.relevantCount));
    m_currentHeading->setText(tr("Top %1 at %2 dims").arg(kShownDepth).arg(m_state->currentDim()));
    m_referenceHeading->setText(
        tr("Top %1 at %2 dims (reference)").arg(kShownDepth).arg(m_state->referenceDim()));
    QStringList missing;
    constexpr std::size_t kListed = 4;
    for (std::size_t i = 0; i < std::min(kListed, inspection.missing.size()); ++i) {
        const auto& product = inspection.missing[i];
        missing << (product.actualRank
                        ? tr("%1 [%2] at rank %3").arg(product.title, product.label).arg(*product.actualRank)
                        : tr("%1 [%2] below rank %3")
                              .arg(product.title, product.label)
                              .arg(inspection.storedDepth));
    }
    if (inspection.missing.size() > kListed)
        missing << tr("and %n more", nullptr, static_cast<int>(inspection.missing.size() - kListed));
    QString gap =
        inspection.scoreGap
            ? tr("Score gap, last relevant − first irrelevant: %L1").arg(*inspection.scoreGap, 0, 'f', 4)
            : tr("Score gap: n/a (no relevant and irrelevant result both in the top %1)").arg(kShownDepth);
    m_missing->setText(
        missing.isEmpty()
            ? tr("No relevant product is missing from the top %1.\n%2").arg(kShownDepth).arg(gap)
            : tr("Relevant but missing from the top %1: %2\n%3")
                  .arg(kShownDepth)
                  .arg(missing.join(QStringLiteral("; ")), gap));
    if (m_analystLabel)
        for (auto* rows : {&inspection.current, &inspection.reference})
            for (auto& row : *rows)
                row.analystLabel = m_analystLabel(query, row.row);
    if (m_collapse->isChecked())
        for (auto* rows : {&inspection.current, &inspection.reference})
            *rows = collapseNearDuplicates(*rows, m_corpus.get());
    m_current->setRows(std::move(inspection.current));
    m_reference->setRows(std::move(inspection.reference));
}

QString RankingInspector::productDetails() const
{
    return m_product->toPlainText();
}

void RankingInspector::clearProduct()
{
    if (m_productPlaceholder)
        return;
    m_product->setPlainText(tr("Click a product in a ranking to see its details."));
    m_productPlaceholder = true;
}

void RankingInspector::showProduct(int row)
{
    const auto& products = m_state->snapshot()->products;
    const auto found = products.find(row);
    m_product->setHtml(found == products.end() ? tr("No details stored for this product.")
                                               : productHtml(found->second));
    m_productPlaceholder = false;
}

} // namespace near2::widgets
