#include "core/session/report_segments.h"

#include "core/session/failure_explorer.h"

#include <algorithm>

namespace near2::session {

std::vector<QuerySegments> worstQuerySegments(const ReportData& data, const JobControl& job)
{
    std::vector<QuerySegments> pages;
    if (data.worst.empty() || data.runs.empty())
        return pages;
    ProjectSnapshot snapshot = data.snapshot;
    snapshot.latestRun = data.runs.front();
    const ExplorerCatalog catalog(loadRankingContext(snapshot, job), false);
    const std::size_t k = 10;
    for (const auto& worst : data.worst) {
        job.checkCancelled();
        const auto labels = explore::datasetLabelsOf(snapshot, worst.queryIndex);
        const auto explanation = explainQuery(snapshot, worst.queryIndex, labels, data.currentDim,
                                              data.referenceDim, k, -1, &catalog);
        if (!explanation.segments)
            continue;
        QuerySegments page;
        page.queryId = worst.queryId;
        page.queryText = worst.text;
        const auto titleOf = [&](std::int32_t row) {
            return session::productRecordOf(*catalog.context->dataset, row).title;
        };
        page.relevantTitle = titleOf(explanation.relevantRow);
        page.otherTitle = titleOf(explanation.otherRow);
        page.displaced = explanation.otherDisplaced;
        page.comparison = *explanation.segments;
        page.dimIndex = explanation.segmentDimIndex;
        pages.push_back(std::move(page));
    }
    return pages;
}

} // namespace near2::session
