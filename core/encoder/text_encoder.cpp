#include "core/encoder/text_encoder.h"

#include "core/compute/runtime.h"
#include "core/util/error.h"

#include <algorithm>
#include <numeric>
#include <thread>

namespace near2 {

EncodingPlan planEncoding(const ModelBundle& bundle, const std::vector<std::string>& texts, TextKind kind)
{
    const ModelManifest& manifest = bundle.manifest();
    const std::string& prefix = kind == TextKind::Query ? manifest.queryPrefix : manifest.documentPrefix;
    EncodingPlan plan;
    plan.ids.resize(texts.size());
    const std::size_t workers = std::clamp<std::size_t>(
        texts.size() / 2048, 1, static_cast<std::size_t>(compute::configuredThreads()));
    auto tokenizeRange = [&](std::size_t begin, std::size_t end) {
        std::string withPrefix;
        for (std::size_t i = begin; i < end; ++i) {
            if (prefix.empty()) {
                plan.ids[i] = bundle.tokenizer().encode(texts[i], manifest.maxLength);
            } else {
                withPrefix.assign(prefix).append(texts[i]);
                plan.ids[i] = bundle.tokenizer().encode(withPrefix, manifest.maxLength);
            }
        }
    };
    std::vector<std::thread> threads;
    const std::size_t chunk = (texts.size() + workers - 1) / workers;
    for (std::size_t w = 1; w < workers; ++w)
        threads.emplace_back(tokenizeRange, std::min(texts.size(), w * chunk),
                             std::min(texts.size(), (w + 1) * chunk));
    tokenizeRange(0, std::min(texts.size(), chunk));
    for (auto& thread : threads)
        thread.join();

    plan.order.resize(texts.size());
    std::iota(plan.order.begin(), plan.order.end(), std::size_t{0});
    std::stable_sort(plan.order.begin(), plan.order.end(),
                     [&](std::size_t a, std::size_t b) { return plan.ids[a].size() < plan.ids[b].size(); });
    return plan;
}

void runEncoding(const ModelBundle& bundle, const EncodingPlan& plan, const EncodeOptions& options,
                 const JobControl& job, float* out, std::size_t first,
                 const std::function<void(std::size_t done)>& afterBatch)
{
    if (options.batchSize == 0)
        throw InputError(fieldRef(InputField::BatchSize) + " must be at least 1");
    const std::string device = compute::resolveDevice(options.device);
    const std::size_t total = plan.order.size();
    const std::size_t dim = bundle.dim();
    std::vector<const std::vector<std::int32_t>*> batch;
    std::vector<float> pooled;
    job.report("encode", static_cast<std::int64_t>(first), static_cast<std::int64_t>(total));
    for (std::size_t start = first; start < total; start += options.batchSize) {
        job.checkCancelled();
        const std::size_t end = std::min(total, start + options.batchSize);
        batch.clear();
        for (std::size_t i = start; i < end; ++i)
            batch.push_back(&plan.ids[plan.order[i]]);
        pooled.resize(batch.size() * dim);
        bundle.embedBatch(batch, pooled.data(), device);
        for (std::size_t i = start; i < end; ++i)
            std::copy_n(pooled.data() + (i - start) * dim, dim, out + plan.order[i] * dim);
        job.report("encode", static_cast<std::int64_t>(end), static_cast<std::int64_t>(total));
        if (afterBatch)
            afterBatch(end);
    }
}

EmbeddingMatrix encodeTexts(const ModelBundle& bundle, const std::vector<std::string>& texts, TextKind kind,
                            const EncodeOptions& options, const JobControl& job)
{
    const EncodingPlan plan = planEncoding(bundle, texts, kind);
    std::vector<float> values(texts.size() * bundle.dim());
    runEncoding(bundle, plan, options, job, values.data());
    return EmbeddingMatrix(std::move(values), texts.size(), bundle.dim());
}

} // namespace near2
