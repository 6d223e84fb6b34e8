// TREC files as near2 score reads them: a qrels file and a run file cut from one input at "\n#####\n", the
// run then evaluated against the qrels.
#include "core/eval/trec_files.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace near2;
    const auto parts = fuzz::splitParts(fuzz::asText(data, size), "\n#####\n");
    const auto qrelsFile = fuzz::writeScratch("qrels.txt", parts[0]);
    const auto runFile = fuzz::writeScratch("run.txt", parts.size() > 1 ? parts[1] : "");
    fuzz::acceptInputErrors([&] {
        const Qrels qrels = readTrecQrels(qrelsFile);
        const auto run = readTrecRun(runFile);
        MetricSpec spec;
        spec.cutoffs = {1, 5};
        (void)evaluateRun(qrels, run, spec, EvaluationOptions{});
    });
    return 0;
}
