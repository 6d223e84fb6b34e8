#pragma once
// Process-wide compute settings shared by LibTorch and FAISS (one OpenMP runtime).
#include <string>

namespace near2::compute {

// Sets LibTorch's and OpenMP's (FAISS's) thread counts; 0 means every core.
void configureThreads(int threads);
int configuredThreads();

// "cpu" or "cuda"; "auto" picks CUDA when LibTorch has it and a GPU is present. Throws InputError otherwise.
std::string resolveDevice(const std::string& requested);

std::string torchVersion();
std::string faissVersion();

} // namespace near2::compute
