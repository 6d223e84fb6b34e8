#pragma once
// Splits a scan over [0, rows) into chunks of whole tiles, one per thread, at least 16 tiles each so that
// small catalogs do not start idle threads; the calling thread runs the first chunk.
#include <algorithm>
#include <cstddef>
#include <future>
#include <thread>
#include <vector>

namespace near2 {

inline std::size_t chunkCount(std::size_t rows, std::size_t tile, unsigned threads)
{
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    return std::clamp<std::size_t>((rows + tile - 1) / tile / 16, 1, threads);
}

// Calls task(part, first, last) for part in [0, parts) and returns when all are done.
template <class Task> void runChunks(std::size_t rows, std::size_t tile, std::size_t parts, const Task& task)
{
    const std::size_t tiles = (rows + tile - 1) / tile;
    const std::size_t chunk = (tiles + parts - 1) / parts * tile;
    std::vector<std::future<void>> running;
    for (std::size_t part = 1; part < parts; ++part)
        running.push_back(std::async(std::launch::async, [&task, part, chunk, rows] {
            task(part, part * chunk, std::min(rows, (part + 1) * chunk));
        }));
    task(std::size_t{0}, std::size_t{0}, std::min(rows, chunk));
    for (auto& thread : running)
        thread.get();
}

} // namespace near2
