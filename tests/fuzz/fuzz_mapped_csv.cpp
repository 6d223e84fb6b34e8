// A CSV/TSV file read through a column mapping: the input's first line is the mapping
// ("doc-id=...,query=...,label=..."), the rest the file (.csv, or .tsv when the mapping line starts with a
// tab).
#include "core/data/loaders.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace near2;
    const auto text = fuzz::asText(data, size);
    const auto newline = text.find('\n');
    const std::string_view spec = newline == std::string_view::npos ? text : text.substr(0, newline);
    const std::string_view body =
        newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
    const bool tsv = !spec.empty() && spec.front() == '\t';
    const auto file = fuzz::writeScratch(tsv ? "mapped.tsv" : "mapped.csv", body);
    fuzz::acceptInputErrors([&] {
        const auto mapping = ColumnMapping::parse(std::string(tsv ? spec.substr(1) : spec));
        const Dataset dataset = readMappedCsv(file, mapping);
        (void)RecordIndex(dataset.corpus);
    });
    return 0;
}
