// The sweep over catalogs it streams from their files: float16 converted tile by tile ranks exactly as its
// float32 decode, across tile and slice boundaries; pages read leave the resident set; non-finite rows are
// refused with their row; the memory estimates that stop runs before they start.
#include "core/embed/embedding_matrix.h"
#include "core/embed/npy_format.h"
#include "core/search/faiss_per_dim.h"
#include "core/search/prefix_norms.h"
#include "core/search/sweep.h"
#include "core/util/memory_budget.h"
#include "tests/core/compute/test_sweep_support.h"
#include "tests/core/test_support.h"

#include <cmath>
#include <cstring>
#include <fstream>
#include <gtest/gtest.h>
#include <limits>
#include <random>

using namespace near2;

namespace {

// A float16 .npy of normal values (seeded), as NumPy writes it.
void writeHalfNpy(const std::filesystem::path& file, std::size_t rows, std::size_t dim, unsigned seed)
{
    std::string header = makeNpyHeader(rows, dim);
    header.replace(header.find("<f4"), 3, "<f2");
    std::mt19937 generator(seed);
    std::uniform_int_distribution<int> exponent(12, 16); // |value| in [2^-3, 2^2): normal halves
    std::uniform_int_distribution<int> bits(0, 0x3ff), sign(0, 1);
    std::vector<std::uint16_t> halves(rows * dim);
    for (auto& half : halves)
        half = static_cast<std::uint16_t>((sign(generator) << 15) | (exponent(generator) << 10) |
                                          bits(generator));
    std::ofstream out(file, std::ios::binary);
    out << header;
    out.write(reinterpret_cast<const char*>(halves.data()), static_cast<std::streamsize>(halves.size() * 2));
}

EmbeddingMatrix decoded(const EmbeddingMatrix& matrix)
{
    std::vector<float> values(matrix.rows() * matrix.dim());
    matrix.copyFloatRows(0, matrix.rows(), values.data());
    return EmbeddingMatrix(std::move(values), matrix.rows(), matrix.dim());
}

void expectIdentical(const SweepResult& a, const SweepResult& b)
{
    ASSERT_EQ(a.dims, b.dims);
    for (std::size_t i = 0; i < a.dims.size(); ++i) {
        EXPECT_EQ(a.perDim[i].docs, b.perDim[i].docs) << "dim " << a.dims[i];
        EXPECT_EQ(a.perDim[i].scores, b.perDim[i].scores) << "dim " << a.dims[i];
    }
}

// Resident bytes of this process's mappings of `file` (/proc/self/smaps).
std::size_t residentBytesOf(const std::filesystem::path& file)
{
    std::ifstream smaps("/proc/self/smaps");
    const std::string name = std::filesystem::canonical(file).string();
    std::string line;
    bool inside = false;
    std::size_t kib = 0;
    while (std::getline(smaps, line)) {
        if (!line.empty() && std::isxdigit(static_cast<unsigned char>(line[0])) && line.find('-') < 16)
            inside =
                line.size() >= name.size() && line.compare(line.size() - name.size(), name.size(), name) == 0;
        else if (inside && line.rfind("Rss:", 0) == 0)
            kib += std::stoul(line.substr(4));
    }
    return kib * 1024;
}

class StreamedSweep : public testing::TestWithParam<SweepEngine>
{
protected:
    void SetUp() override
    {
        if (GetParam() == SweepEngine::FusedRegisters && !registerSweepAvailable())
            GTEST_SKIP() << "this CPU has no AVX-512: the register engine does not run here";
    }
    SweepOptions options() const
    {
        SweepOptions options;
        options.engine = GetParam();
        options.dims = {8, 16, 40, 64};
        options.k = 30;
        options.queryBlock = 24;
        options.docTile = 32; // slices of a few tiles (registers) or 64 tiles (products): many boundaries
        return options;
    }
    // The sweep over `corpus` as stored equals the sweep over its float32 decode, list for list.
    void expectRanksAsDecoded(const EmbeddingMatrix& corpus, const EmbeddingMatrix& queries) const
    {
        const auto ties = identityTieRanks(corpus.rows());
        expectIdentical(sweepTopK(queries, corpus, ties, options()),
                        sweepTopK(queries, decoded(corpus), ties, options()));
    }
};
INSTANTIATE_TEST_SUITE_P(, StreamedSweep,
                         testing::Values(SweepEngine::FusedProducts, SweepEngine::FusedRegisters,
                                         SweepEngine::Torch),
                         [](const testing::TestParamInfo<SweepEngine>& engine) {
                             return engine.param == SweepEngine::Torch ? std::string("Torch")
                                                                       : fusedEngineName(engine);
                         });

} // namespace

