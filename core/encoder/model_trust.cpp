#include "core/encoder/model_trust.h"

#include "core/util/bounded_read.h"

#include <atomic>
#include <cstdlib>
#include <fcntl.h>
#include <mutex>
#include <openssl/evp.h>
#include <set>
#include <sstream>
#include <unistd.h>

namespace near2 {

namespace {

std::atomic<bool> g_trustAll{false};
std::mutex g_mutex;
std::set<std::string> g_trustedInProcess; // guarded by g_mutex

bool listedInTrustFile(const std::string& sha256)
{
    std::string text;
    try {
        text = readFileBounded(trustedModelsFile(), kMaxConfigFileBytes, "the trust list");
    } catch (const InputError&) {
        return false;
    }
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line))
        if (line.size() >= sha256.size() && line.compare(0, sha256.size(), sha256) == 0 &&
            (line.size() == sha256.size() || line[sha256.size()] == ' '))
            return true;
    return false;
}

} // namespace

std::string sha256Hex(std::string_view bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    static const char* hex = "0123456789abcdef";
    std::string text;
    for (unsigned int i = 0; i < length; ++i) {
        text += hex[digest[i] >> 4];
        text += hex[digest[i] & 15];
    }
    return text;
}

UntrustedModelCodeError::UntrustedModelCodeError(const std::filesystem::path& modelFile, std::string sha256)
    : InputError(modelFile, "is TorchScript, a program that runs when it is loaded; it is not trusted (SHA-256 " +
                                sha256 + "). Open it only if you trust where it came from"),
      m_sha256(std::move(sha256))
{
}

void setTrustAllModelCode(bool trust)
{
    g_trustAll = trust;
}

bool trustsAllModelCode()
{
    return g_trustAll;
}

void trustModelCodeInProcess(const std::string& sha256)
{
    const std::lock_guard lock(g_mutex);
    g_trustedInProcess.insert(sha256);
}

std::filesystem::path trustedModelsFile()
{
    if (const char* file = std::getenv("NEAR2_TRUST_FILE"); file && *file)
        return file;
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "near2" / "trusted-models";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".config" / "near2" / "trusted-models";
    return {};
}

void rememberTrustedModelCode(const std::string& sha256, const std::string& note)
{
    trustModelCodeInProcess(sha256);
    const std::filesystem::path file = trustedModelsFile();
    if (file.empty())
        throw InputError("no HOME or XDG_CONFIG_HOME: cannot keep a trust list");
    std::error_code error;
    std::filesystem::create_directories(file.parent_path(), error);
    std::string line = sha256 + " " + note;
    for (char& c : line)
        if (c == '\n' || c == '\r')
            c = ' ';
    line += '\n';
    // One append of one line: concurrent writers never interleave within a line.
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    const bool written = fd >= 0 && ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
    if (fd >= 0 && ::close(fd) != 0)
        throw InputError(file, "cannot write the trust list");
    if (!written)
        throw InputError(file, "cannot write the trust list");
}

bool isModelCodeTrusted(const std::string& sha256)
{
    {
        const std::lock_guard lock(g_mutex);
        if (g_trustedInProcess.contains(sha256))
            return true;
    }
    return listedInTrustFile(sha256);
}

void requireModelCodeTrust(const std::filesystem::path& modelFile, const std::string& sha256)
{
    if (!g_trustAll && !isModelCodeTrusted(sha256))
        throw UntrustedModelCodeError(modelFile, sha256);
}

} // namespace near2
