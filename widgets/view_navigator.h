#pragma once
// The workbench's views as a list beside the shown one: every view reachable at 1280 px without scroll
// arrows, each with its shortcut in the list's tooltip. The pages stay a QTabWidget (its tab bar hidden) so
// callers address views by index and title as before.
#include <QKeySequence>
#include <QWidget>

class QListWidget;
class QTabWidget;

namespace near2::widgets {

class ViewNavigator final : public QWidget
{
    Q_OBJECT
public:
    explicit ViewNavigator(QWidget* parent = nullptr);

    int addView(QWidget* view, const QString& title, const QKeySequence& shortcut);
    // Shows the view and puts the keyboard focus in it.
    void showView(int index);
    QTabWidget* pages() const { return m_pages; }
    QListWidget* list() const { return m_list; }

private:
    void fitListWidth();

    QListWidget* m_list;
    QTabWidget* m_pages;
};

} // namespace near2::widgets
