#pragma once
// Product text in the failure explorer (issue 17): a details pane with a product's full title, description
// and every other catalog field, and a search box that finds a product by id or title words in the current
// ranking or the whole catalog and lists each hit's rank at the current and reference dims (for an ad-hoc
// query too). It asks and shows; the search runs in a job (widgets/jobs/explore_jobs.h).
#include "core/explore/product_search.h"
#include "core/store/project_data.h"

#include <QWidget>
#include <map>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTextBrowser;

namespace near2::widgets {

class ProductPane final : public QWidget
{
    Q_OBJECT
public:
    enum Column { Product, CurrentRank, ReferenceRank, ColumnCount };
    static constexpr int ProductRowRole = Qt::UserRole + 1;

    explicit ProductPane(QWidget* parent = nullptr);

    void showProduct(const ProductRecord& product);
    void clearProduct();
    QString detailsText() const;
    // What the search is about, e.g. "“red kettle” (q12)" or "ad-hoc “kettle”".
    void setSubject(const QString& subject);
    void showHits(const explore::ProductSearch& search,
                  const std::map<std::int32_t, ProductRecord>& products);
    void clearHits();
    QLineEdit* searchEdit() const { return m_search; }
    QCheckBox* catalogScope() const { return m_catalog; }
    QCheckBox* adhocScope() const { return m_adhoc; }
    // The ad-hoc query searched instead of the selected one when "Ad-hoc query" is checked (empty: none yet).
    void setAdhocQuery(const QString& text);
    QTableWidget* hits() const { return m_hits; }

Q_SIGNALS:
    // `inCatalog`: the whole catalog; else the current ranking's products. `adhoc`: ranks in the ad-hoc
    // query's rankings instead of the selected query's.
    void searchRequested(const QString& text, bool inCatalog, bool adhoc);
    void productChosen(std::int32_t row);

private:
    QLineEdit* m_search;
    QCheckBox* m_catalog;
    QCheckBox* m_adhoc;
    QLabel* m_subject;
    QTableWidget* m_hits;
    QTextBrowser* m_details;
};

} // namespace near2::widgets
