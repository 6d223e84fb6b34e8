#include "core/eval/dims.h"

#include "core/util/error.h"

#include <algorithm>
#include <charconv>

namespace near2 {

std::vector<int> defaultDims(std::size_t fullDim)
{
    std::vector<int> dims;
    for (std::size_t d = 8; d < fullDim; d *= 2)
        dims.push_back(static_cast<int>(d));
    if (fullDim > 0)
        dims.push_back(static_cast<int>(fullDim));
    return dims;
}

std::vector<int> parseDims(const std::string& text, InputField option)
{
    std::vector<int> dims;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(',', start), text.size());
        const std::string item = text.substr(start, end - start);
        int value = 0;
        const auto [ptr, error] = std::from_chars(item.data(), item.data() + item.size(), value);
        if (item.empty() || error != std::errc() || ptr != item.data() + item.size() || value <= 0)
            throw InputError(fieldRef(option) + ": '" + item +
                             "' is not a positive whole number (expected e.g. 8,16,32)");
        dims.push_back(value);
        start = end + 1;
    }
    std::sort(dims.begin(), dims.end());
    dims.erase(std::unique(dims.begin(), dims.end()), dims.end());
    return dims;
}

void checkDimsFit(const std::vector<int>& dims, std::size_t fullDim, const std::string& source)
{
    for (const int dim : dims)
        if (static_cast<std::size_t>(dim) > fullDim)
            throw InputError(fieldRef(InputField::Dims) + ": " + std::to_string(dim) +
                             " is beyond the full dimension " + std::to_string(fullDim) + " of " + source);
}

} // namespace near2
