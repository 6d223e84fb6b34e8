#include "core/search/nested_arrays_writer.h"

#include "core/search/quantised_blocks.h"
#include "core/search/row_chunks.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace near2 {

namespace {

constexpr std::size_t kChunkRows = 16384;
constexpr std::size_t kRowsPerTask = 256;

float inverseOf(float squaredNorm)
{
    return squaredNorm > 0.0f ? 1.0f / std::sqrt(squaredNorm) : 0.0f;
}

template <typename T> T* at(std::vector<std::byte>& buffer, std::uint64_t offset)
{
    return reinterpret_cast<T*>(buffer.data() + offset);
}

// Where one row's quantised segments go, reused from row to row.
struct RowTargets
{
    explicit RowTargets(std::size_t segments) : codes(segments), scales(segments), errors(segments) {}
    std::vector<std::int8_t*> codes;
    std::vector<float*> scales, errors;
};

// Row `r` of the chunk (`values`: the full dim) into the chunk's arrays (laid out by `local`).
void fillRow(const float* values, std::size_t r, const NestedSections& local, std::vector<std::byte>& chunk,
             RowTargets& targets)
{
    const std::size_t segments = local.segments.size();
    auto& [codes, scales, errors] = targets;
    float running = 0.0f;
    const float* source = values;
    for (std::size_t s = 0; s < segments; ++s) {
        const SegmentSections& segment = local.segments[s];
        float* block = at<float>(chunk, segment.block) + r * segment.width;
        std::copy(source, source + segment.width, block);
        for (std::size_t i = 0; i < segment.width; ++i)
            running += block[i] * block[i];
        at<float>(chunk, segment.squaredNorm)[r] = running;
        at<float>(chunk, segment.inverseNorm)[r] = inverseOf(running);
        codes[s] = at<std::int8_t>(chunk, segment.codes) + r * segment.width;
        scales[s] = at<float>(chunk, segment.scales) + r;
        errors[s] = at<float>(chunk, segment.errorNorms) + r;
        source += segment.width;
    }
    const auto dim = static_cast<std::size_t>(local.ends.back());
    quantiseRow({values, dim}, local.ends, {codes, scales, errors});
}

// The chunk's part of each array, at its place in the whole buffer.
void writeChunk(const NestedSections& whole, const NestedSections& local, std::size_t first,
                const std::vector<std::byte>& chunk, const SectionWriter& write)
{
    const std::size_t count = local.rows;
    for (std::size_t s = 0; s < whole.segments.size(); ++s) {
        const SegmentSections& to = whole.segments[s];
        const SegmentSections& from = local.segments[s];
        const auto part = [&](std::uint64_t target, std::uint64_t source, std::size_t rowBytes) {
            write(target + first * rowBytes, chunk.data() + source, count * rowBytes);
        };
        part(to.block, from.block, sizeof(float) * to.width);
        part(to.squaredNorm, from.squaredNorm, sizeof(float));
        part(to.inverseNorm, from.inverseNorm, sizeof(float));
        part(to.codes, from.codes, to.width);
        part(to.scales, from.scales, sizeof(float));
        part(to.errorNorms, from.errorNorms, sizeof(float));
    }
}

} // namespace

void writeNestedArrays(const EmbeddingMatrix& matrix, const NestedSections& sections,
                       const SectionWriter& write, const JobControl& job)
{
    const std::size_t rows = sections.rows;
    const std::size_t dim = matrix.dim();
    std::vector<float> scratch;
    std::vector<std::byte> chunk;
    for (std::size_t first = 0; first < rows; first += kChunkRows) {
        job.report("nested blocks", static_cast<std::int64_t>(first), static_cast<std::int64_t>(rows));
        job.checkCancelled();
        const std::size_t count = std::min(kChunkRows, rows - first);
        if (first + count < rows)
            matrix.willRead(first + count, std::min(kChunkRows, rows - first - count));
        const NestedSections local(count, sections.ends);
        chunk.resize(local.bytes);
        const float* values = matrix.floatRows(first, count, scratch);
        runChunks(count, kRowsPerTask, chunkCount(count, kRowsPerTask, 0),
                  [&](std::size_t, std::size_t begin, std::size_t end) {
                      RowTargets targets(sections.segments.size());
                      for (std::size_t r = begin; r < end; ++r)
                          fillRow(values + r * dim, r, local, chunk, targets);
                  });
        writeChunk(sections, local, first, chunk, write);
        matrix.doneReading(first, count);
    }
    job.report("nested blocks", static_cast<std::int64_t>(rows), static_cast<std::int64_t>(rows));
}

} // namespace near2
