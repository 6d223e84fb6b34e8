#pragma once
// BEIR qrels files: a header "query-id<TAB>corpus-id<TAB>score", then one judgement per line. The score is
// kept as written: a number or a label such as E/S/C/I.
#include "core/data/dataset.h"

#include <filesystem>
#include <ostream>
#include <string>

namespace near2 {

// Throws InputError(file, line, ...) for a missing or wrong header, a wrong column count or an empty field.
Qrels readQrelsTsv(const std::filesystem::path& file, const std::string& encoding = "UTF-8");

// Throws InputError(file, ...) when an id or label holds a tab or line break (it would break the format).
void writeQrelsTsv(const Qrels& qrels, std::ostream& out, const std::filesystem::path& file);

} // namespace near2
