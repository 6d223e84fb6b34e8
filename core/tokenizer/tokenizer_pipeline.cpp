#include "core/tokenizer/tokenizer_pipeline.h"

#include "core/util/error.h"

namespace near2 {

namespace {

std::string typeOf(const nlohmann::json& part)
{
    if (!part.is_object() || !part.contains("type") || !part["type"].is_string())
        return part.is_null() ? "null" : "(no type)";
    return part["type"].get<std::string>();
}

// TemplateProcessing's "single" template: exactly [CLS] $A [SEP].
bool wrapsInClsAndSep(const nlohmann::json& processor)
{
    const auto single = processor.find("single");
    if (single == processor.end() || !single->is_array() || single->size() != 3)
        return false;
    const auto special = [](const nlohmann::json& piece, const char* id) {
        return piece.is_object() && piece.contains("SpecialToken") && piece["SpecialToken"].is_object() &&
               piece["SpecialToken"].value("id", nlohmann::json()) == id;
    };
    const auto& text = (*single)[1];
    return special((*single)[0], "[CLS]") && special((*single)[2], "[SEP]") && text.is_object() &&
           text.contains("Sequence") && text["Sequence"].is_object() &&
           text["Sequence"].value("id", nlohmann::json()) == "A";
}

// BertProcessing's "cls" and "sep": ["[CLS]", id] and ["[SEP]", id].
bool namesClsAndSep(const nlohmann::json& processor)
{
    const auto names = [&](const char* key, const char* token) {
        const auto it = processor.find(key);
        return it == processor.end() || (it->is_array() && !it->empty() && (*it)[0] == token);
    };
    return names("cls", "[CLS]") && names("sep", "[SEP]");
}

} // namespace

void checkBertPipeline(const std::filesystem::path& file, const nlohmann::json& root)
{
    if (const auto pre = root.find("pre_tokenizer"); pre != root.end() && typeOf(*pre) != "BertPreTokenizer")
        throw InputError(file, "pre_tokenizer",
                         "expected BertPreTokenizer, got " + typeOf(*pre) +
                             " (a BERT WordPiece tokenizer is needed)");
    const auto post = root.find("post_processor");
    if (post == root.end())
        return;
    const std::string type = typeOf(*post);
    if ((type == "BertProcessing" && namesClsAndSep(*post)) ||
        (type == "TemplateProcessing" && wrapsInClsAndSep(*post)))
        return;
    throw InputError(file, "post_processor",
                     type == "TemplateProcessing"
                         ? std::string("a template other than [CLS] $A [SEP] is not supported")
                     : type == "BertProcessing"
                         ? std::string("special tokens other than [CLS] and [SEP] are not supported")
                         : "expected BertProcessing or TemplateProcessing ([CLS] $A [SEP]), got " + type);
}

} // namespace near2
