#pragma once
// Project → Runs: every run of the open project (name, when it was stored, which one the views show), with
// Show, Delete and Add run… buttons; a double-click on a name renames the run. No I/O: the app acts on the
// requests through the session's run jobs and hands the new list back with setRuns().
#include "core/store/project_data.h"

#include <QDialog>
#include <cstdint>
#include <vector>

class QPushButton;
class QTableWidget;

namespace near2::widgets {

class RunsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RunsDialog(QWidget* parent = nullptr);

    // `shownRunId`: the run the views show (marked, and not offered to Show again).
    void setRuns(const std::vector<RunHeader>& runs, std::int64_t shownRunId);
    QTableWidget* table() const { return m_table; } // for tests
    std::int64_t selectedRunId() const;             // 0 when none is selected
    void selectRun(std::int64_t id);

Q_SIGNALS:
    void showRequested(std::int64_t id);
    void renameRequested(std::int64_t id, const QString& label);
    void deleteRequested(std::int64_t id);
    void addRequested();

private:
    void updateButtons();

    QTableWidget* m_table;
    QPushButton* m_show;
    QPushButton* m_delete;
    std::int64_t m_shown = 0;
    bool m_filling = false; // setRuns() edits the names: not a rename
};

} // namespace near2::widgets
