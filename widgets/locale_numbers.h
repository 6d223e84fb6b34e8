#pragma once
#include <QString>

namespace near2::widgets {

// Numbers shown in the views, in the user's locale (QLocale()): "0,512" in German. Data exports (CSV, TREC)
// stay in the C locale; they do not use these.
QString localeFixed(double value, int decimals);
// As localeFixed, with the locale's plus sign on values ≥ 0: deltas read "+0,012" / "−0,030".
QString localeSigned(double value, int decimals);

} // namespace near2::widgets
