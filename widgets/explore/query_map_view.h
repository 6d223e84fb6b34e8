#pragma once
// The 2-D map of the selected query (issue 17): the points of core/explore/query_map.h as a scatter chart,
// coloured by label (the query and a second layer each in a series of their own). Hovering names the product
// and its ranks at both dims; clicking a product emits productClicked, which the inspector follows by
// selecting it in the ranking (selectProduct).
#include "core/explore/query_map.h"
#include "core/store/project_data.h"

#include <QChartView>
#include <map>
#include <vector>

class QAbstractItemView;
class QScatterSeries;

namespace near2::widgets {

class QueryMapView final : public QChartView
{
    Q_OBJECT
public:
    explicit QueryMapView(QWidget* parent = nullptr);

    // `products` names the map's products (those absent show their catalog row). `referenceDim` labels the
    // reference ranks in the tooltips.
    void setMap(explore::QueryMap map, const std::map<std::int32_t, ProductRecord>& products,
                int referenceDim);
    const explore::QueryMap& map() const { return m_map; }
    // The scatter series holding map point `point`, and its index there (for tests and the tooltip).
    std::pair<QScatterSeries*, int> seriesPointOf(std::size_t point) const;
    QString describe(std::size_t point) const;

Q_SIGNALS:
    void productClicked(std::int32_t row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    std::ptrdiff_t pointAt(const QScatterSeries* series, const QPointF& value) const;

    explore::QueryMap m_map;
    std::vector<QString> m_titles; // per map point
    int m_referenceDim = 0;
    std::map<const QScatterSeries*, std::vector<std::size_t>> m_members; // series → map points, in order
};

// Makes the row of `view` whose `productRowRole` is `row` current and selected; false when none is.
bool selectProduct(QAbstractItemView* view, int productRowRole, std::int32_t row);

} // namespace near2::widgets
