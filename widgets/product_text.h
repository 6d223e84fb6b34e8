#pragma once
// A product's fields as a small HTML table (escaped), for the inspector's details pane.
#include "core/store/project_data.h"

#include <QString>

namespace near2::widgets {

QString productHtml(const ProductRecord& product);

} // namespace near2::widgets
