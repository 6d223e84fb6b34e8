#include "widgets/report/pdf_canvas.h"

#include "widgets/report/recorded_chart.h"

#include <QFontMetricsF>
#include <algorithm>
#include <numeric>

namespace near2::report {

PdfCanvas::PdfCanvas(QPdfWriter& writer, QString footerText)
    : m_writer(writer), m_footer(std::move(footerText))
{
    m_painter.begin(&m_writer);
    const QRect page = m_writer.pageLayout().paintRectPixels(m_writer.resolution());
    m_width = page.width();
    m_height = page.height() - mm(10.0); // room for the footer
}

PdfCanvas::~PdfCanvas()
{
    if (m_painter.isActive())
        m_painter.end();
}

double PdfCanvas::mm(double value) const
{
    return value * m_writer.resolution() / 25.4;
}

void PdfCanvas::setFont(double points, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: text extracts as typed
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
}

void PdfCanvas::footer()
{
    setFont(8.0, false);
    m_painter.drawText(QRectF(0, m_height + mm(4.0), m_width, mm(5.0)), Qt::AlignLeft | Qt::AlignVCenter,
                       m_footer);
    m_painter.drawText(QRectF(0, m_height + mm(4.0), m_width, mm(5.0)), Qt::AlignRight | Qt::AlignVCenter,
                       QString::number(m_page));
}

void PdfCanvas::newPage()
{
    footer();
    m_writer.newPage();
    ++m_page;
    m_y = 0.0;
}

void PdfCanvas::ensureSpace(double height)
{
    if (m_y > 0.0 && m_y + height > m_height)
        newPage();
}

void PdfCanvas::keepTogether(double heightMm)
{
    ensureSpace(mm(heightMm));
}

double PdfCanvas::tableHeightMm(std::size_t rows)
{
    setFont(8.0, false);
    const double rowHeight = m_painter.fontMetrics().height() * 1.3;
    return static_cast<double>(rows + 1) * rowHeight * 25.4 / m_writer.resolution();
}

void PdfCanvas::space(double value)
{
    m_y += mm(value);
}

void PdfCanvas::title(const QString& text)
{
    setFont(22.0, true);
    const QRectF box = m_painter.boundingRect(QRectF(0, m_y, m_width, m_height), Qt::TextWordWrap, text);
    m_painter.drawText(box, Qt::TextWordWrap, text);
    m_y += box.height() + mm(8.0);
}

void PdfCanvas::heading(const QString& text, double followingMm)
{
    setFont(14.0, true);
    const QRectF box = m_painter.boundingRect(QRectF(0, 0, m_width, m_height), Qt::TextWordWrap, text);
    ensureSpace(box.height() + mm(followingMm)); // never a heading alone at the foot of a page
    m_painter.drawText(QRectF(0, m_y, m_width, box.height()), Qt::TextWordWrap, text);
    m_y += box.height() + mm(3.0);
}

void PdfCanvas::subheading(const QString& text, double followingMm)
{
    setFont(11.0, true);
    const QRectF box = m_painter.boundingRect(QRectF(0, 0, m_width, m_height), Qt::TextWordWrap, text);
    ensureSpace(box.height() + mm(followingMm));
    m_painter.drawText(QRectF(0, m_y, m_width, box.height()), Qt::TextWordWrap, text);
    m_y += box.height() + mm(2.0);
}

void PdfCanvas::paragraph(const QString& text, double points)
{
    setFont(points, false);
    const QRectF box = m_painter.boundingRect(QRectF(0, 0, m_width, m_height), Qt::TextWordWrap, text);
    ensureSpace(box.height());
    m_painter.drawText(QRectF(0, m_y, m_width, box.height()), Qt::TextWordWrap, text);
    m_y += box.height() + mm(2.0);
}

void PdfCanvas::tableRow(const QStringList& cells, const std::vector<double>& widths, bool bold)
{
    setFont(8.0, bold);
    const double height = m_painter.fontMetrics().height() * 1.3;
    double x = 0.0;
    for (int i = 0; i < cells.size() && static_cast<std::size_t>(i) < widths.size(); ++i) {
        const double width = widths[static_cast<std::size_t>(i)];
        const QString text =
            m_painter.fontMetrics().elidedText(cells[i], Qt::ElideMiddle, int(width - mm(1.5)));
        m_painter.drawText(QRectF(x + mm(0.5), m_y, width - mm(1.0), height),
                           Qt::AlignVCenter | Qt::AlignLeft, text);
        x += width;
    }
    m_y += height;
    m_painter.setPen(QPen(Qt::gray, mm(0.1)));
    m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
}

namespace {

// A header cell broken so that it fits `width`: at spaces, and a word still too wide before its "@"
// (ndcg@10 → ndcg / @10); anything wider wraps anywhere.
QString wrappedHeader(const QString& text, const QFontMetricsF& metrics, double width)
{
    QStringList words = text.split(QLatin1Char(' '));
    for (QString& word : words)
        if (metrics.horizontalAdvance(word) > width)
            word.replace(QLatin1Char('@'), QStringLiteral("\n@"));
    return words.join(QLatin1Char(' '));
}

} // namespace

double PdfCanvas::headerRow(const QStringList& cells, const std::vector<double>& widths, bool draw)
{
    setFont(8.0, true);
    const QFontMetricsF metrics(m_painter.font());
    const double line = metrics.height();
    double height = line * 1.3;
    std::vector<QString> texts;
    for (int i = 0; i < cells.size() && static_cast<std::size_t>(i) < widths.size(); ++i) {
        const double width = widths[static_cast<std::size_t>(i)] - mm(1.0);
        texts.push_back(wrappedHeader(cells[i], metrics, width));
        const QRectF box = m_painter.boundingRect(QRectF(0, 0, width, m_height),
                                                  Qt::TextWordWrap | Qt::TextWrapAnywhere, texts.back());
        height = std::max(height, box.height() + line * 0.3);
    }
    if (!draw)
        return height;
    double x = 0.0;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        m_painter.drawText(QRectF(x + mm(0.5), m_y, widths[i] - mm(1.0), height),
                           Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap | Qt::TextWrapAnywhere,
                           texts[i]);
        x += widths[i];
    }
    m_y += height;
    m_painter.setPen(QPen(Qt::gray, mm(0.1)));
    m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
    return height;
}

