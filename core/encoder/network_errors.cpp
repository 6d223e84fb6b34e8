#include "core/encoder/network_errors.h"

#include "core/util/error.h"
#include "core/util/input_field.h"

#include <torch/script.h>

namespace near2 {

std::string firstLineOf(const std::exception& error)
{
    const auto* torchError = dynamic_cast<const c10::Error*>(&error);
    const std::string text = torchError ? torchError->what_without_backtrace() : error.what();
    return text.substr(0, text.find('\n'));
}

std::string shapeText(const at::Tensor& tensor)
{
    std::string text = "[";
    for (std::int64_t d = 0; d < tensor.dim(); ++d)
        text += (d ? ", " : "") + std::to_string(tensor.size(d));
    return text + "]";
}

at::Tensor runForward(const std::string& source, const std::function<at::Tensor()>& forward)
{
    try {
        return forward();
    } catch (const InputError&) {
        throw;
    } catch (const CancelledError&) {
        throw;
    } catch (const std::exception& e) {
        throw InputError(source, "forward(input_ids, attention_mask) failed: " + firstLineOf(e));
    }
}

void requireFinite(const at::Tensor& values, const std::string& source)
{
    if (!torch::isfinite(values).all().item<bool>())
        throw InputError(source, "the model returned NaN or infinite values (a broken or overflowing model; "
                                 "try " + fieldRef(InputField::Precision) + " fp32)");
}

} // namespace near2
