// Tokenizer throughput on real product titles, one thread: `bench_tokenizer [VOCAB] [TITLES.csv]`.
// Defaults to ../shared's bert-base-uncased vocabulary and Home Depot titles (Latin-1 CSV, column 3).
#include "core/tokenizer/bert_tokenizer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <vector>

namespace {

std::string latin1ToUtf8(const std::string& text)
{
    std::string out;
    for (const char raw : text) {
        const auto c = static_cast<unsigned char>(raw);
        if (c < 0x80) {
            out.push_back(raw);
        } else {
            out.push_back(static_cast<char>(0xC0 | (c >> 6)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }
    return out;
}

// The third field of each CSV record (quoted fields with "" escapes, one record per line).
std::vector<std::string> readTitles(const std::string& file)
{
    std::ifstream in(file, std::ios::binary);
    std::set<std::string> titles;
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        std::vector<std::string> fields(1);
        bool quoted = false;
        for (std::size_t i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"')
                fields.back().push_back('"'), ++i;
            else if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
                fields.emplace_back();
            else
                fields.back().push_back(c);
        }
        if (fields.size() > 2)
            titles.insert(latin1ToUtf8(fields[2]));
    }
    return {titles.begin(), titles.end()};
}

} // namespace

int main(int argc, char** argv)
{
    const std::string shared = NEAR2_SHARED_DIR;
    const std::string vocab =
        argc > 1 ? argv[1] : shared + "/data/vocab/vocab.ms-marco-MiniLM-L-12-v2.from-tokenizer-json.txt";
    const std::string csv = argc > 2 ? argv[2] : shared + "/data/homedepot/train.csv";
    const auto titles = readTitles(csv);
    if (titles.empty()) {
        std::cerr << "bench_tokenizer: no titles in " << csv << " (absent?): skipping\n";
        return 0;
    }
    const auto tokenizer = near2::BertTokenizer::fromFile(vocab);
    std::size_t ascii = 0;
    for (const auto& title : titles)
        ascii += std::all_of(title.begin(), title.end(), [](char c) { return (c & 0x80) == 0; });

    std::vector<std::int32_t> ids;
    std::size_t tokens = 0;
    std::size_t done = 0;
    const auto start = std::chrono::steady_clock::now();
    double seconds = 0;
    while (seconds < 2.0) {
        for (const auto& title : titles) {
            ids.clear();
            tokenizer.tokenizeInto(title, ids);
            tokens += ids.size();
        }
        done += titles.size();
        seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    std::printf(
        "tokenizer: %zu distinct titles (%zu ASCII-only), %.1f tokens/title, %.0f titles/s on one thread\n",
        titles.size(), ascii, static_cast<double>(tokens) / static_cast<double>(done),
        static_cast<double>(done) / seconds);
    return 0;
}
