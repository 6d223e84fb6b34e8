#pragma once
// File → Export: the PDF report and the CSV tables, assembled in background jobs (the PDF is painted on the
// GUI thread because its charts are widgets), and the selected query's ranking as CSV. Every writer goes
// through a temporary file renamed into place, so a failure leaves no partial file; errors come out through
// errorOccurred for the main window to show.
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace near2 {
struct ReportRequest;
namespace jobs {
class JobRunner;
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

    // Adds the "Export" submenu (PDF with Ctrl+E, CSV folder, current query ranking) to `menu`.
    void addMenu(QMenu* menu);
    jobs::JobRunner* pdfJob() const { return m_pdfJob; }
    jobs::JobRunner* csvJob() const { return m_csvJob; }

    // The exports without asking for a path (the menu actions ask first); emit exported or errorOccurred.
    void exportPdf(const QString& file);
    void exportCsvFolder(const QString& folder);
    void exportRanking(const QString& file);

Q_SIGNALS:
    void exported(const QString& path);
    void errorOccurred(const QString& message);

private:
    bool checkProject();
    ReportRequest request() const;
    void updateEnabled();

    widgets::AnalysisState* m_state;
    jobs::ProjectSession* m_session;
    QWidget* m_dialogParent;
    jobs::JobRunner* m_pdfJob;
    jobs::JobRunner* m_csvJob;
    QAction* m_pdf = nullptr;
    QAction* m_csv = nullptr;
    QAction* m_ranking = nullptr;
};

} // namespace near2::app
