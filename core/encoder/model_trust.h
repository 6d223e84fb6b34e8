#pragma once
// The trust model of model files.
//  - A Hugging Face model folder (config.json + safetensors weights + tokenizer and JSON configs) is data: the
//    workbench runs its own BERT/DistilBERT forward pass over the numbers, so such a folder opens without asking.
//  - A bundle with model.pt (TorchScript) is a program: loading it runs code from the file with the user's rights
//    (a __setstate__ can write files). Like Hugging Face's trust_remote_code, opening one needs explicit trust:
//      * for this process: setTrustAllModelCode(true) (near2's --trust-model-code);
//      * for one file, for this process: trustModelCodeInProcess(sha256) (a training run's own checkpoints, a
//        GUI "allow once");
//      * for one file, remembered: rememberTrustedModelCode(sha256) appends the file's SHA-256 to the trust list
//        (trustedModelsFile()); near2 train does so for the models it writes from its own code, and the
//        workbench is to do so when the user confirms.
//    Opening an untrusted model.pt throws UntrustedModelCodeError (an InputError) carrying the file and its
//    SHA-256, before any of it is loaded, so a front-end can ask and open again. What is loaded is the bytes that
//    were hashed (read once into memory), so the file cannot be swapped between the check and the load.
#include "core/util/error.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace near2 {

std::string sha256Hex(std::string_view bytes);

class UntrustedModelCodeError : public InputError
{
public:
    UntrustedModelCodeError(const std::filesystem::path& modelFile, std::string sha256);
    const std::filesystem::path& modelFile() const { return file(); }
    const std::string& sha256() const { return m_sha256; }

private:
    std::string m_sha256;
};

void setTrustAllModelCode(bool trust);
bool trustsAllModelCode();
void trustModelCodeInProcess(const std::string& sha256);

// $NEAR2_TRUST_FILE, else $XDG_CONFIG_HOME/near2/trusted-models, else ~/.config/near2/trusted-models: one line per
// trusted file, "<sha256> <note>".
std::filesystem::path trustedModelsFile();
// Appends (creating the folder and file when absent); also trusts it in this process. Throws InputError naming the
// trust list when it cannot be written.
void rememberTrustedModelCode(const std::string& sha256, const std::string& note);
// In this process or in the trust list (an unreadable list trusts nothing).
bool isModelCodeTrusted(const std::string& sha256);
// Throws UntrustedModelCodeError unless isModelCodeTrusted or setTrustAllModelCode(true).
void requireModelCodeTrust(const std::filesystem::path& modelFile, const std::string& sha256);

} // namespace near2
