#include "widgets/locale_numbers.h"

#include <QLocale>

namespace near2::widgets {

QString localeFixed(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString localeSigned(double value, int decimals)
{
    const QLocale locale;
    const QString text = locale.toString(value, 'f', decimals);
    return value < 0.0 || text.startsWith(locale.negativeSign()) ? text : locale.positiveSign() + text;
}

} // namespace near2::widgets
