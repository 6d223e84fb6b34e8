#include "core/search/quantised_blocks.h"

#include "core/search/row_chunks.h"

#include <algorithm>
#include <limits>

namespace near2 {

namespace {

constexpr std::size_t kRowsPerTile = 256;

// Quantises values[0, width) to `codes` with one scale; returns Σ (value − scale·code)², exact in double
// (scale·code has at most 32 significant bits).
double quantise(const float* values, std::size_t width, std::int8_t* codes, float& scale)
{
    float largest = 0.0f;
    for (std::size_t i = 0; i < width; ++i)
        largest = std::max(largest, std::fabs(values[i]));
    scale = largest / 127.0f;
    double error = 0.0;
    for (std::size_t i = 0; i < width; ++i) {
        const float code =
            scale > 0.0f ? std::clamp(std::nearbyint(values[i] / scale), -127.0f, 127.0f) : 0.0f;
        codes[i] = static_cast<std::int8_t>(code);
        const double residual = static_cast<double>(values[i]) - static_cast<double>(scale) * code;
        error += residual * residual;
    }
    return error;
}

// A float not below sqrt(squared).
float upperSquareRoot(double squared)
{
    if (squared == 0.0)
        return 0.0f;
    return std::nextafter(static_cast<float>(std::sqrt(squared) * (1.0 + 1e-12)),
                          std::numeric_limits<float>::infinity());
}

} // namespace

QuantisedBlocks::QuantisedBlocks(const EmbeddingMatrix& matrix, const std::vector<int>& segmentEnds)
    : m_rows(matrix.rows())
{
    std::size_t start = 0;
    for (const int end : segmentEnds) {
        m_blocks.emplace_back(m_rows * (static_cast<std::size_t>(end) - start));
        m_scales.emplace_back(m_rows);
        m_errorNorms.emplace_back(m_rows);
        start = static_cast<std::size_t>(end);
    }
    // Rows are independent: one chunk of rows per hardware thread.
    runChunks(m_rows, kRowsPerTile, chunkCount(m_rows, kRowsPerTile, 0),
              [&](std::size_t, std::size_t first, std::size_t last) {
                  std::vector<float> scratch;
                  for (std::size_t tile = first; tile < last; tile += kRowsPerTile) {
                      const std::size_t count = std::min(kRowsPerTile, last - tile);
                      const float* rows = matrix.floatRows(tile, count, scratch);
                      for (std::size_t r = 0; r < count; ++r)
                          quantiseRow({rows + r * matrix.dim(), matrix.dim()}, tile + r, segmentEnds);
                  }
              });
}

void QuantisedBlocks::quantiseRow(std::span<const float> values, std::size_t row,
                                  const std::vector<int>& ends)
{
    const bool safe = std::all_of(values.begin(), values.end(), withinSafeRange);
    double error = 0.0;
    std::size_t start = 0;
    for (std::size_t s = 0; s < ends.size(); ++s) {
        const auto width = static_cast<std::size_t>(ends[s]) - start;
        if (safe)
            error +=
                quantise(values.data() + start, width, m_blocks[s].data() + row * width, m_scales[s][row]);
        m_errorNorms[s][row] = safe ? upperSquareRoot(error) : std::numeric_limits<float>::infinity();
        start += width;
    }
}

std::size_t QuantisedBlocks::bytesPerRow() const
{
    std::size_t bytes = 0;
    for (const auto& block : m_blocks)
        bytes += m_rows == 0 ? 0 : block.size() / m_rows + 2 * sizeof(float);
    return bytes;
}

} // namespace near2
