#pragma once
// Reading text files as UTF-8 whatever their encoding: a UTF-8 file is checked (InputError with file:line at
// the first invalid byte) and loses its BOM; any other ICU-known encoding is converted.
#include <filesystem>
#include <string>
#include <string_view>

namespace near2 {

// The whole file as UTF-8. Throws InputError when the file is missing or unreadable, the encoding name is
// unknown to ICU, or a UTF-8 file holds invalid bytes.
std::string readTextFile(const std::filesystem::path& file, const std::string& encoding = "UTF-8");

// Converts `bytes` from `encoding` to UTF-8 (bytes the encoding cannot map become U+FFFD). `file` is for
// messages.
std::string convertToUtf8(std::string_view bytes, const std::string& encoding,
                          const std::filesystem::path& file);

// Whether `encoding` names UTF-8 (ICU's aliases included). Throws InputError naming `file` for an unknown
// name.
bool isUtf8Encoding(const std::string& encoding, const std::filesystem::path& file);

// `text` without a leading UTF-8 byte-order mark.
std::string_view withoutUtf8Bom(std::string_view text);

// Throws InputError(file, line, ...) at the first invalid UTF-8 sequence in `text`.
void requireValidUtf8(std::string_view text, const std::filesystem::path& file);

} // namespace near2
