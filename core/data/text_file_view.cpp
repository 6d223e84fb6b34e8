#include "core/data/text_file_view.h"

#include "core/embed/mapped_file.h"
#include "core/util/text_encoding.h"

namespace near2 {

TextFileView::TextFileView(const std::filesystem::path& file, const std::string& encoding)
{
    std::error_code error;
    const bool mappable = isUtf8Encoding(encoding, file) && std::filesystem::is_regular_file(file, error) &&
                          std::filesystem::file_size(file, error) > 0 && !error;
    if (!mappable) {
        m_converted = readTextFile(file, encoding);
        m_text = m_converted;
        return;
    }
    m_mapping = MappedFile::open(file);
    m_text = withoutUtf8Bom({reinterpret_cast<const char*>(m_mapping->data()), m_mapping->size()});
    requireValidUtf8(m_text, file);
}

} // namespace near2
