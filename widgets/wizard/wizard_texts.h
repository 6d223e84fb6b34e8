#pragma once
// What the wizard's pages say about the files read for them: a dataset's size and splits, a split's labels,
// the gains and threshold the labels suggest (and why), a model's description, embedding shapes.
#include "core/session/dataset_inspection.h"
#include "core/session/model_inspection.h"

#include <QString>
#include <vector>

namespace near2::widgets::wizard_texts {

QString datasetSummary(const session::DatasetSummary& summary);
QString splitLabels(const session::SplitSummary& split);
QString relevanceReason(const session::RelevanceSuggestion& suggestion);
// Rich text: one row per property (architecture, layers, hidden size, max length, pooling, prompts, dims).
QString modelDescription(const ModelDescription& description);
QString dimsList(const std::vector<int>& dims);
QString embeddingShape(const session::EmbeddingShape& shape);

} // namespace near2::widgets::wizard_texts
