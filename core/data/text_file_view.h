#pragma once
// A text file's contents as UTF-8, copied only where it must be: a UTF-8 regular file is memory-mapped and
// viewed (a 10-million-record corpus.jsonl is 600 MB that need not be read into the heap); any other
// encoding, and anything that is not a non-empty regular file, goes through readTextFile (converted, or
// refused with its messages). Invalid UTF-8 is refused as readTextFile refuses it.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace near2 {

class MappedFile;

class TextFileView
{
public:
    TextFileView(const std::filesystem::path& file, const std::string& encoding);
    std::string_view text() const { return m_text; }

private:
    std::shared_ptr<const MappedFile> m_mapping;
    std::string m_converted;
    std::string_view m_text;
};

} // namespace near2
