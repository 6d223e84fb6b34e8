// near2 encode: one float32 row per JSON line of the input, in order, with a model folder (Hugging Face or a
// TorchScript bundle) in fp32, bf16 or int8.
// BEIR corpus records ({"title", "text"}) give title + " " + text unless --field names the field to use.
// Under `mpirun -np N`, each rank encodes its slice of the lines into one shard, and rank 0 writes the
// manifest (--out NAME.json) that reads back as one catalog (core/embed/embedding_shards.h).
#include "cli/command.h"
#include "cli/encode_progress.h"
#include "cli/model_trust_flag.h"
#include "core/cluster/process_group.h"
#include "core/data/jsonl_reader.h"
#include "core/embed/embedding_matrix.h"
#include "core/embed/embedding_shards.h"
#include "core/encoder/embedding_cache.h"
#include "core/util/error.h"

#include <chrono>
#include <csignal>
#include <cstring>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

namespace near2::cli {

namespace {

struct EncodeCommandOptions
{
    std::string model, input, field, kind = "document", out, device = "auto", precision = "fp32";
    std::size_t batchSize = 64;
    bool cache = false;
};

CancelToken g_interrupt;
extern "C" void onInterrupt(int)
{
    g_interrupt.cancel();
}

std::string textOf(const nlohmann::ordered_json& record, const std::string& field, const std::string& file,
                   std::size_t line)
{
    const auto stringField = [&](const std::string& name) -> std::string {
        const auto it = record.find(name);
        if (it == record.end() || !it->is_string())
            throw InputError(file, line, "the record has no string field \"" + name + "\"");
        return it->get<std::string>();
    };
    if (!field.empty())
        return stringField(field);
    if (record.contains("title") && record["title"].is_string()) {
        const std::string title = record["title"].get<std::string>();
        const std::string text = stringField("text");
        return title.empty() ? text : text.empty() ? title : title + " " + text;
    }
    return stringField("text");
}

std::vector<std::string> readTexts(const std::string& file, const std::string& field)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw InputError(file, "cannot open the input file");
    std::ostringstream content;
    content << in.rdbuf();
    const std::string text = content.str();
    JsonlReader reader(text, file);
    nlohmann::ordered_json record;
    std::vector<std::string> texts;
    for (std::size_t line = 0; reader.next(record, line);)
        texts.push_back(textOf(record, field, file, line));
    return texts;
}

ProgressCallback progressPrinter()
{
    auto progress = std::make_shared<EncodeProgress>();
    return [progress](const Progress& report) {
        if (const auto line =
                progress->update(static_cast<std::size_t>(report.done),
                                 static_cast<std::size_t>(report.total), EncodeProgress::Clock::now()))
            std::cerr << *line << '\n';
    };
}

// Writes this rank's rows: the file itself, or (a .json manifest) this rank's shard, and on rank 0 the
// manifest once every rank has written its shard.
void writeOutput(const std::string& out, const EmbeddingMatrix& matrix, std::size_t dim)
{
    if (!isShardManifest(out)) {
        writeEmbeddings(out, matrix);
        return;
    }
    const int ranks = cluster::size();
    if (matrix.rows() > 0)
        writeEmbeddings(shardFileFor(out, cluster::rank(), ranks), matrix);
    const std::uint64_t mine[2] = {matrix.rows(), dim};
    const auto written = cluster::gatherAtRoot(std::as_bytes(std::span(mine))); // after every rank's shard
    if (!cluster::isRoot())
        return;
    std::vector<EmbeddingShard> shards;
    for (int rank = 0; rank < ranks; ++rank) {
        std::uint64_t theirs[2];
        std::memcpy(theirs, written[static_cast<std::size_t>(rank)].data(), sizeof theirs);
        if (theirs[0] > 0)
            shards.push_back({shardFileFor(out, rank, ranks).filename().string(), theirs[0]});
    }
    writeShardManifest(out, shards, dim);
}

int runEncode(const EncodeCommandOptions& options)
{
    if (options.kind != "query" && options.kind != "document")
        throw InputError("--kind: expected query or document, got '" + options.kind + "'");
    if (cluster::size() > 1 && !isShardManifest(options.out))
        throw InputError("--out: " + std::to_string(cluster::size()) +
                         " ranks write one shard each: name their manifest (.json, e.g. catalog.json)");
    const auto allTexts = readTexts(options.input, options.field);
    const auto slice = cluster::mySlice(allTexts.size());
    const std::vector<std::string> texts(allTexts.begin() + static_cast<std::ptrdiff_t>(slice.first),
                                         allTexts.begin() +
                                             static_cast<std::ptrdiff_t>(slice.first + slice.count));
    const auto bundle =
        ModelBundle::open(options.model, {.precision = parseComputePrecision(options.precision)});
    if (const std::string note = similarityNote(bundle.description()); !note.empty() && cluster::isRoot())
        std::cerr << "near2 encode: note: " << note << '\n';
    const TextKind kind = options.kind == "query" ? TextKind::Query : TextKind::Document;
    const EncodeOptions encodeOptions{.batchSize = options.batchSize, .device = options.device};
    std::signal(SIGINT, onInterrupt);
    const JobControl job{cluster::isRoot() ? progressPrinter() : ProgressCallback{}, &g_interrupt};
    const auto start = std::chrono::steady_clock::now();
    const EmbeddingMatrix matrix = options.cache ? encodeCached(bundle, texts, kind, encodeOptions, job)
                                                 : encodeTexts(bundle, texts, kind, encodeOptions, job);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    writeOutput(options.out, matrix, bundle.dim());
    if (cluster::isRoot())
        std::cout << fmt::format("encoded {} texts × {} dims in {:.2f} s ({:.0f} texts/s{}) → {}\n",
                                 allTexts.size(), bundle.dim(), seconds,
                                 static_cast<double>(matrix.rows()) / std::max(seconds, 1e-9),
                                 cluster::size() > 1 ? " on rank 0" : "", options.out);
    return 0;
}

Runner setup(CLI::App& app)
{
    auto options = std::make_shared<EncodeCommandOptions>();
    app.add_option("--model", options->model,
                   "Model folder: Hugging Face (config.json, model.safetensors, tokenizer) or a bundle "
                   "(near2-model.json, model.pt, tokenizer)")
        ->required();
    app.add_option("--input", options->input, "JSON lines, one text per line")->required();
    app.add_option("--field", options->field,
                   "Field holding the text (default: title + \" \" + text for BEIR records, else text)");
    app.add_option("--kind", options->kind, "query or document: which prefix of the manifest to use");
    app.add_option(
           "--out", options->out,
           "Output .npy (float32), .fvecs, or a shard manifest .json (one shard per MPI rank beside it)")
        ->required();
    app.add_option("--batch-size", options->batchSize, "Texts per batch (default 64)")
        ->check(CLI::PositiveNumber);
    app.add_option("--device", options->device, "auto, cpu or cuda (default auto)");
    app.add_flag("--cache", options->cache, "Go through the embedding cache (near2 cache list)");
    app.add_option("--precision", options->precision,
                   "fp32 (default), bf16 (bfloat16: AMX / AVX-512 BF16 where the CPU has them) or int8 "
                   "(int8 linear layers; Hugging Face folders only)");
    addTrustModelCodeFlag(app);
    return [options] { return runEncode(*options); };
}

} // namespace

NEAR2_COMMAND(Command{"encode", "Encode JSON-lines texts with a model bundle into a float32 .npy", setup})

} // namespace near2::cli
