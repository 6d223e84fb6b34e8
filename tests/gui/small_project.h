#pragma once
// A small demo catalog written as BEIR files with stand-in (hashing) embeddings in `dir`, and the setup of a
// project over it: for the tests that build a real project through the jobs layer.
#include "core/session/project_builder.h"

#include <QTemporaryDir>

namespace near2::test {

session::ProjectSetup smallProject(const QTemporaryDir& dir, std::size_t products, std::size_t queries = 300);

} // namespace near2::test
