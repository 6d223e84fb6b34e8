#include "core/encoder/text_encoder.h"

#include "core/compute/runtime.h"
#include "core/encoder/shared_texts.h"
#include "core/util/error.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <thread>

namespace near2 {

namespace {

// One chunk's texts to encode: their ids, deduplicated.
struct ChunkPlan
{
    std::vector<std::vector<std::int32_t>> unique; // distinct id sequences, shortest first
    std::vector<std::size_t> rowOf;                // text k → its index into `unique`
    std::vector<std::size_t> textsPer;             // how many texts share each unique sequence
};

// The ids of texts[which[k]] for every k, on every configured thread.
std::vector<std::vector<std::int32_t>> tokenizeTexts(const ModelBundle& bundle,
                                                     const std::vector<std::string>& texts,
                                                     const std::vector<std::size_t>& which, TextKind kind)
{
    std::vector<std::vector<std::int32_t>> ids(which.size());
    const std::size_t workers =
        std::clamp<std::size_t>(ids.size() / 2048, 1, static_cast<std::size_t>(compute::configuredThreads()));
    const std::size_t share = (ids.size() + workers - 1) / workers;
    auto tokenizeRange = [&](std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to; ++k)
            ids[k] = textIds(bundle, texts[which[k]], kind);
    };
    std::vector<std::thread> threads;
    for (std::size_t w = 1; w < workers; ++w)
        threads.emplace_back(tokenizeRange, std::min(ids.size(), w * share),
                             std::min(ids.size(), (w + 1) * share));
    tokenizeRange(0, std::min(ids.size(), share));
    for (auto& thread : threads)
        thread.join();
    return ids;
}

ChunkPlan planChunk(std::vector<std::vector<std::int32_t>> ids)
{
    std::vector<std::size_t> order(ids.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return ids[a].size() != ids[b].size() ? ids[a].size() < ids[b].size() : ids[a] < ids[b];
    });
    ChunkPlan plan;
    plan.rowOf.resize(ids.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::size_t i = order[k];
        if (plan.unique.empty() || plan.unique.back() != ids[i]) {
            plan.unique.push_back(std::move(ids[i]));
            plan.textsPer.push_back(0);
        }
        plan.rowOf[i] = plan.unique.size() - 1;
        ++plan.textsPer.back();
    }
    return plan;
}

} // namespace

std::vector<std::int32_t> textIds(const ModelBundle& bundle, const std::string& text, TextKind kind)
{
    const ModelManifest& manifest = bundle.manifest();
    const std::string& prefix = kind == TextKind::Query ? manifest.queryPrefix : manifest.documentPrefix;
    if (prefix.empty())
        return bundle.tokenizer().encode(text, manifest.maxLength);
    return bundle.tokenizer().encode(prefix + text, manifest.maxLength);
}

std::size_t encodingChunkSize(const EncodeOptions& options)
{
    return std::max<std::size_t>(1, options.batchSize *
                                        std::max<std::size_t>(1, options.checkpointEveryBatches));
}

void encodeStream(const ModelBundle& bundle, const std::vector<std::string>& texts, TextKind kind,
                  const EncodeOptions& options, const JobControl& job, std::size_t first,
                  const EncodedRows& rows, const WrittenRow& written)
{
    if (options.batchSize == 0)
        throw InputError(fieldRef(InputField::BatchSize) + " must be at least 1");
    const std::string device = compute::resolveDevice(options.device);
    const std::size_t total = texts.size(), dim = bundle.dim(), chunkSize = encodingChunkSize(options);
    const SharedTexts shared = findSharedTexts(texts);
    std::vector<float> uniqueVectors, chunkVectors;
    std::vector<const std::vector<std::int32_t>*> batch;
    std::vector<std::size_t> toEncode;
    job.report("encode", static_cast<std::int64_t>(first), static_cast<std::int64_t>(total));
    for (std::size_t chunkStart = first; chunkStart < total; chunkStart += chunkSize) {
        const std::size_t chunkEnd = std::min(total, chunkStart + chunkSize);
        chunkVectors.resize((chunkEnd - chunkStart) * dim);
        // A copy of a text handed on in an earlier chunk takes that row; the first of each text here is
        // encoded.
        toEncode.clear();
        for (std::size_t i = chunkStart; i < chunkEnd; ++i) {
            const std::size_t original = shared.firstOf[i];
            if (original < chunkStart)
                written(original, chunkVectors.data() + (i - chunkStart) * dim);
            else if (original == i)
                toEncode.push_back(i);
        }
        job.checkCancelled();
        const ChunkPlan plan = planChunk(tokenizeTexts(bundle, texts, toEncode, kind));
        uniqueVectors.resize(plan.unique.size() * dim);
        std::size_t textsDone = chunkEnd - toEncode.size();
        for (std::size_t start = 0; start < plan.unique.size(); start += options.batchSize) {
            job.checkCancelled();
            const std::size_t end = std::min(plan.unique.size(), start + options.batchSize);
            batch.clear();
            for (std::size_t u = start; u < end; ++u) {
                batch.push_back(&plan.unique[u]);
                textsDone += plan.textsPer[u];
            }
            bundle.embedBatch(batch, uniqueVectors.data() + start * dim, device, kind);
            job.report("encode", static_cast<std::int64_t>(textsDone), static_cast<std::int64_t>(total));
        }
        if (plan.unique.empty()) // every text here repeats an earlier one
            job.report("encode", static_cast<std::int64_t>(chunkEnd), static_cast<std::int64_t>(total));
        for (std::size_t k = 0; k < toEncode.size(); ++k)
            std::copy_n(uniqueVectors.data() + plan.rowOf[k] * dim, dim,
                        chunkVectors.data() + (toEncode[k] - chunkStart) * dim);
        for (std::size_t i = chunkStart; i < chunkEnd; ++i)
            if (const std::size_t original = shared.firstOf[i]; original >= chunkStart && original != i)
                std::copy_n(chunkVectors.data() + (original - chunkStart) * dim, dim,
                            chunkVectors.data() + (i - chunkStart) * dim);
        rows(chunkStart, chunkEnd - chunkStart, chunkVectors.data());
    }
}

EmbeddingMatrix encodeTexts(const ModelBundle& bundle, const std::vector<std::string>& texts, TextKind kind,
                            const EncodeOptions& options, const JobControl& job)
{
    const std::size_t dim = bundle.dim();
    std::vector<float> values(texts.size() * dim);
    encodeStream(
        bundle, texts, kind, options, job, 0,
        [&](std::size_t first, std::size_t count, const float* rows) {
            std::copy_n(rows, count * dim, values.data() + first * dim);
        },
        [&](std::size_t row, float* out) { std::copy_n(values.data() + row * dim, dim, out); });
    return EmbeddingMatrix(std::move(values), texts.size(), dim);
}

} // namespace near2
