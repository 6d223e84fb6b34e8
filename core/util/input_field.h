#pragma once
// The inputs a user gives values for, as core messages name them. The core never spells a front-end's word
// for one: a message refers to it with fieldRef(), and the CLI renders the reference as its flag (--dims),
// the workbench as the translated label of the box it was typed in ("Dims"). A switch over InputField in
// each front-end makes the compiler check that every field has its word there.
#include <optional>
#include <string>
#include <string_view>

namespace near2 {

enum class InputField {
    Arch,
    BatchSize,
    Device,
    Dims,
    DropQueriesWithoutPositives,
    EfConstruction,
    EfSearch,
    Epochs,
    EvaluateProject, // how to store an evaluation run into a project
    Funnel,
    Gains,
    HnswM,
    Index,
    Init,
    JudgedOnly,
    K,
    Loss,
    Lr,
    MrlDims,
    MrlWeights,
    Nlist,
    Nprobe,
    Out,
    PqBits,
    PqM,
    Precision,
    Precisions,
    Products,
    Queries,
    RelevantThreshold,
    Rescore,
    Strict,
    WarmupRatio,
};

// Stable identifier, e.g. "dims", "relevant-threshold".
std::string_view fieldId(InputField field);
std::optional<InputField> fieldFromId(std::string_view id);

// A reference to `field` inside a message (rendered by InputError::render; what() shows its id). It is the
// field's id between two kFieldMarker characters.
std::string fieldRef(InputField field);
inline constexpr char kFieldMarker = '\x1f';

} // namespace near2
