#include "widgets/jobs/dataset_files.h"

#include "core/util/csv_reader.h"
#include "core/util/error.h"
#include "core/util/text_encoding.h"

namespace near2::jobs {

CsvPreview previewCsv(const std::filesystem::path& file, const std::string& encoding, std::size_t maxRows)
{
    if (!std::filesystem::is_regular_file(file))
        throw InputError(file, "no such file");
    const std::string text = readTextFile(file, encoding);
    CsvReader reader(text, CsvReader::delimiterFor(file, text), file);
    CsvPreview preview;
    CsvRecord record;
    if (!reader.next(record))
        throw InputError(file, "the file is empty; expected a header line naming the columns");
    preview.header = record.fields;
    while (preview.rows.size() < maxRows && reader.next(record))
        preview.rows.push_back(record.fields);
    return preview;
}

MappingSpec splitMappingSpec(const std::string& spec)
{
    MappingSpec out;
    std::size_t start = 0;
    while (start <= spec.size()) {
        const auto comma = std::min(spec.find(',', start), spec.size());
        const std::string item = spec.substr(start, comma - start);
        if (item.rfind("encoding=", 0) == 0)
            out.encoding = item.substr(9);
        else if (!item.empty())
            out.roles += (out.roles.empty() ? "" : ",") + item;
        start = comma + 1;
    }
    return out;
}

std::string joinMappingSpec(const MappingSpec& spec)
{
    if (spec.encoding.empty() || spec.encoding == "UTF-8")
        return spec.roles;
    return spec.roles + (spec.roles.empty() ? "" : ",") + "encoding=" + spec.encoding;
}

std::vector<std::size_t> missingDatasetPaths(const DatasetSource& source)
{
    std::vector<std::size_t> missing;
    for (std::size_t i = 0; i < source.paths.size(); ++i)
        if (!std::filesystem::exists(source.paths[i]))
            missing.push_back(i);
    return missing;
}

} // namespace near2::jobs
