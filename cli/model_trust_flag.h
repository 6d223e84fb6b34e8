#pragma once
// --trust-model-code, on every subcommand that opens a model: a model.pt (TorchScript) runs code when loaded, so
// it opens only with this flag or when its SHA-256 is in the trust list (core/encoder/model_trust.h).
#include <CLI/CLI.hpp>

namespace near2::cli {

void addTrustModelCodeFlag(CLI::App& app);

// The line the CLI adds to an UntrustedModelCodeError's message.
const char* trustModelCodeHint();

} // namespace near2::cli
