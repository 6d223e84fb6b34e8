#pragma once
// Bulk work on the query table (issue 17): "N of M" queries shown by the filters, and tagging every selected
// query at once (the table allows extended selection) with a typed tag or one of the last used ones, each of
// which has a shortcut (Ctrl+Shift+1…3). Tags go through AnalysisState::setAnnotation (a query's note
// stays), which the app saves per query.
#include <QString>
#include <QStringList>
#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace near2::widgets {

class AnalysisState;

class BulkTagBar final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRecentTags = 3;

    // `view` shows the filtered queries (its model maps rows to QueryTableModel::QueryIndexRole).
    BulkTagBar(AnalysisState* state, QTableView* view, QWidget* parent = nullptr);

    // Tags every selected query with `tag`; returns how many were tagged.
    int tagSelected(const QString& tag);
    // The selected queries' indexes in the state, ascending.
    QList<int> selectedQueries() const;
    const QStringList& recentTags() const { return m_recent; }
    // The last used tags of an earlier session (the app keeps them in its settings), most recent first.
    void setRecentTags(const QStringList& tags);
    QString countText() const;
    QComboBox* tagEdit() const { return m_tag; }

private:
    void updateCount();
    void updateRecent();

    AnalysisState* m_state;
    QTableView* m_view;
    QLabel* m_count;
    QComboBox* m_tag;
    QPushButton* m_apply;
    QToolButton* m_recentButtons[kRecentTags];
    QStringList m_recent; // most recent first
};

} // namespace near2::widgets
