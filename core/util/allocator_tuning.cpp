#include "core/util/allocator_tuning.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace near2 {

void tuneAllocatorForBatchWork()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 << 20); // glibc's largest allowed value on 64-bit systems
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
}

} // namespace near2
