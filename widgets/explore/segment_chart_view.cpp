#include "widgets/explore/segment_chart_view.h"

#include "widgets/charts/chart_builders.h"
#include "widgets/label_colors.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QEvent>
#include <QValueAxis>
#include <algorithm>

namespace near2::widgets {

QString segmentName(const std::vector<int>& dims, std::size_t segment)
{
    return QStringLiteral("[%1, %2)").arg(segment == 0 ? 0 : dims[segment - 1]).arg(dims[segment]);
}

SegmentChartView::SegmentChartView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    rebuild();
}

void SegmentChartView::setComparison(explore::SegmentComparison comparison, std::size_t dimIndex,
                                     QString relevantTitle, QString otherTitle)
{
    // Nothing after nothing (each query or dim clears the chart until its answer arrives): no new QChart.
    const bool stillEmpty = comparison.relevant.dims.empty() && m_comparison.relevant.dims.empty();
    m_comparison = std::move(comparison);
    const auto dims = m_comparison.relevant.dims.size();
    m_dimIndex = dims == 0 ? 0 : std::min(dimIndex, dims - 1);
    m_relevantTitle = std::move(relevantTitle);
    m_otherTitle = std::move(otherTitle);
    if (!stillEmpty)
        rebuild();
}

void SegmentChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void SegmentChartView::rebuild()
{
    auto* built = new QChart;
    built->legend()->setAlignment(Qt::AlignBottom);
    m_relevantBars = m_otherBars = nullptr;
    m_summary.clear();
    const auto& dims = m_comparison.relevant.dims;
    if (!dims.empty()) {
        m_relevantBars = new QBarSet(m_relevantTitle);
        m_otherBars = new QBarSet(m_otherTitle);
        m_relevantBars->setColor(gainColor(palette()));
        m_otherBars->setColor(lossColor(palette()));
        QStringList segments;
        double low = 0.0, high = 0.0;
        for (std::size_t j = 0; j <= m_dimIndex; ++j) {
            const double relevant = m_comparison.relevant.contribution(m_dimIndex, j);
            const double other = m_comparison.other.contribution(m_dimIndex, j);
            m_relevantBars->append(relevant);
            m_otherBars->append(other);
            segments << segmentName(dims, j);
            low = std::min({low, relevant, other});
            high = std::max({high, relevant, other});
        }
        auto* series = new QBarSeries;
        series->append(m_relevantBars);
        series->append(m_otherBars);
        built->addSeries(series);
        auto* axisX = new QBarCategoryAxis;
        axisX->append(segments);
        axisX->setTitleText(tr("Segment of the embedding"));
        auto* axisY = new QValueAxis;
        axisY->setRange(low, high > low ? high : low + 1.0);
        axisY->setTitleText(tr("Contribution to the cosine at %1 dims").arg(dims[m_dimIndex]));
        built->addAxis(axisX, Qt::AlignBottom);
        built->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        const auto decisive = m_comparison.decisiveSegment(m_dimIndex);
        m_summary = decisive
                        ? tr("At %1 dims, %2 gains most in segment %3")
                              .arg(dims[m_dimIndex])
                              .arg(m_otherTitle, segmentName(dims, *decisive))
                        : tr("At %1 dims, no segment favours %2").arg(dims[m_dimIndex]).arg(m_otherTitle);
        built->setTitle(m_summary);
    }
    charts::followPalette(built, palette());
    QChart* old = chart();
    setChart(built);
    delete old;
}

} // namespace near2::widgets
