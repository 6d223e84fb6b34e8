#pragma once
// glibc's allocator for batch work: LibTorch allocates and frees buffers of a few MB for every batch (an
// encoder layer's activations). By default glibc maps each of them afresh and the kernel zeroes its pages on
// first touch (13% of `near2 encode --precision int8`'s time in perf); keeping up to 32 MB blocks on the
// heap, and up to 256 MB of freed heap before returning it, reuses them instead. Larger blocks (catalog
// matrices) are still mapped and returned when freed. No effect on other C libraries.
namespace near2 {

void tuneAllocatorForBatchWork();

} // namespace near2
