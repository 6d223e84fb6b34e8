#include "cli/model_trust_flag.h"

#include "core/encoder/model_trust.h"

namespace near2::cli {

void addTrustModelCodeFlag(CLI::App& app)
{
    app.add_flag_callback(
        "--trust-model-code", [] { setTrustAllModelCode(true); },
        "Open TorchScript model.pt files (they run code when loaded; Hugging Face safetensors folders need no trust)");
}

const char* trustModelCodeHint()
{
    return "pass --trust-model-code to open it, or use a Hugging Face folder with safetensors weights";
}

} // namespace near2::cli
