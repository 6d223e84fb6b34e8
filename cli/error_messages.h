#pragma once
// The command line's words for the inputs core messages refer to (core/util/input_field.h): each field is
// its flag ("--dims").
#include "core/util/error.h"

#include <string>

namespace near2::cli {

std::string flagOf(InputField field);
// The message as `near2` prints it, e.g. "--dims: 900 is outside 1..768 (the embeddings' full dimension)".
std::string messageOf(const InputError& error);

} // namespace near2::cli
