#include "widgets/error_text.h"

#include <QCoreApplication>

namespace near2::widgets {

QString inputFieldLabel(InputField field)
{
    switch (field) {
    case InputField::Arch:
        return QCoreApplication::translate("InputFields", "Architecture");
    case InputField::BatchSize:
        return QCoreApplication::translate("InputFields", "Batch size");
    case InputField::Device:
        return QCoreApplication::translate("InputFields", "Device");
    case InputField::Dims:
        return QCoreApplication::translate("InputFields", "Dims");
    case InputField::DropQueriesWithoutPositives:
        return QCoreApplication::translate("InputFields", "Drop queries without positives");
    case InputField::EfConstruction:
        return QCoreApplication::translate("InputFields", "HNSW efConstruction");
    case InputField::EfSearch:
        return QCoreApplication::translate("InputFields", "HNSW efSearch");
    case InputField::Epochs:
        return QCoreApplication::translate("InputFields", "Epochs");
    case InputField::EvaluateProject:
        return QCoreApplication::translate("InputFields", "File → New project…");
    case InputField::Funnel:
        return QCoreApplication::translate("InputFields", "Funnel");
    case InputField::Gains:
        return QCoreApplication::translate("InputFields", "Gains");
    case InputField::HnswM:
        return QCoreApplication::translate("InputFields", "HNSW M");
    case InputField::Index:
        return QCoreApplication::translate("InputFields", "Index");
    case InputField::Init:
        return QCoreApplication::translate("InputFields", "Model to fine-tune");
    case InputField::JudgedOnly:
        return QCoreApplication::translate("InputFields", "Judged products only");
    case InputField::K:
        return QCoreApplication::translate("InputFields", "k");
    case InputField::Loss:
        return QCoreApplication::translate("InputFields", "Loss");
    case InputField::Lr:
        return QCoreApplication::translate("InputFields", "Learning rate");
    case InputField::MrlDims:
        return QCoreApplication::translate("InputFields", "Matryoshka dims");
    case InputField::MrlWeights:
        return QCoreApplication::translate("InputFields", "Matryoshka weights");
    case InputField::Nlist:
        return QCoreApplication::translate("InputFields", "IVF lists");
    case InputField::Nprobe:
        return QCoreApplication::translate("InputFields", "IVF probes");
    case InputField::Out:
        return QCoreApplication::translate("InputFields", "Output folder");
    case InputField::PqBits:
        return QCoreApplication::translate("InputFields", "PQ bits");
    case InputField::PqM:
        return QCoreApplication::translate("InputFields", "PQ sub-vectors");
    case InputField::Precision:
        return QCoreApplication::translate("InputFields", "Compute precision");
    case InputField::Precisions:
        return QCoreApplication::translate("InputFields", "Precision");
    case InputField::Products:
        return QCoreApplication::translate("InputFields", "Products");
    case InputField::Queries:
        return QCoreApplication::translate("InputFields", "Queries");
    case InputField::RelevantThreshold:
        return QCoreApplication::translate("InputFields", "Relevant from gain");
    case InputField::Rescore:
        return QCoreApplication::translate("InputFields", "Rescore factor");
    case InputField::Strict:
        return QCoreApplication::translate("InputFields", "Strict");
    case InputField::WarmupRatio:
        return QCoreApplication::translate("InputFields", "Warm-up share");
    }
    return QString::fromUtf8(fieldId(field).data(), static_cast<qsizetype>(fieldId(field).size()));
}

QString inputErrorText(const InputError& error)
{
    return QString::fromStdString(
        error.render([](InputField field) { return inputFieldLabel(field).toStdString(); }));
}

} // namespace near2::widgets
