#pragma once
// The application object `near2 report --pdf` needs, created explicitly here and only for that.
//
// Why a QApplication in a command-line tool: the report's charts are drawn by the same QtCharts builders as
// the workbench's Charts tab, its PNG/SVG export and its PDF export (one drawing code path, not a second one
// in plain QPainter), and QtCharts items are QGraphicsWidgets, which need a QApplication. It runs on the
// offscreen platform (no display needed) unless QT_QPA_PLATFORM names another, lives for the one command, and
// loads the English plural forms the report's texts use ("1 query").
#include <memory>

class QApplication;

namespace near2::cli {

class PdfApplication
{
public:
    PdfApplication();
    ~PdfApplication();
    PdfApplication(const PdfApplication&) = delete;
    PdfApplication& operator=(const PdfApplication&) = delete;

private:
    std::unique_ptr<QApplication> m_application;
};

} // namespace near2::cli
