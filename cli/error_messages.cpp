#include "cli/error_messages.h"

namespace near2::cli {

std::string flagOf(InputField field)
{
    switch (field) {
    case InputField::EvaluateProject:
        return "near2 eval --project";
    case InputField::Arch:
    case InputField::BatchSize:
    case InputField::Device:
    case InputField::Dims:
    case InputField::DropQueriesWithoutPositives:
    case InputField::EfConstruction:
    case InputField::EfSearch:
    case InputField::Epochs:
    case InputField::Funnel:
    case InputField::Gains:
    case InputField::HnswM:
    case InputField::Index:
    case InputField::Init:
    case InputField::JudgedOnly:
    case InputField::K:
    case InputField::Loss:
    case InputField::Lr:
    case InputField::MrlDims:
    case InputField::MrlWeights:
    case InputField::Nlist:
    case InputField::Nprobe:
    case InputField::Out:
    case InputField::PqBits:
    case InputField::PqM:
    case InputField::Precision:
    case InputField::Precisions:
    case InputField::Products:
    case InputField::Queries:
    case InputField::RelevantThreshold:
    case InputField::Rescore:
    case InputField::Strict:
    case InputField::WarmupRatio:
        break;
    }
    return "--" + std::string(fieldId(field)); // the ids are the flags' names
}

std::string messageOf(const InputError& error)
{
    return error.render(flagOf);
}

} // namespace near2::cli
