// A tokenizer.json (first byte even) or vocab.txt (odd), built into a BERT tokenizer that then tokenizes the
// input's last 64 bytes: a vocabulary is data that the WordPiece loop follows.
#include "core/tokenizer/bert_tokenizer.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace near2;
    if (size == 0)
        return 0;
    const auto text = fuzz::asText(data + 1, size - 1);
    const auto file = fuzz::writeScratch(data[0] % 2 == 0 ? "tokenizer.json" : "vocab.txt", text);
    fuzz::acceptInputErrors([&] {
        const auto tokenizer = BertTokenizer::fromFile(file);
        (void)tokenizer.encode(text.substr(text.size() > 64 ? text.size() - 64 : 0), 32);
    });
    return 0;
}
