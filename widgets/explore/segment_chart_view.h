#pragma once
// Where the score comes from, by nested segment (issue 17): for a relevant product and the product that
// displaced it, each segment's contribution to the cosine at the current dim ([0,8), [8,16), … up to it), as
// two bar sets side by side, and a line naming the segment where the other product gains most
// (core/explore/segment_scores.h).
#include "core/explore/segment_scores.h"

#include <QChartView>

class QBarSet;

namespace near2::widgets {

class SegmentChartView final : public QChartView
{
    Q_OBJECT
public:
    explicit SegmentChartView(QWidget* parent = nullptr);

    // `dimIndex` indexes comparison.relevant.dims (the current dim); clipped to the last.
    void setComparison(explore::SegmentComparison comparison, std::size_t dimIndex, QString relevantTitle,
                       QString otherTitle);
    // "At 64 dims, <other> gains most in segment [16, 32)", or that no segment favours it; empty when unset.
    const QString& summary() const { return m_summary; }
    // The bar sets: the relevant product's contributions, then the other's (null when unset).
    QBarSet* relevantBars() const { return m_relevantBars; }
    QBarSet* otherBars() const { return m_otherBars; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    explore::SegmentComparison m_comparison;
    std::size_t m_dimIndex = 0;
    QString m_relevantTitle, m_otherTitle, m_summary;
    QBarSet* m_relevantBars = nullptr;
    QBarSet* m_otherBars = nullptr;
};

// "[16, 32)": segment `segment` of `dims` (segment ends).
QString segmentName(const std::vector<int>& dims, std::size_t segment);

} // namespace near2::widgets
