#pragma once
// The ad-hoc query: the analyst types any query; the app encodes and ranks it at the current and reference
// dims (in the background) and hands the two rankings back here.
#include "core/store/project_data.h"

#include <QWidget>
#include <map>

class QLabel;
class QLineEdit;
class QTextBrowser;

namespace near2::widgets {

class RankingModel;
struct RankingRow;

class AdhocQueryPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit AdhocQueryPanel(QWidget* parent = nullptr);
    void showRankings(const QString& heading, std::vector<RankingRow> current,
                      std::vector<RankingRow> reference);
    // The products the rankings name, for the details box that opens a clicked row.
    void setProducts(std::map<std::int32_t, ProductRecord> products) { m_products = std::move(products); }
    QString productDetails() const;
    void showProduct(std::int32_t row);
    QLineEdit* queryEdit() const { return m_query; }
    RankingModel* currentModel() const { return m_current; }
    RankingModel* referenceModel() const { return m_reference; }

Q_SIGNALS:
    void rankRequested(const QString& text);

private:
    QLineEdit* m_query;
    QLabel* m_heading;
    RankingModel* m_current;
    RankingModel* m_reference;
    QTextBrowser* m_details;
    std::map<std::int32_t, ProductRecord> m_products;
};

} // namespace near2::widgets
