// Flat fp32/fp16 search on LibTorch: one matrix product and topk on the device (the GPU path of the grid).
// On "cpu" it serves tests; on "cuda" it is compiled but untested here (no GPU on the development machine).
#include "core/search/prefix_norms.h"
#include "core/tradeoffs/cell_searcher.h"

#include <torch/torch.h>

namespace near2 {

namespace {

class TorchFlatSearcher : public CellSearcher
{
public:
    TorchFlatSearcher(const PreparedCatalog& catalog, bool half, const std::string& device)
        : m_device(device), m_dim(catalog.dim), m_half(half)
    {
        auto vectors = torch::from_blob(const_cast<float*>(catalog.vectors.data()),
                                        {static_cast<long>(catalog.rows), static_cast<long>(catalog.dim)});
        m_catalog = vectors.to(m_device, half ? torch::kHalf : torch::kFloat32, false, true);
    }

    void search(const float* queries, std::size_t count, std::size_t rowStride, std::size_t k, float* scores,
                std::int64_t* labels) const override
    {
        torch::NoGradGuard noGrad;
        auto needles = torch::empty({static_cast<long>(count), static_cast<long>(m_dim)});
        normalizePrefixes(queries, count, rowStride, m_dim, needles.data_ptr<float>());
        torch::Tensor products;
        if (m_half && m_device.is_cpu()) // CPU matrix products in half precision are not available everywhere
            products = torch::mm(needles, m_catalog.to(torch::kFloat32).t());
        else
            products =
                torch::mm(needles.to(m_device, m_catalog.scalar_type()), m_catalog.t()).to(torch::kFloat32);
        const long depth = std::min<long>(static_cast<long>(k), m_catalog.size(0));
        const auto [top, positions] = products.topk(depth, 1);
        const auto topScores = top.to(torch::kCPU).contiguous();
        const auto topLabels = positions.to(torch::kCPU, torch::kInt64).contiguous();
        for (std::size_t q = 0; q < count; ++q)
            for (std::size_t r = 0; r < k; ++r) {
                const bool present = static_cast<long>(r) < depth;
                const auto at = static_cast<long>(q) * depth + static_cast<long>(r);
                scores[q * k + r] = present ? topScores.data_ptr<float>()[at] : -1e30f;
                labels[q * k + r] = present ? topLabels.data_ptr<std::int64_t>()[at] : -1;
            }
    }

    std::size_t memoryBytes() const override
    {
        return static_cast<std::size_t>(m_catalog.numel()) * m_catalog.element_size();
    }
    std::string device() const override { return m_device.str(); }

private:
    torch::Device m_device;
    int m_dim;
    bool m_half;
    torch::Tensor m_catalog;
};

} // namespace

std::unique_ptr<CellSearcher> buildTorchFlatSearcher(const CellSpec& spec, const PreparedCatalog& catalog,
                                                     const std::string& device)
{
    return std::make_unique<TorchFlatSearcher>(catalog, spec.precision == Precision::Fp16, device);
}

} // namespace near2
