#pragma once
// The segment chart of the PDF report's worst queries (issue 17): for each query that loses most between
// the reference and the current dim, its relevant product that was displaced (else the first with a
// non-relevant product above it) against that product, compared segment by segment
// (core/explore/segment_scores.h). Reads the project's embeddings (core/session/ranking_context.h).
#include "core/explore/segment_scores.h"
#include "core/report/report_data.h"
#include "core/util/progress.h"

#include <string>
#include <vector>

namespace near2::session {

struct QuerySegments
{
    std::string queryId, queryText;
    std::string relevantTitle, otherTitle;
    bool displaced = false; // the other product overtook the relevant one between the dims (else: a rival)
    explore::SegmentComparison comparison;
    std::size_t dimIndex = 0; // the current dim in comparison.relevant.dims
};

// One entry per worst query that has such a pair. Throws InputError when the embeddings cannot be read.
std::vector<QuerySegments> worstQuerySegments(const ReportData& data, const JobControl& job = {});

} // namespace near2::session
