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
    auto* shown = new QChart;
    shown->legend()->hide(); // the products are named by the table below and on hover
    shown->setMargins(QMargins(2, 2, 2, 2));
    setChart(shown);
    refresh();
}

void RankByDimChart::setResult(const explore::RankByDim& result, const std::vector<QString>& titles)
{
    m_result = result;
    m_titles = titles;
    refresh();
}

QPointF RankByDimChart::dataPoint(const QLineSeries* line, int point) const
{
    const QPointF at = line->at(point);
    return {charts::axisValue(m_axisX, at.x()), charts::axisValue(m_axisY, at.y())};
}

void RankByDimChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

// The lines past the first `kept` are hidden and kept, last first, for the next result.
void RankByDimChart::retireLines(std::size_t kept)
{
    while (m_lines.size() > kept) {
        m_lines.back()->hide();
        m_lines.back()->clear();
        m_spareLines.push_back(m_lines.back());
        m_lines.pop_back();
    }
}

void RankByDimChart::hideAll()
{
    retireLines(0);
    if (m_topK)
        m_topK->hide();
    for (auto* axis : chart()->axes())
        axis->hide();
}

// Added last, so drawn above the lines already there.
void RankByDimChart::addToChart(QLineSeries* line)
{
    chart()->addSeries(line);
    line->attachAxis(m_axisX);
    line->attachAxis(m_axisY);
}

// A spare line if one is left, else a new one (added above the top-k line: refresh puts that back on top
// once, after all new lines, as moving it costs as much as adding a line).
QLineSeries* RankByDimChart::productLine()
{
    if (!m_spareLines.empty()) {
        auto* line = m_spareLines.back();
        m_spareLines.pop_back();
        line->show();
        return line;
    }
    auto* line = new QLineSeries;
    addToChart(line);
    line->setPointsVisible(true);
    connect(line, &QLineSeries::hovered, this, [this, line](const QPointF& at, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QPointF value(charts::axisValue(m_axisX, at.x()), charts::axisValue(m_axisY, at.y()));
        QToolTip::showText(
            QCursor::pos(),
            tr("%1\nrank %L2 at %3 dims").arg(line->name()).arg(qRound(value.y())).arg(qRound(value.x())));
    });
    m_topKBuried = m_topK != nullptr;
    return line;
}

void RankByDimChart::refresh()
{
    const auto& dims = m_result.dims;
    if (dims.empty()) {
        hideAll();
        charts::followPalette(chart(), palette());
        return;
    }
    std::size_t deepest = m_result.k;
    for (const auto& product : m_result.relevant)
        for (const auto& at : product.ranks)
            deepest = std::max(deepest, at.rank.value_or(0));
    const NumberStyle style = charts::numberStyle();
    const auto ticksX = log2Ticks(dims.front(), dims.back(), 6, TickFormat::Dim, 0.25, style);
    const auto ticksY = log10Ticks(1.0, static_cast<double>(deepest), 5, TickFormat::Integer, 0.1, style);
    if (!m_axisX) {
        m_axisX = charts::tickAxis(ticksX, tr("Dims"));
        m_axisY = charts::tickAxis(ticksY, tr("Rank"));
        m_axisY->setReverse(true); // rank 1 on top
        chart()->addAxis(m_axisX, Qt::AlignBottom);
        chart()->addAxis(m_axisY, Qt::AlignLeft);
    } else {
        charts::setTicks(m_axisX, ticksX);
        charts::setTicks(m_axisY, ticksY);
        m_axisX->show();
        m_axisY->show();
    }

    QStringList shownLabels;
    for (const auto& product : m_result.relevant)
        if (!shownLabels.contains(QString::fromStdString(product.label)))
            shownLabels << QString::fromStdString(product.label);
    retireLines(m_result.relevant.size());
    for (std::size_t i = 0; i < m_result.relevant.size(); ++i) {
        const auto& product = m_result.relevant[i];
        if (i == m_lines.size())
            m_lines.push_back(productLine());
        QLineSeries* line = m_lines[i];
        line->setName(i < m_titles.size() ? m_titles[i] : QString::number(product.row));
        QList<QPointF> points;
        for (std::size_t d = 0; d < dims.size() && d < product.ranks.size(); ++d)
            if (const auto rank = product.ranks[d].rank)
                points.append({charts::axisPosition(m_axisX, dims[d]),
                               charts::axisPosition(m_axisY, static_cast<double>(*rank))});
        line->replace(points);
        charts::colourByLabel(line, QString::fromStdString(product.label), shownLabels);
    }

    if (!m_topK) {
        m_topK = new QLineSeries;
        addToChart(m_topK);
    } else if (m_topKBuried) {
        chart()->removeSeries(m_topK);
        addToChart(m_topK);
    }
    m_topKBuried = false;
    m_topK->show();
    m_topK->setName(tr("top %1").arg(m_result.k));
    const double kAt = charts::axisPosition(m_axisY, static_cast<double>(m_result.k));
    m_topK->replace(QList<QPointF>{{m_axisX->min(), kAt}, {m_axisX->max(), kAt}});
    QColor dashes = palette().color(QPalette::Text);
    dashes.setAlpha(150); // readable on the light and the dark palette, quieter than the products
    m_topK->setPen(QPen(dashes, 1.0, Qt::DashLine));
    charts::followPalette(chart(), palette());
}

} // namespace near2::widgets
