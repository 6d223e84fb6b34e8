// The only translation unit that loads TorchScript for encoding and training.
#include "core/encoder/torchscript_network.h"

#include "core/encoder/network_errors.h"
#include "core/util/atomic_file.h"
#include "core/util/error.h"
#include "core/util/input_field.h"

#include <sstream>
#include <torch/script.h>

namespace near2 {

struct TorchScriptNetwork::Impl
{
    torch::jit::Module module;
    std::string source;
    bool sentenceLevel = false;
    bool tokenWise = false;  // each token's state depends on that token alone (kTokenWiseAttribute)
    std::int64_t hidden = 0; // learnt from the first forward pass
    bool training = false;

    torch::Tensor call(const torch::Tensor& ids);
};

torch::Tensor TorchScriptNetwork::Impl::call(const torch::Tensor& ids)
{
    torch::jit::IValue result = module.forward({ids, torch::ones_like(ids)});
    if (result.isTuple() && !result.toTupleRef().elements().empty())
        result = result.toTupleRef().elements()[0];
    if (!result.isTensor())
        throw InputError(source, "forward() must return a tensor (or a tuple starting with one)");
    torch::Tensor output = result.toTensor();
    const std::int64_t rows = ids.size(0), length = ids.size(1);
    const bool shapeOk = sentenceLevel
                             ? output.dim() == 2 && output.size(0) == rows
                             : output.dim() == 3 && output.size(0) == rows && output.size(1) == length;
    if (!shapeOk || output.size(-1) < 1 || (hidden != 0 && output.size(-1) != hidden))
        throw InputError(source, "forward() returned a tensor of shape " + shapeText(output) +
                                     " for input ids [" + std::to_string(rows) + ", " +
                                     std::to_string(length) + "]; expected " +
                                     (sentenceLevel ? "[B, H] (pooling 'none')" : "[B, L, H]"));
    if (!output.is_floating_point())
        throw InputError(source, "forward() returned integers, not floating-point embeddings");
    hidden = output.size(-1);
    return sentenceLevel ? output : output.reshape({rows * length, hidden});
}

TorchScriptNetwork::TorchScriptNetwork(const std::string& bytes, std::string source, bool sentenceLevel)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->source = std::move(source);
    m_impl->sentenceLevel = sentenceLevel;
    try {
        std::istringstream stream(bytes);
        m_impl->module = torch::jit::load(stream, torch::kCPU);
    } catch (const std::exception& e) {
        throw InputError(m_impl->source, "not a loadable TorchScript model: " + firstLineOf(e));
    }
    m_impl->module.eval();
    m_impl->tokenWise = m_impl->module.hasattr(kTokenWiseAttribute) &&
                        m_impl->module.attr(kTokenWiseAttribute).isBool() &&
                        m_impl->module.attr(kTokenWiseAttribute).toBool();
}

TorchScriptNetwork::~TorchScriptNetwork() = default;

torch::Tensor TorchScriptNetwork::forward(const torch::Tensor& ids, std::span<const LengthGroup> groups)
{
    if (m_impl->tokenWise && !m_impl->sentenceLevel && groups.size() > 1)
        return runForward(m_impl->source, [&] { return m_impl->call(ids.view({1, ids.size(0)})); });
    std::vector<torch::Tensor> outputs;
    std::int64_t offset = 0;
    for (const LengthGroup& group : groups) {
        const torch::Tensor groupIds =
            ids.narrow(0, offset, group.count * group.length).view({group.count, group.length});
        offset += group.count * group.length;
        outputs.push_back(runForward(m_impl->source, [&] { return m_impl->call(groupIds); }));
    }
    return outputs.size() == 1 ? outputs.front() : torch::cat(outputs);
}

bool TorchScriptNetwork::sentenceLevel() const
{
    return m_impl->sentenceLevel;
}

std::int64_t TorchScriptNetwork::hiddenSize() const
{
    return m_impl->hidden;
}

std::vector<torch::Tensor> TorchScriptNetwork::parameters()
{
    std::vector<torch::Tensor> result;
    for (const auto& parameter : m_impl->module.parameters())
        if (parameter.is_floating_point())
            result.push_back(parameter);
    return result;
}

void TorchScriptNetwork::setTraining(bool training)
{
    m_impl->training = training;
    if (training)
        m_impl->module.train();
    else
        m_impl->module.eval();
}

void TorchScriptNetwork::to(const std::string& device)
{
    m_impl->module.to(torch::Device(device));
}

void TorchScriptNetwork::setPrecision(ComputePrecision precision)
{
    if (precision == ComputePrecision::Int8)
        throw InputError(m_impl->source, fieldRef(InputField::Precision) +
                                             " int8 needs a Hugging Face model folder (the workbench's own "
                                             "BERT forward); a TorchScript model runs in fp32 or bf16");
    // Floating-point tensors only: Module::to(dtype) would also turn index tables (e.g. grams-256's
    // piece_grams) into floats, which embedding lookups then refuse.
    const auto dtype = precision == ComputePrecision::Bf16 ? torch::kBFloat16 : torch::kFloat32;
    torch::NoGradGuard noGrad;
    for (auto tensor : m_impl->module.parameters())
        if (tensor.is_floating_point())
            tensor.set_data(tensor.to(dtype));
    for (auto tensor : m_impl->module.buffers())
        if (tensor.is_floating_point())
            tensor.set_data(tensor.to(dtype));
}

const std::string& TorchScriptNetwork::source() const
{
    return m_impl->source;
}

void TorchScriptNetwork::save(const std::filesystem::path& file)
{
    // Serialised in memory first: LibTorch's file writer throws from its destructor when the disk fills
    // (std::terminate); AtomicFile reports a failed write as InputError and leaves no partial file.
    std::ostringstream bytes;
    m_impl->module.eval();
    m_impl->module.save(bytes);
    setTraining(m_impl->training);
    AtomicFile out(file, std::ios::out | std::ios::binary);
    const std::string data = std::move(bytes).str();
    out.stream().write(data.data(), static_cast<std::streamsize>(data.size()));
    out.commit();
}

} // namespace near2
