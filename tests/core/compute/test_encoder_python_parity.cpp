// Parity with Python: Debian's python3-torch (/usr/bin/python3) runs the same model.pt on the same ids and
// gives the same embeddings to 1e-5. Skipped with a message where /usr/bin/python3 cannot import torch.
#include "core/encoder/text_encoder.h"
#include "tests/core/compute/test_encoder_fixture.h"
#include "tests/core/test_support.h"

#include <cstdio>
#include <gtest/gtest.h>
#include <sstream>

namespace near2 {
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

TEST(EncoderPythonParity, SameModelSameIdsSameEmbeddings)
{
    if (std::system("/usr/bin/python3 -c 'import torch' >/dev/null 2>&1") != 0)
        GTEST_SKIP()
            << "/usr/bin/python3 cannot import torch (Debian's python3-torch): skipping the parity check";
    test::ScratchDir dir;
    test::writeBertBundle(dir / "bundle", {.layers = 2, .hidden = 64, .heads = 4, .intermediate = 128});
    const auto bundle = ModelBundle::open(dir / "bundle");
    const std::vector<std::string> texts = {"usb cable", "cordless drill, hammer!", "a",
                                            "query: drill usb cable"};
    const auto plan = planEncoding(bundle, texts, TextKind::Document);
    std::ostringstream idsJson;
    for (const auto& ids : plan.ids) {
        idsJson << '[';
        for (std::size_t i = 0; i < ids.size(); ++i)
            idsJson << (i ? "," : "") << ids[i];
        idsJson << "]\n";
    }
    test::writeText(dir / "ids.jsonl", idsJson.str());
    test::writeText(dir / "parity.py", kPythonScript);
    const std::string output =
        runCommand("/usr/bin/python3 " + (dir / "parity.py").string() + " " +
                   (dir / "bundle" / "model.pt").string() + " " + (dir / "ids.jsonl").string());

    const auto ours = encodeTexts(bundle, texts, TextKind::Document, {.batchSize = 4, .device = "cpu"}, {});
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

} // namespace
} // namespace near2
