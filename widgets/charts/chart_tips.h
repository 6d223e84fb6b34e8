#pragma once
// The tooltip of each kind of chart point, in the user's locale: what the point is (run, dim, bytes per
// vector, metric value; the query and product where a point is one) rather than where the mouse is.
#include <QString>

namespace near2::charts {

// "bytes" in binary units in the user's locale: "256 B", "1.5 KiB".
QString bytesText(double bytes);
QString metricTip(const QString& run, int dim, const QString& metric, double value);
QString scoreTip(const QString& run, int dim, const QString& label, double from, double to, int products,
                 double shareOfLabel);
QString marginTip(double from, double to, int queries);
// A rank above k reads "outside the top k".
QString rankShiftTip(const QString& run, const QString& query, const QString& product, const QString& label,
                     int referenceRank, int referenceDim, int currentRank, int currentDim, int k);
QString sliceTip(const QString& slice, int queries, const QString& metric, int currentDim, double current,
                 int referenceDim, double reference);

} // namespace near2::charts
