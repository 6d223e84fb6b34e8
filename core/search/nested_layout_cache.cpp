#include "core/search/nested_layout_cache.h"

#include "core/data/dataset_building.h"
#include "core/embed/mapped_file.h"
#include "core/search/nested_arrays_writer.h"
#include "core/util/error.h"
#include "core/util/reserved_file.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string_view>
#include <unistd.h>

namespace near2 {

namespace {

constexpr std::array<char, 8> kMagic{'N', '2', 'N', 'E', 'S', 'T', 'E', 'D'};
constexpr std::uint32_t kVersion = 1;
constexpr std::uint64_t kHeaderBytes = 4096; // the arrays start on a page
constexpr std::size_t kMaxSegments = 512;    // their ends fit in the header's page
constexpr std::size_t kSampledRows = 257;

struct Header
{
    std::array<char, 8> magic = kMagic;
    std::uint32_t version = kVersion;
    std::uint32_t segments = 0;
    std::uint64_t rows = 0;
    std::uint64_t dataBytes = 0;
    std::uint64_t sourceHash = 0;
    // followed by `segments` std::uint32_t segment ends
};

// The caller's key and the values of rows sampled evenly across the catalog (first and last included).
std::uint64_t sourceHashOf(const EmbeddingMatrix& corpus, const std::string& key)
{
    std::uint64_t hash = fnv1a64(key);
    const std::string shape = std::to_string(corpus.rows()) + "x" + std::to_string(corpus.dim());
    hash = fnv1a64(shape, hash);
    std::vector<float> scratch;
    const std::size_t samples = std::min(kSampledRows, corpus.rows());
    for (std::size_t i = 0; i < samples; ++i) {
        const std::size_t row = samples == 1 ? 0 : i * (corpus.rows() - 1) / (samples - 1);
        const float* values = corpus.floatRows(row, 1, scratch);
        hash = fnv1a64({reinterpret_cast<const char*>(values), sizeof(float) * corpus.dim()}, hash);
    }
    return hash;
}

std::vector<std::byte> headerBytes(const NestedSections& sections, std::uint64_t sourceHash)
{
    Header header;
    header.segments = static_cast<std::uint32_t>(sections.ends.size());
    header.rows = sections.rows;
    header.dataBytes = sections.bytes;
    header.sourceHash = sourceHash;
    std::vector<std::byte> bytes(kHeaderBytes);
    std::memcpy(bytes.data(), &header, sizeof header);
    for (std::size_t s = 0; s < sections.ends.size(); ++s) {
        const auto end = static_cast<std::uint32_t>(sections.ends[s]);
        std::memcpy(bytes.data() + sizeof header + s * sizeof end, &end, sizeof end);
    }
    return bytes;
}

// The layout in `path` when the file holds exactly this one; null otherwise (absent, other source, damaged).
std::shared_ptr<const NestedLayout> mapIfCurrent(const std::filesystem::path& path,
                                                 const NestedSections& sections, std::uint64_t sourceHash)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error) ||
        std::filesystem::file_size(path, error) != kHeaderBytes + sections.bytes)
        return nullptr;
    std::shared_ptr<const MappedFile> mapping;
    try {
        mapping = MappedFile::open(path);
    } catch (const InputError&) {
        return nullptr;
    }
    const auto expected = headerBytes(sections, sourceHash);
    if (mapping->size() != kHeaderBytes + sections.bytes ||
        std::memcmp(mapping->data(), expected.data(), kHeaderBytes) != 0)
        return nullptr;
    const std::byte* base = mapping->data() + kHeaderBytes;
    return std::make_shared<const NestedLayout>(std::move(mapping), base, sections);
}

// Temporary files of builds whose process is gone (killed midway).
void removeAbandonedTemporaries(const std::filesystem::path& path)
{
    const std::string prefix = path.filename().string() + ".tmp-";
    std::error_code error;
    for (const auto& entry :
         std::filesystem::directory_iterator(path.parent_path().empty() ? "." : path.parent_path(), error)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) != 0)
            continue;
        const std::string pid = name.substr(prefix.size());
        if (!pid.empty() &&
            std::all_of(pid.begin(), pid.end(), [](unsigned char c) { return std::isdigit(c) != 0; }) &&
            !std::filesystem::exists("/proc/" + pid, error))
            std::filesystem::remove(entry.path(), error);
    }
}

// Builds the layout into `path` under a temporary name, synced, then renamed; false when the file could not
// be written (nothing is left behind). A write failure stops the build at once.
bool buildIntoFile(const EmbeddingMatrix& corpus, const NestedSections& sections, std::uint64_t sourceHash,
                   const std::filesystem::path& path, const JobControl& job)
{
    removeAbandonedTemporaries(path);
    const std::filesystem::path temporary = path.string() + ".tmp-" + std::to_string(::getpid());
    std::error_code error;
    std::filesystem::remove(temporary, error);
    try {
        {
            ReservedFile file(temporary, kHeaderBytes + sections.bytes, "the nested blocks");
            writeNestedArrays(
                corpus, sections,
                [&file](std::uint64_t offset, const std::byte* data, std::size_t size) {
                    file.write(kHeaderBytes + offset, data, size);
                },
                job);
            const auto header = headerBytes(sections, sourceHash);
            file.write(0, header.data(), header.size());
            file.sync();
        }
        std::filesystem::rename(temporary, path);
        return true;
    } catch (const InputError&) {
    } catch (const std::filesystem::filesystem_error&) {
    } catch (...) { // cancelled
        std::filesystem::remove(temporary, error);
        throw;
    }
    std::filesystem::remove(temporary, error);
    return false;
}

} // namespace

OpenedNestedLayout openNestedLayout(const EmbeddingMatrix& corpus, const std::vector<int>& dims,
                                    const NestedLayoutFile& file, const JobControl& job)
{
    const NestedSections sections(corpus.rows(), segmentEndsOf(dims, static_cast<int>(corpus.dim())));
    if (sections.ends.size() > kMaxSegments || file.path.empty())
        return {std::make_shared<const NestedLayout>(corpus, dims, job), NestedLayoutOrigin::BuiltInMemory};
    const std::uint64_t sourceHash = sourceHashOf(corpus, file.sourceKey);
    if (auto mapped = mapIfCurrent(file.path, sections, sourceHash))
        return {std::move(mapped), NestedLayoutOrigin::MappedCache};
    if (buildIntoFile(corpus, sections, sourceHash, file.path, job))
        if (auto mapped = mapIfCurrent(file.path, sections, sourceHash))
            return {std::move(mapped), NestedLayoutOrigin::BuiltIntoCache};
    return {std::make_shared<const NestedLayout>(corpus, dims, job), NestedLayoutOrigin::BuiltInMemory};
}

} // namespace near2
