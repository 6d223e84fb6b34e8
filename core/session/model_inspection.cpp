#include "core/session/model_inspection.h"

#include "core/embed/embedding_matrix.h"
#include "core/encoder/model_trust.h"
#include "core/util/bounded_read.h"

namespace near2::session {

namespace {

EmbeddingShape shapeOf(const std::filesystem::path& file)
{
    const EmbeddingMatrix matrix = readEmbeddings(file);
    return {matrix.rows(), matrix.dim(), matrix.elementType() == ElementType::Float16};
}

} // namespace

ModelInspection inspectModel(const std::filesystem::path& folder)
{
    ModelInspection inspection;
    inspection.description = describeModel(folder);
    if (inspection.description.runsCode) {
        const auto& modelFile = inspection.description.weights;
        std::error_code error;
        if (!std::filesystem::is_regular_file(modelFile, error))
            throw InputError(modelFile, "the model bundle has no model.pt (TorchScript)");
        inspection.sha256 =
            sha256Hex(readFileBounded(modelFile, std::uint64_t{4} << 30, "the TorchScript model"));
        inspection.trusted = isModelCodeTrusted(inspection.sha256) || trustsAllModelCode();
    }
    return inspection;
}

EmbeddingFilesShape inspectEmbeddingFiles(const std::filesystem::path& catalog,
                                          const std::filesystem::path& queries)
{
    return {shapeOf(catalog), shapeOf(queries)};
}

} // namespace near2::session
