#include "widgets/report/recorded_chart.h"

namespace near2::report {

QPageLayout reportPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 14),
                       QPageLayout::Millimeter);
}

RecordedChart blankChart(double heightMm)
{
    const double widthMm = reportPageLayout().paintRect(QPageLayout::Millimeter).width();
    RecordedChart recorded;
    recorded.size = QSizeF(720.0, 720.0 * heightMm / widthMm);
    recorded.heightMm = heightMm;
    return recorded;
}

} // namespace near2::report
