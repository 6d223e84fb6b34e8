#pragma once
// The workbench's words for the inputs core messages refer to (core/util/input_field.h): the translated
// label of the box where the value is typed ("Dims"), so an error reads "Dims: …" rather than "--dims: …".
#include "core/util/error.h"

#include <QString>

namespace near2::widgets {

QString inputFieldLabel(InputField field);
// The InputError's message with each field named by its label.
QString inputErrorText(const InputError& error);

} // namespace near2::widgets
