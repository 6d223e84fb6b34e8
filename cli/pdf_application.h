#pragma once
// The application object `near2 report --pdf` needs, created explicitly here and only for that.
//
// Why an application object in a command-line tool: QPdfWriter and QPainter's text need a QGuiApplication
// (the font database and a platform plugin). No widget is made: the report, its charts included, is plain
// QPainter work. It runs on the offscreen platform (no display needed) unless QT_QPA_PLATFORM names another,
// lives for the one command, and loads the English plural forms the report's texts use ("1 query").
#include <memory>

class QGuiApplication;

namespace near2::cli {

class PdfApplication
{
public:
    PdfApplication();
    ~PdfApplication();
    PdfApplication(const PdfApplication&) = delete;
    PdfApplication& operator=(const PdfApplication&) = delete;

private:
    std::unique_ptr<QGuiApplication> m_application;
};

} // namespace near2::cli
