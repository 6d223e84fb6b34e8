#include "widgets/wizard/wizard_texts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace near2::widgets::wizard_texts {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("WizardTexts", text, nullptr, n);
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QString count(std::size_t value)
{
    return QLocale().toString(static_cast<qulonglong>(value));
}

QString row(const QString& name, const QString& value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString datasetSummary(const session::DatasetSummary& summary)
{
    QStringList splits;
    for (const auto& split : summary.splits)
        splits << tr("%1 (%2 judgements)").arg(QString::fromStdString(split.name), count(split.judgements));
    return tr("%1 products, %2 queries; qrels splits: %3")
        .arg(count(summary.products), count(summary.queries), splits.join(QStringLiteral(", ")));
}

QString splitLabels(const session::SplitSummary& split)
{
    QStringList labels;
    for (const auto& label : split.labels)
        labels << QStringLiteral("%1 (%2)").arg(QString::fromStdString(label.label), count(label.count));
    return tr("Labels in %1: %2").arg(QString::fromStdString(split.name), labels.join(QStringLiteral(", ")));
}

QString relevanceReason(const session::RelevanceSuggestion& suggestion)
{
    using Basis = session::RelevanceSuggestion::Basis;
    switch (suggestion.basis) {
    case Basis::EsciLetters:
        return tr("ESCI labels: the ESCI paper's gains; only Exact products (gain 1) count as relevant.");
    case Basis::Binary:
        return tr("Binary labels: 1 is relevant, 0 is not.");
    case Basis::IntegerGrades:
        return tr("Grades %1–%2: each grade is its own gain; the lowest grade, %1, usually means not "
                  "relevant, "
                  "so relevance starts at %3.")
            .arg(number(suggestion.lowest), number(suggestion.highest), number(suggestion.threshold));
    case Basis::NumericScores:
        return tr("Scores from %1 to %2 (averaged ratings): each score is its own gain; relevant from the "
                  "middle of the range, %3.")
            .arg(number(suggestion.lowest), number(suggestion.highest), number(suggestion.threshold));
    case Basis::Unknown:
        break;
    }
    QStringList unmapped;
    for (const auto& label : suggestion.unmapped)
        unmapped << QString::fromStdString(label);
    return tr("No suggestion for these labels: give each of %1 a gain.")
        .arg(unmapped.join(QStringLiteral(", ")));
}

QString dimsList(const std::vector<int>& dims)
{
    QStringList items;
    for (const int dim : dims)
        items << QString::number(dim);
    return items.join(QStringLiteral(", "));
}

QString modelDescription(const ModelDescription& description)
{
    const ModelManifest& manifest = description.manifest;
    const bool huggingFace = description.format == ModelFormat::HuggingFace;
    QString text = QStringLiteral("<table>");
    text += row(tr("Format"), huggingFace ? tr("Hugging Face model folder (data: opens without asking)")
                                          : tr("TorchScript bundle (code: opens only when trusted)"));
    if (!manifest.name.empty())
        text += row(tr("Name"), QString::fromStdString(manifest.name));
    text += row(tr("Architecture"), QString::fromStdString(description.architecture));
    if (description.layers > 0)
        text += row(tr("Layers"), tr("%1 (%2 attention heads, feed-forward %3)")
                                      .arg(description.layers)
                                      .arg(description.heads)
                                      .arg(description.intermediate));
    text += row(tr("Hidden size"), QString::number(manifest.dim));
    text += row(tr("Max length"), tr("%1 tokens").arg(manifest.maxLength));
    text += row(tr("Pooling"), QString::fromLatin1(poolingName(manifest.pooling)) +
                                   (manifest.normalize ? tr(", L2-normalised") : QString()));
    const auto prompt = [](const std::string& prefix) {
        return prefix.empty() ? tr("none") : QStringLiteral("“%1”").arg(QString::fromStdString(prefix));
    };
    text +=
        row(tr("Prompts"),
            tr("queries %1, products %2").arg(prompt(manifest.queryPrefix), prompt(manifest.documentPrefix)));
    if (!description.similarity.empty())
        text += row(tr("Similarity"), description.similarity == "cosine"
                                          ? tr("cosine")
                                          : tr("%1 declared by the model; the workbench ranks by cosine")
                                                .arg(QString::fromStdString(description.similarity)));
    text += row(manifest.mrlDims.empty() ? tr("Dims to evaluate (no nested dims declared)")
                                         : tr("Nested dims (Matryoshka)"),
                dimsList(description.nestedDims));
    return text + QStringLiteral("</table>");
}

QString embeddingShape(const session::EmbeddingShape& shape)
{
    return tr("%1 rows × %2 dims, %3")
        .arg(count(shape.rows))
        .arg(shape.dim)
        .arg(shape.float16 ? QStringLiteral("float16") : QStringLiteral("float32"));
}

} // namespace near2::widgets::wizard_texts
