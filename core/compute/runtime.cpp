#include "core/compute/runtime.h"

#include "core/util/error.h"

#include <faiss/Index.h>
#include <omp.h>
#include <thread>
#include <torch/torch.h>

namespace near2::compute {

namespace {
int g_threads = 1;
}

void configureThreads(int threads)
{
    if (threads <= 0)
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    g_threads = threads;
    at::set_num_threads(threads);
    omp_set_num_threads(threads);
}

int configuredThreads()
{
    return g_threads;
}

std::string resolveDevice(const std::string& requested)
{
    const bool cudaAvailable = torch::cuda::is_available();
    if (requested == "auto")
        return cudaAvailable ? "cuda" : "cpu";
    if (requested == "cpu")
        return "cpu";
    if (requested == "cuda") {
        if (!cudaAvailable)
            throw InputError(fieldRef(InputField::Device) +
                             " cuda: this LibTorch has no CUDA support or no GPU is present");
        return "cuda";
    }
    throw InputError(fieldRef(InputField::Device) + ": expected auto, cpu or cuda, got '" + requested + "'");
}

std::string torchVersion()
{
    return TORCH_VERSION;
}

std::string faissVersion()
{
    return std::to_string(FAISS_VERSION_MAJOR) + "." + std::to_string(FAISS_VERSION_MINOR) + "." +
           std::to_string(FAISS_VERSION_PATCH);
}

} // namespace near2::compute
