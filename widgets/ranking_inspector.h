#pragma once
// The ranking inspector for the selected query: the top-k at the current dim beside the reference dim (below
// it when the inspector is too narrow for both titles),
// relevant products missing from the top-k with their actual rank, the score gap, and the fields of the
// product clicked.
#include <QWidget>
#include <cstdint>
#include <functional>
#include <memory>

class QBoxLayout;
class QCheckBox;
class QLabel;
class QTableView;
class QTextBrowser;

namespace near2 {
class EmbeddingMatrix;
}

namespace near2::widgets {

class AnalysisState;
class RankingModel;
class StateFollower;

class RankingInspector final : public QWidget
{
    Q_OBJECT
public:
    explicit RankingInspector(AnalysisState* state, QWidget* parent = nullptr);

    RankingModel* currentModel() const { return m_current; }
    RankingModel* referenceModel() const { return m_reference; }
    QTableView* currentView() const { return m_currentView; }
    QTableView* referenceView() const { return m_referenceView; }
    // Labels set by the analyst (issue 17), shown where the dataset judges nothing: (query, product row) →
    // label, empty when none. Call refresh() after one changes.
    void setAnalystLabels(std::function<QString(int, std::int32_t)> labelOf)
    {
        m_analystLabel = std::move(labelOf);
    }
    void refresh();
    // A change of the state is drawn on the next turn of the event loop (StateFollower); true until then.
    bool refreshPending() const;
    // Near-duplicates (issue 17): with the box checked, products of a ranking whose titles differ only in
    // colour and size, or whose full-dim embeddings (when given) are nearly identical, are one row with a
    // count.
    QCheckBox* collapseDuplicates() const { return m_collapse; }
    void setDuplicateEmbeddings(std::shared_ptr<const EmbeddingMatrix> corpus);
    static constexpr int kShownDepth = 10;
    void showProduct(int row);
    QString productDetails() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void clearProduct();

    AnalysisState* m_state;
    StateFollower* m_follower = nullptr;
    RankingModel* m_current;
    RankingModel* m_reference;
    QLabel* m_title;
    QLabel* m_currentHeading;
    QLabel* m_referenceHeading;
    QLabel* m_missing;
    QTextBrowser* m_product;
    bool m_productPlaceholder = false; // the pane asks for a click: setting it again lays its text out again
    QBoxLayout* m_rankings;
    QTableView* m_currentView;
    QTableView* m_referenceView;
    std::function<QString(int, std::int32_t)> m_analystLabel;
    QCheckBox* m_collapse;
    std::shared_ptr<const EmbeddingMatrix> m_corpus;
};

} // namespace near2::widgets
