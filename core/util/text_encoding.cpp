#include "core/util/text_encoding.h"

#include "core/util/error.h"

#include <algorithm>
#include <fstream>
#include <memory>
#include <unicode/ucnv.h>

namespace near2 {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

struct ConverterCloser
{
    void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

ConverterPtr openConverter(const std::string& encoding, const std::filesystem::path& file)
{
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(encoding.c_str(), &status));
    if (U_FAILURE(status) || !converter)
        throw InputError(file, "unknown text encoding '" + encoding + "' (try UTF-8 or windows-1252)");
    return converter;
}

std::string readBytes(const std::filesystem::path& file)
{
    std::error_code error;
    const auto status = std::filesystem::status(file, error);
    if (!std::filesystem::exists(status))
        throw InputError(file, "file not found");
    if (std::filesystem::is_directory(status))
        throw InputError(file, "is a folder, expected a file");
    if (!std::filesystem::is_regular_file(status)) // a pipe or device has no size to read up to
        throw InputError(file, "is not a regular file (a device, pipe or socket)");
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw InputError(file, "cannot read the file");
    std::string bytes;
    in.seekg(0, std::ios::end);
    const auto size = in.tellg();
    if (size < 0)
        throw InputError(file, "cannot read the file");
    bytes.resize(static_cast<std::size_t>(size));
    in.seekg(0, std::ios::beg);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!in)
        throw InputError(file, "cannot read the file");
    return bytes;
}

// Length of the valid UTF-8 sequence starting at `text[i]`, or 0 when it is invalid (overlong forms,
// surrogates and code points above U+10FFFF included).
std::size_t validSequenceLength(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else
        return 0;
    if (i + length > text.size() || byte(i + 1) < low || byte(i + 1) > high)
        return 0;
    for (std::size_t k = 2; k < length; ++k)
        if ((byte(i + k) & 0xC0) != 0x80)
            return 0;
    return length;
}

} // namespace

void requireValidUtf8(std::string_view text, const std::filesystem::path& file)
{
    std::size_t i = 0;
    while (i < text.size()) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t length = validSequenceLength(text, i);
        if (length == 0) {
            const auto line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + i, '\n'));
            throw InputError(file, line,
                             "invalid UTF-8 (is the file in another encoding? name it, e.g. windows-1252)");
        }
        i += length;
    }
}

std::string_view withoutUtf8Bom(std::string_view text)
{
    return text.starts_with(kUtf8Bom) ? text.substr(kUtf8Bom.size()) : text;
}

std::string convertToUtf8(std::string_view bytes, const std::string& encoding,
                          const std::filesystem::path& file)
{
    const ConverterPtr source = openConverter(encoding, file);
    const ConverterPtr utf8 = openConverter("UTF-8", file);
    std::string out;
    out.resize(bytes.size() + bytes.size() / 2 + 16);
    char* target = out.data();
    const char* input = bytes.data();
    UChar pivot[4096];
    UChar* pivotSource = pivot;
    UChar* pivotTarget = pivot;
    for (bool first = true;; first = false) {
        UErrorCode status = U_ZERO_ERROR;
        ucnv_convertEx(utf8.get(), source.get(), &target, out.data() + out.size(), &input,
                       bytes.data() + bytes.size(), pivot, &pivotSource, &pivotTarget, pivot + 4096, first,
                       true, &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            const auto written = static_cast<std::size_t>(target - out.data());
            out.resize(out.size() * 2);
            target = out.data() + written;
            continue;
        }
        if (U_FAILURE(status))
            throw InputError(file,
                             std::string("cannot convert from ") + encoding + ": " + u_errorName(status));
        break;
    }
    out.resize(static_cast<std::size_t>(target - out.data()));
    out.erase(0, out.size() - withoutUtf8Bom(out).size());
    return out;
}

bool isUtf8Encoding(const std::string& encoding, const std::filesystem::path& file)
{
    return ucnv_getType(openConverter(encoding, file).get()) == UCNV_UTF8;
}

std::string readTextFile(const std::filesystem::path& file, const std::string& encoding)
{
    std::string bytes = readBytes(file);
    if (!isUtf8Encoding(encoding, file))
        return convertToUtf8(bytes, encoding, file);
    bytes.erase(0, bytes.size() - withoutUtf8Bom(bytes).size());
    requireValidUtf8(bytes, file);
    return bytes;
}

} // namespace near2