void PdfCanvas::table(const QStringList& header, const std::vector<QStringList>& rows,
                      const std::vector<double>& weights)
{
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<double> widths;
    for (const double weight : weights)
        widths.push_back(m_width * weight / total);
    setFont(8.0, false);
    const double rowHeight = m_painter.fontMetrics().height() * 1.3;
    const double headerHeight = headerRow(header, widths, false);
    ensureSpace(headerHeight + rowHeight * std::min<double>(3.0, static_cast<double>(rows.size())));
    headerRow(header, widths, true);
    for (const auto& row : rows) {
        if (m_y + rowHeight > m_height) {
            newPage();
            headerRow(header, widths, true);
        }
        tableRow(row, widths, false);
    }
    m_y += mm(4.0);
}

void PdfCanvas::chart(const RecordedChart& chart)
{
    const double height = mm(chart.heightMm);
    ensureSpace(height);
    m_painter.save();
    m_painter.translate(0, m_y);
    // QPicture::play scales by the device's DPI over the picture's: undone, so the chart fills its box.
    const double dpi = double(chart.picture.logicalDpiX()) / double(m_writer.logicalDpiX());
    m_painter.scale(m_width / chart.size.width() * dpi, height / chart.size.height() * dpi);
    m_painter.drawPicture(0, 0, chart.picture);
    m_painter.restore();
    m_y += height + mm(4.0);
}

bool PdfCanvas::finish()
{
    footer();
    return m_painter.end();
}

} // namespace near2::report
