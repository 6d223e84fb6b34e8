#include "core/util/progress.h"

#include "core/util/error.h"

namespace near2 {

void CancelToken::throwIfCancelled() const
{
    if (isCancelled())
        throw CancelledError();
}

void JobControl::report(const std::string& stage, std::int64_t done, std::int64_t total) const
{
    if (onProgress)
        onProgress(Progress{stage, done, total});
}

void JobControl::checkCancelled() const
{
    if (cancel)
        cancel->throwIfCancelled();
}

} // namespace near2
