#pragma once
// Computes a NestedLayout's arrays (nested_sections.h) from a catalog of any size and element type, a chunk
// of rows at a time: the catalog is read once, front to back (a memory-mapped file is told what comes next
// and what is done with, so it never stays resident), and each chunk's part of every array goes to `write`,
// into memory or a cache file alike.
#include "core/embed/embedding_matrix.h"
#include "core/search/nested_sections.h"
#include "core/util/progress.h"

#include <cstddef>
#include <cstdint>
#include <functional>

namespace near2 {

// Receives `size` bytes for [offset, offset + size) of the buffer.
using SectionWriter = std::function<void(std::uint64_t offset, const std::byte* data, std::size_t size)>;

// Reports stage "nested blocks" (rows done of rows) and polls cancellation between chunks.
void writeNestedArrays(const EmbeddingMatrix& matrix, const NestedSections& sections,
                       const SectionWriter& write, const JobControl& job);

} // namespace near2
