#pragma once
// The catalog's first columns, laid out for the head kernel (head_scan.h): groups of 16 documents, dims-major
// inside a group ([group][dim][lane]), so that one vector load reads one dim of 16 documents. Built once per
// sweep (a copy of dim/full-dim of the catalog), it turns the kernel's reads into sequential ones and spares
// every query block the strided first touch of each row. Zero-padded to a whole number of kernel steps
// (kGroupsPerStep groups), so the kernel never reads past the end.
#include <cstddef>
#include <vector>

namespace near2 {

class HeadPanel
{
public:
    static constexpr std::size_t kLanes = 16;
    static constexpr std::size_t kGroupsPerStep = 2;
    static constexpr std::size_t kStepDocs = kLanes * kGroupsPerStep;

    // Copies columns [0, dim) of `docs` rows, the first at `rows`, one every `stride` floats (all threads).
    void pack(const float* rows, std::size_t stride, std::size_t docs, int dim);

    const float* group(std::size_t index) const { return m_values.data() + index * m_dim * kLanes; }
    std::size_t docs() const { return m_docs; }
    int dim() const { return static_cast<int>(m_dim); }

private:
    std::vector<float> m_values;
    std::size_t m_docs = 0;
    std::size_t m_dim = 0;
};

} // namespace near2
