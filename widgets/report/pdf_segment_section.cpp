#include "widgets/report/pdf_segment_section.h"

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace near2::report {

namespace {

constexpr double kChartMm = 45.0; // a segment chart's height

QString tr(const char* text)
{
    // The context lupdate gives tr() in this namespace.
    return QCoreApplication::translate("near2::report", text);
}

QString segmentName(const std::vector<int>& dims, std::size_t segment)
{
    return QStringLiteral("[%1, %2)").arg(segment == 0 ? 0 : dims[segment - 1]).arg(dims[segment]);
}

const QColor kRelevant(0x1b, 0x7a, 0x3d), kOther(0xb0, 0x30, 0x30);

} // namespace

RecordedChart drawSegmentBars(const session::QuerySegments& segments, double heightMm)
{
    RecordedChart recorded = blankChart(heightMm);
    const auto& comparison = segments.comparison;
    const auto& dims = comparison.relevant.dims;
    const std::size_t count = std::min(segments.dimIndex + 1, dims.size());
    double low = 0.0, high = 0.0;
    for (std::size_t j = 0; j < count; ++j)
        for (const double value : {comparison.relevant.contribution(segments.dimIndex, j),
                                   comparison.other.contribution(segments.dimIndex, j)})
            low = std::min(low, value), high = std::max(high, value);
    if (high - low <= 0.0)
        high = low + 1.0;
    QPainter painter(&recorded.picture);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPointSizeF(7.0);
    painter.setFont(font);
    const QRectF plot(60.0, 10.0, recorded.size.width() - 70.0, recorded.size.height() - 60.0);
    const auto yOf = [&](double value) {
        return plot.bottom() - (value - low) / (high - low) * plot.height();
    };
    painter.setPen(QPen(Qt::gray, 0.5));
    for (const double tick : {low, 0.0, high}) {
        painter.drawLine(QPointF(plot.left(), yOf(tick)), QPointF(plot.right(), yOf(tick)));
        painter.drawText(QRectF(0.0, yOf(tick) - 6.0, 55.0, 12.0), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(tick, 'f', 3));
    }
    const double slot = plot.width() / static_cast<double>(std::max<std::size_t>(count, 1));
    for (std::size_t j = 0; j < count; ++j) {
        const double values[] = {comparison.relevant.contribution(segments.dimIndex, j),
                                 comparison.other.contribution(segments.dimIndex, j)};
        for (int side = 0; side < 2; ++side) {
            const double left = plot.left() + slot * static_cast<double>(j) + slot * (0.15 + 0.35 * side);
            const QRectF bar(QPointF(left, std::min(yOf(values[side]), yOf(0.0))),
                             QPointF(left + slot * 0.33, std::max(yOf(values[side]), yOf(0.0))));
            painter.fillRect(bar, side == 0 ? kRelevant : kOther);
        }
        painter.setPen(Qt::black);
        painter.drawText(QRectF(plot.left() + slot * static_cast<double>(j), plot.bottom() + 2.0, slot, 12.0),
                         Qt::AlignHCenter | Qt::AlignTop, segmentName(dims, j));
    }
    const double legendY = plot.bottom() + 20.0;
    const QString names[] = {QString::fromStdString(segments.relevantTitle),
                             QString::fromStdString(segments.otherTitle)};
    for (int side = 0; side < 2; ++side) {
        const double y = legendY + 13.0 * side;
        painter.fillRect(QRectF(plot.left(), y + 2.0, 8.0, 8.0), side == 0 ? kRelevant : kOther);
        painter.setPen(Qt::black);
        const QString prefix = side == 0 ? tr("relevant: ") : tr("non-relevant: ");
        painter.drawText(QRectF(plot.left() + 12.0, y, plot.width() - 12.0, 12.0),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(prefix + names[side], Qt::ElideMiddle,
                                                          static_cast<int>(plot.width() - 12.0)));
    }
    painter.end();
    return recorded;
}

void drawWorstQuerySegments(PdfCanvas& canvas, const ReportData& data)
{
    if (data.worst.empty())
        return;
    std::vector<session::QuerySegments> pages;
    QString problem;
    try {
        pages = session::worstQuerySegments(data);
    } catch (const std::exception& error) {
        problem = QString::fromUtf8(error.what());
    }
    if (!problem.isEmpty()) { // on the regressions' page: the report keeps its pages
        canvas.paragraph(tr("The segment charts of these queries are left out: %1").arg(problem), 9.0);
        return;
    }
    canvas.newPage();
    canvas.heading(tr("Where the worst queries lose, by nested segment"));
    canvas.paragraph(
        tr("Each segment's contribution to the cosine at dim %1, for a relevant product (green) and "
           "the non-relevant product that displaced it between dim %2 and dim %1, or else the one "
           "that ranks just above it (red). Where red is higher, the wrong product wins.")
            .arg(data.currentDim)
            .arg(data.referenceDim),
        9.0);
    if (pages.empty())
        canvas.paragraph(tr("No worst query has a non-relevant product above a relevant one."), 9.0);
    for (const auto& page : pages) {
        const auto decisive = page.comparison.decisiveSegment(page.dimIndex);
        const auto& dims = page.comparison.relevant.dims;
        canvas.keepTogether(kChartMm + 30.0); // the query's lines stay with its chart
        canvas.paragraph(
            tr("Query %1: “%2”")
                .arg(QString::fromStdString(page.queryId), QString::fromStdString(page.queryText)),
            10.0);
        canvas.paragraph((page.displaced ? tr("“%1” was displaced by “%2”.") : tr("“%2” ranks above “%1”."))
                                 .arg(QString::fromStdString(page.relevantTitle),
                                      QString::fromStdString(page.otherTitle)) +
                             QLatin1Char(' ') +
                             (decisive ? tr("The non-relevant product gains most in segment %1.")
                                             .arg(segmentName(dims, *decisive))
                                       : tr("No segment favours the non-relevant product.")),
                         9.0);
        canvas.chart(drawSegmentBars(page, kChartMm));
    }
}

} // namespace near2::report
