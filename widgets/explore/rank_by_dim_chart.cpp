#include "widgets/explore/rank_by_dim_chart.h"

#include "widgets/charts/chart_axes.h"
#include "widgets/charts/chart_style.h"

#include <QEvent>
#include <QLineSeries>
#include <QPen>
#include <QToolTip>
#include <algorithm>

namespace near2::widgets {

RankByDimChart::RankByDimChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    rebuild();
}

void RankByDimChart::setResult(const explore::RankByDim& result, const std::vector<QString>& titles)
{
    m_result = result;
    m_titles = titles;
    rebuild();
}

QPointF RankByDimChart::dataPoint(const QLineSeries* line, int point) const
{
    const QPointF at = line->at(point);
    return {charts::axisValue(chart()->axes(Qt::Horizontal).front(), at.x()),
            charts::axisValue(chart()->axes(Qt::Vertical).front(), at.y())};
}

void RankByDimChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void RankByDimChart::rebuild()
{
    auto* built = new QChart;
    built->legend()->hide(); // the products are named by the table below and on hover
    built->setMargins(QMargins(2, 2, 2, 2));
    m_lines.clear();
    m_topK = nullptr;
    const auto& dims = m_result.dims;
    if (!dims.empty()) {
        std::size_t deepest = m_result.k;
        for (const auto& product : m_result.relevant)
            for (const auto& at : product.ranks)
                deepest = std::max(deepest, at.rank.value_or(0));
        const NumberStyle style = charts::numberStyle();
        auto* axisX = charts::tickAxis(log2Ticks(dims.front(), dims.back(), 6, TickFormat::Dim, 0.25, style),
                                       tr("Dims"));
        auto* axisY = charts::tickAxis(
            log10Ticks(1.0, static_cast<double>(deepest), 5, TickFormat::Integer, 0.1, style), tr("Rank"));
        axisY->setReverse(true); // rank 1 on top
        built->addAxis(axisX, Qt::AlignBottom);
        built->addAxis(axisY, Qt::AlignLeft);
        QStringList shownLabels;
        for (const auto& product : m_result.relevant)
            if (!shownLabels.contains(QString::fromStdString(product.label)))
                shownLabels << QString::fromStdString(product.label);
        for (std::size_t i = 0; i < m_result.relevant.size(); ++i) {
            const auto& product = m_result.relevant[i];
            auto* line = new QLineSeries;
            line->setName(i < m_titles.size() ? m_titles[i] : QString::number(product.row));
            line->setPointsVisible(true);
            for (std::size_t d = 0; d < dims.size() && d < product.ranks.size(); ++d)
                if (const auto rank = product.ranks[d].rank)
                    line->append(charts::axisPosition(axisX, dims[d]),
                                 charts::axisPosition(axisY, static_cast<double>(*rank)));
            built->addSeries(line);
            line->attachAxis(axisX);
            line->attachAxis(axisY);
            charts::colourByLabel(line, QString::fromStdString(product.label), shownLabels);
            connect(line, &QLineSeries::hovered, this, [this, line](const QPointF& at, bool state) {
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                const double dim = charts::axisValue(chart()->axes(Qt::Horizontal).front(), at.x());
                const double rank = charts::axisValue(chart()->axes(Qt::Vertical).front(), at.y());
                QToolTip::showText(
                    QCursor::pos(),
                    tr("%1\nrank %L2 at %3 dims").arg(line->name()).arg(qRound(rank)).arg(qRound(dim)));
            });
            m_lines.push_back(line);
        }
        m_topK = new QLineSeries;
        m_topK->setName(tr("top %1").arg(m_result.k));
        const double kAt = charts::axisPosition(axisY, static_cast<double>(m_result.k));
        m_topK->append(axisX->min(), kAt);
        m_topK->append(axisX->max(), kAt);
        QColor dashes = palette().color(QPalette::Text);
        dashes.setAlpha(150); // readable on the light and the dark palette, quieter than the products
        m_topK->setPen(QPen(dashes, 1.0, Qt::DashLine));
        built->addSeries(m_topK);
        m_topK->attachAxis(axisX);
        m_topK->attachAxis(axisY);
    }
    charts::followPalette(built, palette());
    QChart* old = chart();
    setChart(built);
    delete old;
}

} // namespace near2::widgets
