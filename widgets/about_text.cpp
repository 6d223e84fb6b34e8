#include "widgets/about_text.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtGlobal>

namespace near2::widgets {

namespace {

QString tableRow(const QString& name, const QString& version, const QString& licence)
{
    return QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
        .arg(name.toHtmlEscaped(), version.toHtmlEscaped(), licence.toHtmlEscaped());
}

} // namespace

QString applicationTagline()
{
    return QCoreApplication::translate("About", "Nested-embedding analysis for product search");
}

QString aboutHtml(const QString& version, const QString& gitRevision,
                  const std::vector<compute::LibraryVersion>& libraries)
{
    QStringList rows;
    rows << tableRow(QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
                     QCoreApplication::translate("About", "LGPL-3.0-only; Qt Charts: GPL-3.0-only"));
    for (const auto& library : libraries)
        rows << tableRow(QString::fromStdString(library.name), QString::fromStdString(library.version),
                         QString::fromStdString(library.licence));
    return QCoreApplication::translate("About", "<h3>NEAR² Workbench %1</h3><p>%2</p><p>Build: %3</p>")
               .arg(version.toHtmlEscaped(), applicationTagline().toHtmlEscaped(),
                    gitRevision.toHtmlEscaped()) +
           QCoreApplication::translate("About", "<p>Libraries used, with their licences:</p>") +
           QStringLiteral("<table cellspacing=\"4\">%1</table>").arg(rows.join(QString())) +
           QCoreApplication::translate("About", "<p>The licence texts are installed in "
                                                "/usr/share/doc/near2-workbench/copyright and in each "
                                                "library's /usr/share/doc folder.</p>");
}

} // namespace near2::widgets
