#include "core/search/head_panel.h"

namespace near2 {

void HeadPanel::pack(const float* rows, std::size_t stride, std::size_t docs, int dim)
{
    m_docs = docs;
    m_dim = static_cast<std::size_t>(dim);
    const std::size_t steps = (docs + kStepDocs - 1) / kStepDocs;
    m_values.resize(steps * kGroupsPerStep * m_dim * kLanes);
#pragma omp parallel for schedule(static)
    for (std::size_t g = 0; g < steps * kGroupsPerStep; ++g) {
        float* out = m_values.data() + g * m_dim * kLanes;
        for (std::size_t lane = 0; lane < kLanes; ++lane) {
            const std::size_t doc = g * kLanes + lane;
            if (doc >= docs) {
                for (std::size_t d = 0; d < m_dim; ++d)
                    out[d * kLanes + lane] = 0.0f;
                continue;
            }
            const float* row = rows + doc * stride;
            for (std::size_t d = 0; d < m_dim; ++d)
                out[d * kLanes + lane] = row[d];
        }
    }
}

} // namespace near2
