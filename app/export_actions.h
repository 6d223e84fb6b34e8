#pragma once
// File → Export: the PDF report, the CSV tables and the selected query's ranking as CSV. This asks for the
// paths and says what to export; the session's export jobs (widgets/jobs/export_jobs.h) read and write, off
// the GUI thread except for recording the PDF's charts. Every writer goes through a temporary file renamed
// into place, so a failure leaves no partial file; errors come out through errorOccurred for the main window.
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace near2 {
struct ReportRequest;
namespace jobs {
class ProjectSession;
} // namespace jobs
namespace widgets {
class AnalysisState;
} // namespace widgets
} // namespace near2

namespace near2::app {

class ExportActions final : public QObject
{
    Q_OBJECT
public:
    ExportActions(widgets::AnalysisState* state, jobs::ProjectSession* session, QWidget* dialogParent);
    ~ExportActions() override;

    // Adds the "Export" submenu (PDF with Ctrl+E, CSV folder, current query ranking) to `menu`; returns it.
    QMenu* addMenu(QMenu* menu);

    // The exports without asking for a path (the menu actions ask first); emit exported or errorOccurred.
    void exportPdf(const QString& file);
    void exportCsvFolder(const QString& folder);
    void exportRanking(const QString& file);

Q_SIGNALS:
    void exported(const QString& path);
    void errorOccurred(const QString& message);
    // Before an export reads the project: the views' state (run, pair, dims) is to be saved first.
    void aboutToExport();

private:
    bool checkProject();
    ReportRequest request() const;
    void updateEnabled();

    widgets::AnalysisState* m_state;
    jobs::ProjectSession* m_session;
    QWidget* m_dialogParent;
    QAction* m_pdf = nullptr;
    QAction* m_csv = nullptr;
    QAction* m_ranking = nullptr;
};

} // namespace near2::app
