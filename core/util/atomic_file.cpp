#include "core/util/atomic_file.h"

#include <random>
#include <system_error>

#include "core/util/error.h"

namespace near2 {

namespace {
std::filesystem::path temporaryNameFor(const std::filesystem::path& target)
{
    std::random_device device;
    return target.parent_path() / ("." + target.filename().string() + ".tmp" + std::to_string(device() % 1000000));
}
} // namespace

AtomicFile::AtomicFile(std::filesystem::path target, std::ios::openmode mode)
    : m_target(std::move(target)), m_temporary(temporaryNameFor(m_target))
{
    m_stream.open(m_temporary, mode | std::ios::out | std::ios::trunc);
    if (!m_stream)
        throw InputError(m_target, "cannot write here (folder missing or not writable)");
}

AtomicFile::~AtomicFile()
{
    if (!m_committed) {
        m_stream.close();
        std::error_code ignored;
        std::filesystem::remove(m_temporary, ignored);
    }
}

void AtomicFile::commit()
{
    m_stream.flush();
    const bool ok = static_cast<bool>(m_stream);
    m_stream.close();
    if (!ok)
        throw InputError(m_target, "write failed (disk full?)");
    std::error_code error;
    std::filesystem::rename(m_temporary, m_target, error);
    if (error)
        throw InputError(m_target, "cannot move the finished file into place: " + error.message());
    m_committed = true;
}

} // namespace near2
