#include "core/session/csv_preview.h"

#include "core/util/csv_reader.h"
#include "core/util/error.h"
#include "core/util/text_encoding.h"

#include <fstream>
#include <unicode/ucnv.h>

namespace near2::session {

namespace {

bool isUtf8(const std::string& encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(encoding.c_str(), &status);
    const bool utf8 = U_SUCCESS(status) && converter && ucnv_getType(converter) == UCNV_UTF8;
    if (converter)
        ucnv_close(converter);
    return utf8;
}

// Up to `limit` bytes from the start of `file`; `truncated` tells whether the file goes on.
std::string readHead(const std::filesystem::path& file, std::size_t limit, bool& truncated)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw InputError(file, "cannot read the file");
    std::string bytes(limit + 1, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    truncated = bytes.size() > limit;
    if (truncated)
        bytes.resize(limit);
    return bytes;
}

// The head as UTF-8 text ending after its last complete line when the file goes on.
std::string decodeHead(std::string bytes, bool truncated, const std::string& encoding,
                       const std::filesystem::path& file)
{
    if (isUtf8(encoding)) {
        if (truncated) // '\n' is never part of a multi-byte UTF-8 sequence
            bytes.resize(bytes.rfind('\n') == std::string::npos ? 0 : bytes.rfind('\n') + 1);
        if (bytes.starts_with("\xEF\xBB\xBF"))
            bytes.erase(0, 3);
        requireValidUtf8(bytes, file);
        return bytes;
    }
    std::string text;
    // A character cut by the head's end is dropped with the partial line below: retry a few bytes shorter.
    for (std::size_t cut = 0;; ++cut) {
        try {
            text = convertToUtf8(std::string_view(bytes).substr(0, bytes.size() - cut), encoding, file);
            break;
        } catch (const InputError&) {
            if (!truncated || cut >= 3 || cut >= bytes.size())
                throw;
        }
    }
    if (truncated)
        text.resize(text.rfind('\n') == std::string::npos ? 0 : text.rfind('\n') + 1);
    return text;
}

} // namespace

CsvPreview previewCsv(const std::filesystem::path& file, const std::string& encoding, std::size_t maxRows,
                      std::size_t headBytes)
{
    if (!std::filesystem::is_regular_file(file))
        throw InputError(file, "no such file");
    bool truncated = false;
    std::string head = readHead(file, headBytes, truncated);
    const std::string text = decodeHead(std::move(head), truncated, encoding, file);
    CsvReader reader(text, CsvReader::delimiterFor(file, text), file);
    CsvPreview preview;
    CsvRecord record;
    if (!reader.next(record))
        throw InputError(file, "the file is empty; expected a header line naming the columns");
    preview.header = record.fields;
    try {
        while (preview.rows.size() < maxRows && reader.next(record))
            preview.rows.push_back(record.fields);
    } catch (const InputError&) {
        if (!truncated) // else a quoted field runs past the head: show the rows before it
            throw;
    }
    return preview;
}

} // namespace near2::session
