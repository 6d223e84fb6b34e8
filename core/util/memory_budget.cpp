#include "core/util/memory_budget.h"

#include "core/util/error.h"

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <fmt/format.h>
#include <fstream>
#include <limits>

namespace near2 {

namespace {

std::atomic<std::uint64_t> g_budget{0}; // 0: none set

std::optional<std::uint64_t> readNumber(const char* file)
{
    std::ifstream in(file);
    std::uint64_t value = 0;
    if (in >> value)
        return value;
    return std::nullopt;
}

std::uint64_t systemAvailable()
{
    std::ifstream meminfo("/proc/meminfo");
    std::string key;
    std::uint64_t kib = 0;
    std::string unit;
    std::uint64_t available = std::numeric_limits<std::uint64_t>::max();
    while (meminfo >> key >> kib) {
        std::getline(meminfo, unit);
        if (key == "MemAvailable:") {
            available = kib * 1024;
            break;
        }
    }
    // A container's cgroup (v2) may allow less than the machine has.
    const auto limit = readNumber("/sys/fs/cgroup/memory.max"); // "max" reads as nothing
    const auto used = readNumber("/sys/fs/cgroup/memory.current");
    if (limit && used)
        available = std::min(available, *limit > *used ? *limit - *used : 0);
    return available;
}

} // namespace

MemoryLimit memoryLimit()
{
    if (const auto budget = g_budget.load(); budget > 0)
        return {budget, true};
    if (const char* text = std::getenv("NEAR2_MEMORY_BUDGET"); text && *text)
        return {parseByteSize(text, "NEAR2_MEMORY_BUDGET"), true};
    return {systemAvailable(), false};
}

void setMemoryBudget(std::optional<std::uint64_t> bytes)
{
    g_budget.store(bytes.value_or(0));
}

std::uint64_t parseByteSize(const std::string& text, const std::string& field)
{
    std::size_t used = 0;
    double value = 0;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    double scale = 1;
    if (used + 1 == text.size()) {
        const std::string units = "KMGT";
        const auto unit =
            units.find(static_cast<char>(std::toupper(static_cast<unsigned char>(text.back()))));
        scale = unit == std::string::npos ? 0 : std::pow(1024.0, static_cast<double>(unit + 1));
    } else if (used != text.size()) {
        scale = 0;
    }
    const double bytes = value * scale;
    if (used == 0 || scale == 0 || !std::isfinite(bytes) || bytes < 1 || bytes > 9.2e18)
        throw InputError(field + ": expected a size such as 4G, 512M or 1500000 (bytes), got '" + text + "'");
    return static_cast<std::uint64_t>(bytes);
}

std::string formatBytes(std::uint64_t bytes)
{
    const char* units[] = {"KiB", "MiB", "GiB", "TiB"};
    if (bytes < 1024)
        return fmt::format("{} bytes", bytes);
    double value = static_cast<double>(bytes) / 1024;
    std::size_t unit = 0;
    while (value >= 1024 && unit + 1 < std::size(units)) {
        value /= 1024;
        ++unit;
    }
    return fmt::format("{:.1f} {}", value, units[unit]);
}

void requireMemory(std::uint64_t bytes, const std::string& what, const std::string& advice)
{
    const MemoryLimit limit = memoryLimit();
    if (bytes <= limit.bytes)
        return;
    throw InputError(fmt::format(
        "not enough memory: {} needs {}, {} {}; {}", what, formatBytes(bytes),
        limit.configured ? "the memory budget is" : "the system has",
        limit.configured ? formatBytes(limit.bytes) : formatBytes(limit.bytes) + " available", advice));
}

} // namespace near2
