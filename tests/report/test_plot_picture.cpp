// The PDF's charts painted with QPainter (widgets/report/plot_picture.h): a point sits on the gridlines of
// its ticks (a log2 axis included) and points that cannot be placed are left out, the legend names every
// series in full (wrapping into rows), and the whole report is written on a worker thread with the same text
// as on the application's thread.
#include "core/report/report_data.h"
#include "report_fixture.h"
#include "tests/core/test_support.h"
#include "widgets/report/pdf_export.h"
#include "widgets/report/plot_picture.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QSvgGenerator>
#include <cmath>
#include <cstdlib>
#include <gtest/gtest.h>
#include <regex>
#include <thread>

using namespace near2;

namespace {

const QColor kMarked(255, 0, 0);

QImage imageOf(const report::RecordedChart& chart)
{
    QImage image(chart.size.toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.drawPicture(0, 0, chart.picture);
    painter.end();
    return image;
}

// Columns (or rows) where a third of the pixels along the other axis are grey: the plot's frame and
// gridlines.
std::vector<int> gridLines(const QImage& image, bool vertical)
{
    std::vector<int> lines;
    const int length = vertical ? image.width() : image.height();
    const int across = vertical ? image.height() : image.width();
    for (int at = 0; at < length; ++at) {
        int grey = 0;
        for (int other = 0; other < across; ++other) {
            const QColor pixel = vertical ? image.pixelColor(at, other) : image.pixelColor(other, at);
            grey += pixel.red() > 0x90 && pixel.red() < 0xf4 && pixel.red() == pixel.green() &&
                    std::abs(pixel.red() - pixel.blue()) <= 4; // the gridlines and the frame
        }
        if (grey > across / 3 && (lines.empty() || lines.back() != at - 1))
            lines.push_back(at);
    }
    return lines;
}

QPointF centreOfMarked(const QImage& image)
{
    double x = 0, y = 0, count = 0;
    for (int row = 0; row < image.height(); ++row)
        for (int column = 0; column < image.width(); ++column)
            if (image.pixelColor(column, row) == kMarked) {
                x += column;
                y += row;
                ++count;
            }
    return count > 0 ? QPointF(x / count, y / count) : QPointF(-1, -1);
}

std::string pdfText(const std::filesystem::path& file)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QString::fromStdString(file.string()), QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return "(pdftotext failed)";
    return process.readAllStandardOutput().toStdString();
}

} // namespace

TEST(PlotPicture, APointSitsOnItsTicksGridlines)
{
    report::Plot plot;
    plot.x = {log2Ticks(8.0, 1024.0, 10, TickFormat::Bytes), QStringLiteral("bytes")};
    plot.y = {linearTicks(0.0, 1.0, 6, TickFormat::Number), QStringLiteral("metric")};
    ASSERT_EQ(plot.x.ticks.ticks[2].label, "32 B");
    ASSERT_EQ(plot.y.ticks.ticks[3].label, "0.6");
    report::PlotSeries series{{}, kMarked, false, MarkerShape::Square, 12.0, 12.0, {}};
    series.points.push_back({32.0, 0.6, {}, false});
    series.points.push_back({64.0, std::nan(""), {}, false}); // left out, not drawn at a corner
    series.points.push_back({0.0, 0.4, {}, false});           // ≤ 0 on a log axis: left out
    plot.series.push_back(series);
    const QImage image = imageOf(report::paintPlot(plot, 110.0));
    if (const char* keep = std::getenv("NEAR2_KEEP_PLOT")) // for looking at it
        image.save(QString::fromLocal8Bit(keep));
    const auto columns = gridLines(image, true), rows = gridLines(image, false);
    // The log axis is padded by half an octave, so the frame's sides are two more lines; the linear axis ends
    // on its outer ticks, under the frame.
    ASSERT_EQ(columns.size(), plot.x.ticks.ticks.size() + 2);
    ASSERT_EQ(rows.size(), plot.y.ticks.ticks.size());
    const QPointF centre = centreOfMarked(image);
    EXPECT_NEAR(centre.x(), columns[1 + 2], 1.5);            // the third tick from the left
    EXPECT_NEAR(centre.y(), rows[rows.size() - 1 - 3], 1.5); // the fourth from the bottom
}

TEST(PlotPicture, TheLegendNamesEverySeriesInFull)
{
    report::Plot plot;
    plot.x = {log2Ticks(1.0, 1024.0, 10, TickFormat::Bytes), QString()};
    plot.y = {linearTicks(0.0, 1.0, 6, TickFormat::Number), QString()};
    QStringList names;
    for (const char* precision : {"fp32", "fp16", "int8", "binary", "binary+rescore", "pq"})
        for (const char* index : {"flat", "hnsw"}) {
            names.append(
                QStringLiteral("%1 · %2").arg(QLatin1StringView(precision), QLatin1StringView(index)));
            plot.series.push_back(
                {names.back(), Qt::blue, false, MarkerShape::Circle, 8.0, 8.0, {{4.0, 0.5, {}, false}}});
        }
    const report::RecordedChart chart = report::paintPlot(plot, 110.0);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(chart.size.toSize());
    QPainter painter(&generator);
    painter.drawPicture(0, 0, chart.picture);
    painter.end();
    const QString svg = QString::fromUtf8(buffer.data());
    for (const QString& name : names)
        EXPECT_TRUE(svg.contains(u'>' + name.toHtmlEscaped() + u'<')) << name.toStdString();
}

TEST(PlotPicture, TheReportIsWrittenOnAWorkerThreadAsOnTheApplicationsThread)
{
    test::ScratchDir dir;
    test::writeTinyProject(dir / "p.near2");
    const auto data = assembleReport(dir / "p.near2", {.runs = {"A", "B"}, .currentDim = 2});
    report::writePdfReport(data, dir / "main.pdf");
    std::string problem;
    std::thread worker([&] {
        try {
            report::writePdfReport(data, dir / "worker.pdf");
        } catch (const std::exception& error) {
            problem = error.what();
        }
    });
    worker.join();
    ASSERT_EQ(problem, "");
    const std::string text = pdfText(dir / "worker.pdf");
    EXPECT_NE(text.find("ndcg@3 against memory per vector"), std::string::npos);
    // The same but for the title page's creation time, which may differ by a second.
    const auto undated = [](const std::string& pdf) {
        return std::regex_replace(pdf, std::regex("Created: [^\n]*"), "Created:");
    };
    EXPECT_EQ(undated(text), undated(pdfText(dir / "main.pdf")));
}
