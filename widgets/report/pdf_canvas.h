#pragma once
// Flowing layout on a QPdfWriter: headings, paragraphs, tables that break across pages and repeat their
// header, and charts drawn as vectors. Every page gets a footer with its number.
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>
#include <vector>

namespace near2::report {

struct RecordedChart;

class PdfCanvas
{
public:
    PdfCanvas(QPdfWriter& writer, QString footer);
    ~PdfCanvas();
    PdfCanvas(const PdfCanvas&) = delete;
    PdfCanvas& operator=(const PdfCanvas&) = delete;

    void newPage();
    void title(const QString& text);
    void heading(const QString& text);
    void paragraph(const QString& text, double points = 10.0);
    // Columns get widths proportional to `weights`; long cells are elided.
    void table(const QStringList& header, const std::vector<QStringList>& rows,
               const std::vector<double>& weights);
    void chart(const RecordedChart& chart); // as vectors, at the page's width
    void space(double mm);
    bool finish(); // false when the painter could not write the document
    int pageCount() const { return m_page; }

private:
    double mm(double value) const;
    void ensureSpace(double height);
    void footer();
    void setFont(double points, bool bold);
    void tableRow(const QStringList& cells, const std::vector<double>& widths, bool bold);

    QPdfWriter& m_writer;
    QPainter m_painter;
    QString m_footer;
    double m_y = 0.0, m_width = 0.0, m_height = 0.0;
    int m_page = 1;
};

} // namespace near2::report
