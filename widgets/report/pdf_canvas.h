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
    // Kept with at least `followingMm` of what follows (a table's heading never ends a page alone).
    void heading(const QString& text, double followingMm = 35.0);
    void subheading(const QString& text, double followingMm = 25.0);
    void paragraph(const QString& text, double points = 10.0);
    // Columns get widths proportional to `weights`. Header cells are never cut: they wrap (before "@" in
    // metric names, at spaces, else anywhere). Long body cells are elided in the middle, so the end of a
    // product title (its model number) stays.
    void table(const QStringList& header, const std::vector<QStringList>& rows,
               const std::vector<double>& weights);
    void chart(const RecordedChart& chart); // as vectors, at the page's width
    void space(double mm);
    // Starts a new page unless `heightMm` fits below what is drawn: a caption kept on one page with its table
    // or chart.
    void keepTogether(double heightMm);
    double tableHeightMm(std::size_t rows); // a table of `rows` body rows under a one-line header
    bool finish();                          // false when the painter could not write the document
    int pageCount() const { return m_page; }

private:
    double mm(double value) const;
    void ensureSpace(double height);
    void footer();
    void setFont(double points, bool bold);
    void tableRow(const QStringList& cells, const std::vector<double>& widths, bool bold);
    double headerRow(const QStringList& cells, const std::vector<double>& widths, bool draw);

    QPdfWriter& m_writer;
    QPainter m_painter;
    QString m_footer;
    double m_y = 0.0, m_width = 0.0, m_height = 0.0;
    int m_page = 1;
};

} // namespace near2::report
