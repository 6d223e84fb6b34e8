#include "core/search/int8_dot_kernels.h"

namespace near2::int8_kernels {

void addScalar(const std::int8_t* block, std::size_t width, std::size_t used, const std::int16_t* query,
               std::size_t n, const float* scales, float* lanes, float* squares)
{
    for (std::size_t r = 0; r < n; ++r) {
        const std::int8_t* values = block + r * width;
        std::int32_t dot = 0, square = 0;
        for (std::size_t i = 0; i < used; ++i) {
            dot += values[i] * query[i];
            square += values[i] * values[i];
        }
        lanes[r * kDotLanes] += scales[r] * static_cast<float>(dot);
        if (squares != nullptr)
            squares[r] += scales[r] * scales[r] * static_cast<float>(square);
    }
}

void sumScalar(const float* lanes, std::size_t n, float* dots)
{
    for (std::size_t r = 0; r < n; ++r) {
        float sum = 0.0f;
        for (std::size_t lane = 0; lane < kDotLanes; ++lane)
            sum += lanes[r * kDotLanes + lane];
        dots[r] = sum;
    }
}

} // namespace near2::int8_kernels
