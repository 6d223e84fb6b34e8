#include "core/util/input_field.h"

#include <array>
#include <utility>

namespace near2 {

namespace {

constexpr std::array<std::pair<InputField, std::string_view>, 33> kIds{{
    {InputField::Arch, "arch"},
    {InputField::BatchSize, "batch-size"},
    {InputField::Device, "device"},
    {InputField::Dims, "dims"},
    {InputField::DropQueriesWithoutPositives, "drop-queries-without-positives"},
    {InputField::EfConstruction, "ef-construction"},
    {InputField::EfSearch, "ef-search"},
    {InputField::Epochs, "epochs"},
    {InputField::EvaluateProject, "evaluate-project"},
    {InputField::Funnel, "funnel"},
    {InputField::Gains, "gains"},
    {InputField::HnswM, "hnsw-m"},
    {InputField::Index, "index"},
    {InputField::Init, "init"},
    {InputField::JudgedOnly, "judged-only"},
    {InputField::K, "k"},
    {InputField::Loss, "loss"},
    {InputField::Lr, "lr"},
    {InputField::MrlDims, "mrl-dims"},
    {InputField::MrlWeights, "mrl-weights"},
    {InputField::Nlist, "nlist"},
    {InputField::Nprobe, "nprobe"},
    {InputField::Out, "out"},
    {InputField::PqBits, "pq-bits"},
    {InputField::PqM, "pq-m"},
    {InputField::Precision, "precision"},
    {InputField::Precisions, "precisions"},
    {InputField::Products, "products"},
    {InputField::Queries, "queries"},
    {InputField::RelevantThreshold, "relevant-threshold"},
    {InputField::Rescore, "rescore"},
    {InputField::Strict, "strict"},
    {InputField::WarmupRatio, "warmup-ratio"},
}};

} // namespace

std::string_view fieldId(InputField field)
{
    for (const auto& [each, id] : kIds)
        if (each == field)
            return id;
    return {};
}

std::optional<InputField> fieldFromId(std::string_view id)
{
    for (const auto& [field, each] : kIds)
        if (each == id)
            return field;
    return std::nullopt;
}

std::string fieldRef(InputField field)
{
    return std::string(1, kFieldMarker) + std::string(fieldId(field)) + kFieldMarker;
}

} // namespace near2
