// near2 tokenize: JSON lines {"text": …} on stdin → {"ids": [...], "tokens": [...]} per line, with [CLS] and
// [SEP], through the same BERT WordPiece tokenizer the encoder uses. A debugging tool for users.
#include "cli/command.h"
#include "core/tokenizer/bert_tokenizer.h"
#include "core/util/error.h"

#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace near2::cli {

namespace {

struct TokenizeOptions
{
    std::string vocab;
    std::size_t maxLength = 512;
    bool noLowercase = false;
};

std::string textOfLine(const std::string& line, std::size_t lineNumber)
{
    nlohmann::json object;
    try {
        object = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
        throw InputError("stdin", lineNumber, std::string("not valid JSON: ") + e.what());
    }
    if (!object.is_object() || !object.contains("text") || !object["text"].is_string())
        throw InputError("stdin", lineNumber, "expected an object with a string field \"text\"");
    return object["text"].get<std::string>();
}

int runTokenize(const TokenizeOptions& options)
{
    const auto tokenizer = BertTokenizer::fromFile(
        options.vocab, options.noLowercase ? std::optional<bool>(false) : std::optional<bool>());
    std::string line;
    for (std::size_t lineNumber = 1; std::getline(std::cin, line); ++lineNumber) {
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        const auto ids = tokenizer.encode(textOfLine(line, lineNumber), options.maxLength);
        nlohmann::json tokens = nlohmann::json::array();
        for (const auto id : ids)
            tokens.push_back(tokenizer.vocab().token(id));
        const nlohmann::json out = {{"ids", ids}, {"tokens", tokens}};
        std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
    return 0;
}

Runner setup(CLI::App& app)
{
    auto options = std::make_shared<TokenizeOptions>();
    app.add_option("--vocab", options->vocab, "vocab.txt or a WordPiece tokenizer.json")->required();
    app.add_option("--max-length", options->maxLength,
                   "Most ids per text, [CLS] and [SEP] included (default 512)")
        ->check(CLI::Range(2, 1 << 20));
    app.add_flag("--no-lowercase", options->noLowercase, "Keep case and accents (cased vocabularies)");
    return [options] { return runTokenize(*options); };
}

} // namespace

NEAR2_COMMAND(Command{
    "tokenize", "Tokenize JSON lines {\"text\": ...} from stdin with a BERT WordPiece vocabulary", setup})

} // namespace near2::cli
