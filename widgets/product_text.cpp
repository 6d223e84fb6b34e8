#include "widgets/product_text.h"

#include <QCoreApplication>

namespace near2::widgets {

QString productHtml(const ProductRecord& product)
{
    const auto row = [](const QString& name, const QString& value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    html += row(QCoreApplication::translate("ProductText", "id"), QString::fromStdString(product.id));
    html += row(QCoreApplication::translate("ProductText", "title"), QString::fromStdString(product.title));
    for (const auto& [name, value] : product.fields)
        html += row(QString::fromStdString(name), QString::fromStdString(value));
    return html + QStringLiteral("</table>");
}

} // namespace near2::widgets
