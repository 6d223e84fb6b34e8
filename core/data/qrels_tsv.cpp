#include "core/data/qrels_tsv.h"

#include "core/util/error.h"
#include "core/util/text_encoding.h"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <string_view>

namespace near2 {

namespace {

constexpr std::string_view kHeader = "query-id\tcorpus-id\tscore";

// Splits `line` on tabs into at most fields.size() parts; returns how many it found (more than the array
// holds reads as size()+1).
std::size_t splitTabs(std::string_view line, std::array<std::string_view, 3>& fields)
{
    std::size_t count = 0;
    for (;;) {
        const auto tab = line.find('\t');
        if (count == fields.size())
            return count + 1;
        fields[count++] = line.substr(0, tab);
        if (tab == std::string_view::npos)
            return count;
        line.remove_prefix(tab + 1);
    }
}

} // namespace

Qrels readQrelsTsv(const std::filesystem::path& file, const std::string& encoding)
{
    const std::string text = readTextFile(file, encoding);
    Qrels qrels;
    qrels.file = file;
    qrels.judgements.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
    std::string_view rest = text;
    std::size_t lineNumber = 0;
    bool sawHeader = false;
    std::array<std::string_view, 3> fields;
    while (!rest.empty()) {
        const auto end = rest.find('\n');
        std::string_view line = rest.substr(0, end);
        rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
        ++lineNumber;
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        if (!sawHeader) {
            if (line != kHeader)
                throw InputError(
                    file, lineNumber,
                    fmt::format("expected the header 'query-id<TAB>corpus-id<TAB>score', found '{}'",
                                line.substr(0, 80)));
            sawHeader = true;
            continue;
        }
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            continue;
        const std::size_t count = splitTabs(line, fields);
        if (count != 3)
            throw InputError(
                file, lineNumber,
                fmt::format("expected 3 tab-separated columns (query-id, corpus-id, score), found {}",
                            count > 3 ? "more" : std::to_string(count)));
        if (fields[0].empty() || fields[1].empty() || fields[2].empty())
            throw InputError(file, lineNumber, "empty query-id, corpus-id or score");
        qrels.judgements.push_back(
            Judgement{std::string(fields[0]), std::string(fields[1]), std::string(fields[2]), lineNumber});
    }
    if (!sawHeader)
        throw InputError(file, "the file is empty; expected the header 'query-id<TAB>corpus-id<TAB>score'");
    return qrels;
}

void writeQrelsTsv(const Qrels& qrels, std::ostream& out, const std::filesystem::path& file)
{
    const auto unsafe = [](const std::string& value) {
        return value.find_first_of("\t\r\n") != std::string::npos;
    };
    out << kHeader << '\n';
    for (const auto& judgement : qrels.judgements) {
        if (unsafe(judgement.queryId) || unsafe(judgement.docId) || unsafe(judgement.label))
            throw InputError(file,
                             fmt::format("cannot write the judgement ({}, {}): an id or label holds a tab "
                                         "or line break",
                                         judgement.queryId, judgement.docId));
        out << judgement.queryId << '\t' << judgement.docId << '\t' << judgement.label << '\n';
    }
}

} // namespace near2
