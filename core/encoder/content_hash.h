#pragma once
// A fast 128-bit content hash (not cryptographic) for cache keys: model files and catalog texts.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace near2 {

class ContentHasher
{
public:
    void update(std::string_view bytes);
    // Length-prefixed, so that ("ab","c") and ("a","bc") differ.
    void updateField(std::string_view bytes);
    // The file's bytes; throws InputError naming it when unreadable.
    void updateFile(const std::filesystem::path& file);
    std::string hex() const; // 32 hex digits

private:
    void mixWord(std::uint64_t word);
    std::uint64_t m_a = 0x9E3779B97F4A7C15ull;
    std::uint64_t m_b = 0xC2B2AE3D27D4EB4Full;
    std::uint64_t m_length = 0;
    std::uint64_t m_pending = 0;
    unsigned m_pendingBytes = 0;
};

} // namespace near2
