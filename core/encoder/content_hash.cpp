#include "core/encoder/content_hash.h"

#include "core/util/error.h"

#include <cstring>
#include <fstream>
#include <vector>

namespace near2 {

namespace {

std::uint64_t rotl(std::uint64_t x, int r)
{
    return (x << r) | (x >> (64 - r));
}

std::uint64_t finalMix(std::uint64_t x)
{
    x ^= x >> 33;
    x *= 0xFF51AFD7ED558CCDull;
    x ^= x >> 33;
    x *= 0xC4CEB9FE1A85EC53ull;
    x ^= x >> 33;
    return x;
}

} // namespace

void ContentHasher::mixWord(std::uint64_t word)
{
    m_a = rotl((m_a ^ word) * 0x87C37B91114253D5ull, 31) + m_b;
    m_b = rotl((m_b + word) * 0x4CF5AD432745937Full, 27) ^ m_a;
}

void ContentHasher::update(std::string_view bytes)
{
    m_length += bytes.size();
    std::size_t i = 0;
    while (m_pendingBytes != 0 && i < bytes.size()) {
        m_pending |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[i++]))
                     << (8 * m_pendingBytes);
        if (++m_pendingBytes == 8) {
            mixWord(m_pending);
            m_pending = 0;
            m_pendingBytes = 0;
        }
    }
    for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes.data() + i, 8);
        mixWord(word);
    }
    for (; i < bytes.size(); ++i)
        m_pending |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[i]))
                     << (8 * m_pendingBytes++);
}

void ContentHasher::updateField(std::string_view bytes)
{
    const std::uint64_t size = bytes.size();
    update(std::string_view(reinterpret_cast<const char*>(&size), sizeof size));
    update(bytes);
}

void ContentHasher::updateFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw InputError(file, "cannot read the file");
    std::vector<char> chunk(1 << 20);
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        update(std::string_view(chunk.data(), static_cast<std::size_t>(in.gcount())));
    }
}

std::string ContentHasher::hex() const
{
    ContentHasher copy = *this;
    copy.mixWord(copy.m_pending ^ (static_cast<std::uint64_t>(copy.m_pendingBytes) << 56));
    copy.mixWord(copy.m_length);
    const std::uint64_t parts[2] = {finalMix(copy.m_a + copy.m_b), finalMix(copy.m_b ^ rotl(copy.m_a, 17))};
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (const std::uint64_t part : parts)
        for (int shift = 60; shift >= 0; shift -= 4)
            out.push_back(digits[(part >> shift) & 0xF]);
    return out;
}

} // namespace near2
