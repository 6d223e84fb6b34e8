#include "core/train/train_options.h"

#include "core/util/error.h"

#include <algorithm>
#include <sstream>

namespace near2 {

LossSpec parseLossKind(const std::string& text)
{
    LossSpec spec;
    if (text == "mnrl") {
        spec.mnrl = true;
        spec.ocl = false;
    } else if (text == "ocl") {
        spec.mnrl = false;
        spec.ocl = true;
    } else if (text == "mnrl+ocl" || text == "ocl+mnrl") {
        spec.mnrl = true;
        spec.ocl = true;
    } else {
        throw InputError(fieldRef(InputField::Loss) + ": expected mnrl, ocl or mnrl+ocl, got '" + text + "'");
    }
    return spec;
}

std::vector<double> parseWeights(const std::string& text, InputField option)
{
    std::vector<double> weights;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ',')) {
        try {
            std::size_t used = 0;
            const double weight = std::stod(item, &used);
            if (used != item.size() || !(weight >= 0))
                throw std::invalid_argument(item);
            weights.push_back(weight);
        } catch (const std::exception&) {
            throw InputError(fieldRef(option) + ": expected non-negative numbers separated by commas, got '" +
                             item + "'");
        }
    }
    if (weights.empty())
        throw InputError(fieldRef(option) + ": no weights given");
    return weights;
}

void resolveMatryoshkaDims(LossSpec& spec, const TrainOptions& options, std::size_t fullDim)
{
    const int full = static_cast<int>(fullDim);
    std::vector<int> dims;
    if (options.noMrl) {
        dims = {full};
    } else if (options.mrlDims.empty()) {
        for (int dim = 32; dim < full; dim *= 2)
            dims.push_back(dim);
        dims.push_back(full);
    } else {
        for (const int dim : options.mrlDims) {
            if (dim < 1 || dim > full)
                throw InputError(fieldRef(InputField::MrlDims) + ": " + std::to_string(dim) +
                                 " is beyond the model's dimension " + std::to_string(full));
            dims.push_back(dim);
        }
        std::sort(dims.begin(), dims.end());
        dims.erase(std::unique(dims.begin(), dims.end()), dims.end());
        if (dims.back() != full && options.mrlWeights.empty())
            dims.push_back(full);
    }
    std::vector<double> weights = options.noMrl ? std::vector<double>{} : options.mrlWeights;
    if (weights.empty())
        weights.assign(dims.size(), 1.0);
    if (weights.size() != dims.size())
        throw InputError(fieldRef(InputField::MrlWeights) + ": " + std::to_string(weights.size()) +
                         " weights for " + std::to_string(dims.size()) + " nested dims");
    spec.dims = std::move(dims);
    spec.weights = std::move(weights);
}

} // namespace near2
