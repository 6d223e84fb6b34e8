#pragma once
// Peak memory for the benchmarks: a field of /proc/self/status, and the peaks of RssAnon and RssFile sampled
// every 20 ms on a thread of its own.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <string>
#include <thread>

namespace near2::bench {

// kB of `key` (e.g. "VmHWM:") in /proc/self/status; 0 when absent.
inline std::uint64_t statusKib(const char* key)
{
    std::ifstream status("/proc/self/status");
    std::string name;
    std::uint64_t kib = 0;
    std::string rest;
    while (status >> name) {
        if (name == key && status >> kib)
            return kib;
        std::getline(status, rest);
    }
    return 0;
}

// Samples the anonymous and file-backed resident set every 20 ms; keeps the peaks.
class PeakSampler
{
public:
    PeakSampler()
        : m_thread([this] {
              while (!m_stop) {
                  m_anon = std::max<std::uint64_t>(m_anon, statusKib("RssAnon:"));
                  m_file = std::max<std::uint64_t>(m_file, statusKib("RssFile:"));
                  std::this_thread::sleep_for(std::chrono::milliseconds(20));
              }
          })
    {
    }
    ~PeakSampler() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    std::uint64_t anonKib() const { return m_anon; }
    std::uint64_t fileKib() const { return m_file; }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<std::uint64_t> m_anon{0}, m_file{0};
    std::thread m_thread;
};

} // namespace near2::bench
