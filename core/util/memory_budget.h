#pragma once
// How much memory a run may use, and the check made before each large allocation: a run that cannot hold
// what it needs stops with an InputError saying how much it needs, how much there is and what to do, instead
// of failing midway (std::bad_alloc, or the kernel's out-of-memory killer).
#include <cstdint>
#include <optional>
#include <string>

namespace near2 {

struct MemoryLimit
{
    std::uint64_t bytes = 0;
    bool configured = false; // a budget the user set, rather than what the system has available
};

// The budget set by setMemoryBudget, else the NEAR2_MEMORY_BUDGET environment variable, else the memory
// available now (MemAvailable, or what the process's cgroup still allows when that is less).
MemoryLimit memoryLimit();
// Overrides the environment and the system (nullopt: back to them). Process-wide.
void setMemoryBudget(std::optional<std::uint64_t> bytes);

// "4G", "512M", "1.5G", "100000" (bytes; K, M, G, T are powers of 1024). Throws InputError naming
// `field` for anything else.
std::uint64_t parseByteSize(const std::string& text, const std::string& field);
// "1.5 GiB", "512.0 MiB", "930 bytes".
std::string formatBytes(std::uint64_t bytes);

// Throws InputError "not enough memory: <what> needs X, Y are available …; <advice>" when `bytes` exceed
// the limit. `what` names the structure and its shape; `advice` says how to need less.
void requireMemory(std::uint64_t bytes, const std::string& what, const std::string& advice);

} // namespace near2
