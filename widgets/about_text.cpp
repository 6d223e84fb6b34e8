#include "widgets/about_text.h"

#include <QCoreApplication>

namespace near2::widgets {

QString applicationTagline()
{
    return QCoreApplication::translate("About", "Nested-embedding analysis for product search");
}

} // namespace near2::widgets
