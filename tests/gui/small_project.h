#pragma once
// A small demo catalog written as BEIR plus stand-in (demo embedder) embeddings of its products and queries,
// and the setup of a project over it: builds in seconds, and ad-hoc queries work (the stand-in encodes them).
#include "widgets/jobs/project_builder.h"

#include <QTemporaryDir>

namespace near2::test {

jobs::ProjectSetup smallProject(const QTemporaryDir& dir, std::size_t products);

} // namespace near2::test
