#include "tests/core/compute/python_parity.h"

#include "core/encoder/model_bundle.h"
#include "tests/core/test_support.h"

#include <cstdio>
#include <cstdlib>
#include <gtest/gtest.h>
#include <sstream>

namespace near2::test {

namespace {

const char* kPythonScript = R"(import json, sys, torch
model = torch.jit.load(sys.argv[1])
model.eval()
with torch.inference_mode():
    for line in open(sys.argv[2]):
        ids = torch.tensor([json.loads(line)], dtype=torch.long)
        pooled = model(ids, torch.ones_like(ids))[0].mean(0)
        pooled = pooled / pooled.norm()
        print(" ".join(repr(float(v)) for v in pooled))
)";

std::string runCommand(const std::string& command)
{
    std::string output;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        return output;
    char chunk[4096];
    for (std::size_t n; (n = std::fread(chunk, 1, sizeof chunk, pipe)) > 0;)
        output.append(chunk, n);
    ::pclose(pipe);
    return output;
}

} // namespace

bool pythonTorchAvailable()
{
    return std::system("/usr/bin/python3 -c 'import torch' >/dev/null 2>&1") == 0;
}

void expectPythonParity(const std::filesystem::path& bundleDir, const std::vector<std::string>& texts,
                        TextKind kind, const std::filesystem::path& scratch)
{
    const auto bundle = ModelBundle::open(bundleDir);
    std::ostringstream idsJson;
    for (const auto& text : texts) {
        const auto ids = textIds(bundle, text, kind);
        idsJson << '[';
        for (std::size_t i = 0; i < ids.size(); ++i)
            idsJson << (i ? "," : "") << ids[i];
        idsJson << "]\n";
    }
    writeText(scratch / "ids.jsonl", idsJson.str());
    writeText(scratch / "parity.py", kPythonScript);
    const std::string output =
        runCommand("/usr/bin/python3 " + (scratch / "parity.py").string() + " " +
                   (bundleDir / "model.pt").string() + " " + (scratch / "ids.jsonl").string());

    const auto ours = encodeTexts(bundle, texts, kind, {.batchSize = 4, .device = "cpu"}, {});
    std::istringstream lines(output);
    std::string line;
    for (std::size_t row = 0; row < texts.size(); ++row) {
        ASSERT_TRUE(std::getline(lines, line)) << "python printed too few rows:\n" << output;
        std::istringstream values(line);
        for (std::size_t d = 0; d < ours.dim(); ++d) {
            double value = 0;
            ASSERT_TRUE(values >> value) << "row " << row;
            EXPECT_NEAR(ours.row(row)[d], value, 1e-5) << "row " << row << " dim " << d;
        }
    }
}

} // namespace near2::test
