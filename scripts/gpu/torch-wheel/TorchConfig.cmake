# Torch from a PyTorch wheel (pip's CUDA build), for the GPU checks in scripts/gpu/. The wheel's own TorchConfig
# sets up the CUDA toolkit's CMake machinery, which compiling C++ against LibTorch does not need: this one
# points at the wheel's headers and libraries only. Pass -DTorch_DIR=<this folder> -DNEAR2_TORCH_WHEEL=<the
# torch package folder, e.g. .../site-packages/torch>.
if(NOT NEAR2_TORCH_WHEEL OR NOT EXISTS "${NEAR2_TORCH_WHEEL}/lib/libtorch.so")
  set(Torch_FOUND FALSE)
  set(Torch_NOT_FOUND_MESSAGE "NEAR2_TORCH_WHEEL must name a torch package folder holding lib/libtorch.so")
  return()
endif()
set(_lib "${NEAR2_TORCH_WHEEL}/lib")
set(_libraries "${_lib}/libtorch.so;${_lib}/libtorch_cpu.so;${_lib}/libc10.so")
if(EXISTS "${_lib}/libtorch_cuda.so")
  # Nothing refers to libtorch_cuda's symbols directly; linked as needed it would be dropped and CUDA would
  # never register with the dispatcher.
  set(_libraries "-Wl,--no-as-needed;${_lib}/libtorch_cuda.so;${_lib}/libc10_cuda.so;-Wl,--as-needed;${_libraries}")
endif()
# The wheel's libtorch.so exports some std::filesystem functions of its own toolchain (remove_all among them)
# that crash when called from our code: with libstdc++ needed before LibTorch, the dynamic linker binds those
# symbols to libstdc++.
set(_libraries "-Wl,--push-state,--no-as-needed;stdc++;-Wl,--pop-state;${_libraries}")
add_library(torch INTERFACE IMPORTED)
set_target_properties(torch PROPERTIES
  INTERFACE_INCLUDE_DIRECTORIES "${NEAR2_TORCH_WHEEL}/include;${NEAR2_TORCH_WHEEL}/include/torch/csrc/api/include"
  INTERFACE_LINK_LIBRARIES "${_libraries}"
  INTERFACE_LINK_OPTIONS "-Wl,-rpath,${_lib}")
set(TORCH_LIBRARIES torch)
set(TORCH_INCLUDE_DIRS "${NEAR2_TORCH_WHEEL}/include;${NEAR2_TORCH_WHEEL}/include/torch/csrc/api/include")
set(Torch_FOUND TRUE)
