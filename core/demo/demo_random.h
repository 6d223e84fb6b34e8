#pragma once
// A small fixed pseudo-random generator for the demo shop and the stand-in embedder. Its output is defined
// here bit for bit (splitmix64 seeding, xoshiro256**), unlike std:: distributions, whose results differ
// across standard library versions: the same seed gives the same demo data everywhere.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace near2::demo {

// splitmix64: one step of the mixer, also a good 64-bit hash finaliser.
inline std::uint64_t splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// FNV-1a over the bytes of `text`, then mixed: a stable 64-bit hash of a string.
inline std::uint64_t stableHash(std::string_view text, std::uint64_t salt = 0)
{
    std::uint64_t hash = 0xCBF29CE484222325ull ^ salt;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001B3ull;
    }
    return splitmix64(hash);
}

class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
    {
        for (auto& word : m_state)
            word = splitmix64(seed);
    }

    // xoshiro256**
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, n); n > 0. (Modulo: a negligible bias for the small n used here.)
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    // Uniform in [lo, hi].
    std::size_t between(std::size_t lo, std::size_t hi) { return lo + below(hi - lo + 1); }
    // Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool chance(double probability) { return unit() < probability; }

    template <class T> const T& pick(const std::vector<T>& items) { return items[below(items.size())]; }

    template <class T> void shuffle(std::vector<T>& items)
    {
        for (std::size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[below(i)]);
    }

    // Up to `count` items chosen without replacement, in random order.
    template <class T> std::vector<T> sample(std::vector<T> items, std::size_t count)
    {
        const std::size_t taken = count < items.size() ? count : items.size();
        for (std::size_t i = 0; i < taken; ++i)
            std::swap(items[i], items[i + below(items.size() - i)]);
        items.resize(taken);
        return items;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4];
};

} // namespace near2::demo
