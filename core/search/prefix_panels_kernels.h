#pragma once
// The kernel behind core/search/prefix_panels.h, in its own file for its instruction set; prefix_panels.cpp
// checks the CPU before calling it.
#include "core/search/prefix_panels.h"

#if defined(__x86_64__) && defined(__GNUC__)
#define NEAR2_X86_KERNELS 1
#endif

namespace near2::panel_kernels {

#ifdef NEAR2_X86_KERNELS
void scanAvx512(const PanelScan& scan);
#endif

} // namespace near2::panel_kernels
