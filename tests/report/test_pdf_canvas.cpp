// The PDF canvas's page breaks: a caption kept with its table (keepTogether) moves to the next page with
// it, never ending a page alone; pdftotext reads the pages back.
#include "tests/core/test_support.h"
#include "widgets/report/pdf_canvas.h"

#include <QPdfWriter>
#include <QProcess>
#include <QString>
#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <vector>

using namespace near2;

namespace {

std::vector<std::string> pagesOf(const std::filesystem::path& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QString::fromStdString(pdf.string()), QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    std::vector<std::string> pages;
    std::istringstream text(process.readAllStandardOutput().toStdString());
    std::string page;
    while (std::getline(text, page, '\f'))
        pages.push_back(page);
    return pages;
}

// Lines of filler that leave `left` lines' room on the first page (counted on a first canvas).
void fillLeaving(report::PdfCanvas& canvas, int lines, int left)
{
    for (int i = 0; i < lines - left; ++i)
        canvas.paragraph(QStringLiteral("filler %1").arg(i));
}

int linesPerPage(const std::filesystem::path& file)
{
    QPdfWriter writer(QString::fromStdString(file.string()));
    report::PdfCanvas canvas(writer, QStringLiteral("probe"));
    int lines = 0;
    while (canvas.pageCount() == 1) {
        canvas.paragraph(QStringLiteral("filler %1").arg(lines));
        ++lines;
    }
    canvas.finish();
    return lines - 1;
}

// A caption and a ten-row table drawn where three lines' room is left; with keepTogether or without.
std::vector<std::string> captionNearThePagesFoot(const test::ScratchDir& dir, bool keep)
{
    const int lines = linesPerPage(dir / "probe.pdf");
    const auto file = dir / (keep ? "kept.pdf" : "loose.pdf");
    {
        QPdfWriter writer(QString::fromStdString(file.string()));
        report::PdfCanvas canvas(writer, QStringLiteral("test"));
        fillLeaving(canvas, lines, 3);
        std::vector<QStringList> rows;
        for (int r = 1; r <= 10; ++r)
            rows.push_back({QStringLiteral("row%1").arg(r), QStringLiteral("value")});
        if (keep)
            canvas.keepTogether(7.0 + canvas.tableHeightMm(rows.size()));
        canvas.paragraph(QStringLiteral("CAPTION"), 9.0);
        canvas.table({QStringLiteral("rank"), QStringLiteral("value")}, rows, {1.0, 1.0});
        EXPECT_TRUE(canvas.finish());
    }
    return pagesOf(file);
}

bool onOnePage(const std::vector<std::string>& pages, const std::string& a, const std::string& b)
{
    for (const auto& page : pages)
        if (page.find(a) != std::string::npos)
            return page.find(b) != std::string::npos;
    return false;
}

} // namespace

TEST(PdfCanvas, ACaptionKeptWithItsTableMovesToTheNextPage)
{
    test::ScratchDir dir;
    const auto loose = captionNearThePagesFoot(dir, false);
    ASSERT_GE(loose.size(), 2u) << "pdftotext is missing";
    // Without keepTogether the caption and the first rows end the page, the rest follows (the case to avoid).
    EXPECT_FALSE(onOnePage(loose, "CAPTION", "row10"));
    const auto kept = captionNearThePagesFoot(dir, true);
    EXPECT_TRUE(onOnePage(kept, "CAPTION", "row10"));
    EXPECT_EQ(kept[0].find("CAPTION"), std::string::npos);
}
