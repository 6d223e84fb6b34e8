#include "app/shortcut_list.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace near2::app {

namespace {

void listMenu(const QMenu* menu, QString& html)
{
    QString rows;
    for (const QAction* action : menu->actions()) {
        if (action->menu())
            listMenu(action->menu(), html);
        else if (!action->shortcut().isEmpty())
            rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                        .arg(action->text().remove(QLatin1Char('&')).toHtmlEscaped(),
                             action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
    }
    if (!rows.isEmpty())
        html += QStringLiteral("<h4>%1</h4><table cellspacing=\"4\">%2</table>")
                    .arg(menu->title().remove(QLatin1Char('&')).toHtmlEscaped(), rows);
}

} // namespace

QString shortcutListHtml(const QMenuBar* menus)
{
    QString html;
    for (const QAction* action : menus->actions())
        if (action->menu())
            listMenu(action->menu(), html);
    return html;
}

} // namespace near2::app
