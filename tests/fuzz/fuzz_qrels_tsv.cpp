// A BEIR qrels TSV file, its labels then mapped to gains as an evaluation does.
#include "core/data/qrels_tsv.h"
#include "core/eval/gain_map.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace near2;
    const auto file = fuzz::writeScratch("test.tsv", fuzz::asText(data, size));
    fuzz::acceptInputErrors([&] {
        const Qrels qrels = readQrelsTsv(file);
        const GainMap gains;
        for (const auto& judgement : qrels.judgements)
            (void)gains.gainOf(judgement.label);
    });
    return 0;
}
