// BEIR folders: corpus.jsonl, queries.jsonl and qrels/test.tsv cut from one input at "\n#####\n".
#include "core/data/loaders.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace near2;
    const auto parts = fuzz::splitParts(fuzz::asText(data, size), "\n#####\n");
    const auto dir = fuzz::scratchDir() / "beir";
    fuzz::writeScratch("beir/corpus.jsonl", parts[0]);
    fuzz::writeScratch("beir/queries.jsonl", parts.size() > 1 ? parts[1] : "");
    fuzz::writeScratch("beir/qrels/test.tsv", parts.size() > 2 ? parts[2] : "query-id\tcorpus-id\tscore\n");
    fuzz::acceptInputErrors([&] {
        const Dataset dataset = readBeir(dir);
        const RecordIndex corpus(dataset.corpus);
        for (const auto& [name, qrels] : dataset.splits)
            for (const auto& judgement : qrels.judgements)
                (void)corpus.find(judgement.docId);
    });
    return 0;
}
