#pragma once
// Inverse L2 norms of every row's prefix at each nested dimension: truncating to d dims and re-normalising
// is a multiplication by these, so the sweep never copies truncated vectors.
#include "core/embed/embedding_matrix.h"
#include "core/util/error.h"

#include <atomic>
#include <cstddef>
#include <string>
#include <vector>

namespace near2 {

// A row with a NaN or infinite value among the dims a search reads: its scores would be meaningless (NaN
// never ranks, infinity always does), so searches refuse it. `row` is the matrix's 0-based row; callers that
// know the file say which one (describe()).
class NonFiniteRow : public InputError
{
public:
    explicit NonFiniteRow(std::size_t row);
    std::size_t row() const { return m_row; }
    // "row 41 (0-based) has a NaN or infinite value: …", for an InputError naming the file.
    static std::string describe(std::size_t row);

private:
    std::size_t m_row;
};

// The lowest non-finite row that parallel workers report: they note() theirs, the caller throws once
// they are done (never inside an OpenMP region).
class FirstNonFiniteRow
{
public:
    void note(std::size_t row)
    {
        std::size_t seen = m_row.load();
        while (row < seen && !m_row.compare_exchange_weak(seen, row)) {
        }
    }
    void throwIfAny() const
    {
        if (const std::size_t row = m_row.load(); row != kNone)
            throw NonFiniteRow(row);
    }

private:
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::atomic<std::size_t> m_row{kNone};
};

// [dimIndex][row] = 1 / ||row[:dims[dimIndex]]||, or 0 for an all-zero prefix (its cosine is then 0).
// Reads the matrix a tile at a time (any element type); throws NonFiniteRow.
std::vector<std::vector<float>> inversePrefixNorms(const EmbeddingMatrix& matrix,
                                                   const std::vector<int>& dims);

// The same for `count` rows `stride` floats apart, one thread: out[dimIndex][row]. Returns the first row
// whose prefix up to dims.back() holds a NaN or infinity, or `count` when every row is finite.
std::size_t inversePrefixNormsOfRows(const float* rows, std::size_t count, std::size_t stride,
                                     const std::vector<int>& dims, float* const* out);

// Copies the first `dim` values of each of `count` rows (stride `rowStride`) scaled to unit length (an
// all-zero prefix stays zero) into `out` (count × dim).
void normalizePrefixes(const float* rows, std::size_t count, std::size_t rowStride, int dim, float* out);
// The same for a whole matrix of any element type, read a tile at a time; throws NonFiniteRow.
void normalizePrefixes(const EmbeddingMatrix& matrix, int dim, float* out);

} // namespace near2
