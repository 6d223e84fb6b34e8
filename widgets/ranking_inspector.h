#pragma once
// The ranking inspector for the selected query: the top-k at the current dim beside the reference dim (below
// it when the inspector is too narrow for both titles),
// relevant products missing from the top-k with their actual rank, the score gap, and the fields of the
// product clicked.
#include <QWidget>

class QBoxLayout;
class QLabel;
class QTableView;
class QTextBrowser;

namespace near2::widgets {

class AnalysisState;
class RankingModel;

class RankingInspector final : public QWidget
{
    Q_OBJECT
public:
    explicit RankingInspector(AnalysisState* state, QWidget* parent = nullptr);

    RankingModel* currentModel() const { return m_current; }
    RankingModel* referenceModel() const { return m_reference; }
    static constexpr int kShownDepth = 10;
    void showProduct(int row);
    QString productDetails() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void clearProduct();

    AnalysisState* m_state;
    RankingModel* m_current;
    RankingModel* m_reference;
    QLabel* m_title;
    QLabel* m_currentHeading;
    QLabel* m_referenceHeading;
    QLabel* m_missing;
    QTextBrowser* m_product;
    QBoxLayout* m_rankings;
};

} // namespace near2::widgets