TEST_P(StreamedSweep, Float16FileRanksExactlyAsItsFloat32Decode)
{
    test::ScratchDir dir;
    writeHalfNpy(dir / "c.npy", 5001, 64, 7); // not a multiple of any tile or slice
    ASSERT_EQ(readEmbeddings(dir / "c.npy").elementType(), ElementType::Float16);
    expectRanksAsDecoded(readEmbeddings(dir / "c.npy"), randomMatrix(50, 64, 8));
}

TEST_P(StreamedSweep, StridedFvecsRanksExactlyAsItsDecode)
{
    test::ScratchDir dir;
    writeEmbeddings(dir / "c.fvecs", randomMatrix(3001, 64, 9));
    expectRanksAsDecoded(readEmbeddings(dir / "c.fvecs"), randomMatrix(30, 64, 10));
}

// A catalog larger than memory must not stay resident: every page the sweep has read is released.
TEST_P(StreamedSweep, PagesReadLeaveTheResidentSet)
{
    test::ScratchDir dir;
    writeHalfNpy(dir / "c.npy", 131072, 64, 11); // 16 MiB
    const auto corpus = readEmbeddings(dir / "c.npy");
    auto opts = options();
    opts.docTile = 0; // the engines' own tiles and slices
    sweepTopK(randomMatrix(30, 64, 12), corpus, identityTieRanks(corpus.rows()), opts);
    EXPECT_LT(residentBytesOf(dir / "c.npy"), std::size_t{1} << 20) << "of a 16 MiB catalog";
}

TEST_P(StreamedSweep, RefusesANonFiniteCatalogRowNamingIt)
{
    for (const float bad :
         {std::numeric_limits<float>::quiet_NaN(), -std::numeric_limits<float>::infinity()}) {
        auto values = randomMatrix(3000, 64, 13);
        std::vector<float> copy(values.data(), values.data() + values.rows() * values.dim());
        copy[2345 * 64 + 39] = bad; // inside dim 40
        copy[2900 * 64 + 3] = bad;  // a later one: the first is named
        const EmbeddingMatrix corpus(std::move(copy), 3000, 64);
        try {
            sweepTopK(randomMatrix(30, 64, 14), corpus, identityTieRanks(3000), options());
            ADD_FAILURE() << "no error for " << bad;
        } catch (const NonFiniteRow& error) {
            EXPECT_EQ(error.row(), 2345u);
            EXPECT_NE(std::string(error.what()).find("row 2345 (0-based) has a NaN or infinite value"),
                      std::string::npos);
        }
    }
}

TEST(StreamedSweepReference, FaissReferenceAndJudgedRerankRefuseNonFiniteRows)
{
    auto values = randomMatrix(500, 16, 15);
    std::vector<float> copy(values.data(), values.data() + values.rows() * values.dim());
    copy[77 * 16] = std::numeric_limits<float>::infinity();
    const EmbeddingMatrix corpus(std::move(copy), 500, 16);
    SweepOptions options;
    options.dims = {8, 16};
    options.k = 10;
    try {
        searchPerDimWithFaiss(randomMatrix(5, 16, 16), corpus, identityTieRanks(500), options);
        ADD_FAILURE() << "no error";
    } catch (const NonFiniteRow& error) {
        EXPECT_EQ(error.row(), 77u);
    }
}

// The sweep's needs do not grow with the catalog (it streams it); the FAISS reference's do, and it stops
// before it starts, saying how much it needs and how much the budget allows.
TEST(StreamedSweepReference, ACatalogLargerThanTheBudgetIsSweptWhileTheReferenceIsRefused)
{
    test::ScratchDir dir;
    writeHalfNpy(dir / "c.npy", 163840, 64, 17); // 20 MiB as stored, 40 MiB in float32
    const auto corpus = readEmbeddings(dir / "c.npy");
    setMemoryBudget(8ull << 20);
    EXPECT_NO_THROW(requireSweepMemory(40, corpus.rows(), corpus.dim(), 4, 10));
    SweepOptions options;
    options.dims = {8, 16, 32, 64};
    options.k = 10;
    const auto result = sweepTopK(randomMatrix(40, 64, 18), corpus, identityTieRanks(corpus.rows()), options);
    EXPECT_GE(result.perDim.back().docs[0], 0);
    try {
        requireFaissReferenceMemory(corpus.rows(), 64);
        ADD_FAILURE() << "no error";
    } catch (const InputError& error) {
        EXPECT_STREQ(error.what(),
                     "not enough memory: the per-dim FAISS reference (163840 products × 64 dims in "
                     "float32, twice) needs 80.0 MiB, the memory budget is 8.0 MiB; use the sweep, "
                     "which streams the catalog instead of holding it, or fewer or smaller dims");
    }
    test::inputErrorLine(
        [&] { requireSweepMemory(1000, corpus.rows(), 64, 4, 100000); },
        "not enough memory: the sweep's top-k lists and candidates (1000 queries × 4 dims, top "
        "100000) needs");
    setMemoryBudget(std::nullopt);
}
