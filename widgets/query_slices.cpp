#include "widgets/query_slices.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace near2::widgets {

namespace {

QStringList wordsOf(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}

bool hasAlphanumericToken(const QString& text)
{
    static const QRegularExpression mixed(QStringLiteral("(?=\\S*\\d)(?=\\S*[A-Za-z])\\S+"));
    return mixed.match(text).hasMatch();
}

bool isImplicit(const QueryRecord& query, const ProjectSnapshot& snapshot, double threshold)
{
    const auto queryWords = wordsOf(QString::fromStdString(query.text));
    const QSet<QString> words(queryWords.begin(), queryWords.end());
    bool anyRelevant = false;
    for (const auto& judged : query.judged) {
        if (judged.gain < threshold)
            continue;
        anyRelevant = true;
        const auto product = snapshot.products.find(judged.row);
        if (product == snapshot.products.end())
            continue;
        for (const auto& word : wordsOf(QString::fromStdString(product->second.title)))
            if (words.contains(word))
                return false;
    }
    return anyRelevant;
}

} // namespace

bool ruleMatches(const SliceRule& rule, const QueryRecord& query, const ProjectSnapshot& snapshot)
{
    const QString text = QString::fromStdString(query.text);
    const QString parameter = QString::fromStdString(rule.parameter);
    if (rule.kind == "tokens-at-most")
        return wordsOf(text).size() <= parameter.toInt();
    if (rule.kind == "tokens-at-least")
        return wordsOf(text).size() >= parameter.toInt();
    if (rule.kind == "alphanumeric")
        return hasAlphanumericToken(text);
    if (rule.kind == "regex") {
        const QRegularExpression pattern(parameter, QRegularExpression::CaseInsensitiveOption);
        return pattern.isValid() && pattern.match(text).hasMatch();
    }
    if (rule.kind == "implicit")
        return isImplicit(query, snapshot, snapshot.settings.relevantThreshold);
    return false;
}

std::vector<QuerySlice> computeSlices(const ProjectSnapshot& snapshot, const std::vector<SliceRule>& rules)
{
    const std::size_t n = snapshot.queries.size();
    std::vector<QuerySlice> slices;
    slices.push_back({QCoreApplication::translate("QuerySlices", "All queries"), std::vector<char>(n, 1),
                      static_cast<int>(n)});
    std::vector<std::string> types;
    for (const auto& query : snapshot.queries)
        if (!query.type.empty() && std::find(types.begin(), types.end(), query.type) == types.end())
            types.push_back(query.type);
    std::sort(types.begin(), types.end());
    for (const auto& type : types) {
        QuerySlice slice{
            QCoreApplication::translate("QuerySlices", "type: %1").arg(QString::fromStdString(type)),
            std::vector<char>(n, 0), 0};
        for (std::size_t q = 0; q < n; ++q)
            if (snapshot.queries[q].type == type) {
                slice.members[q] = 1;
                ++slice.count;
            }
        slices.push_back(std::move(slice));
    }
    for (const auto& rule : rules) {
        QuerySlice slice{QString::fromStdString(rule.name), std::vector<char>(n, 0), 0};
        for (std::size_t q = 0; q < n; ++q)
            if (ruleMatches(rule, snapshot.queries[q], snapshot)) {
                slice.members[q] = 1;
                ++slice.count;
            }
        slices.push_back(std::move(slice));
    }
    return slices;
}

QStringList sliceRuleKinds()
{
    return {QStringLiteral("tokens-at-most"), QStringLiteral("tokens-at-least"),
            QStringLiteral("alphanumeric"), QStringLiteral("regex"), QStringLiteral("implicit")};
}

QString sliceRuleKindName(const QString& kind)
{
    if (kind == QLatin1String("tokens-at-most"))
        return QCoreApplication::translate("QuerySlices", "At most N words");
    if (kind == QLatin1String("tokens-at-least"))
        return QCoreApplication::translate("QuerySlices", "At least N words");
    if (kind == QLatin1String("alphanumeric"))
        return QCoreApplication::translate("QuerySlices", "Digits and letters in one token");
    if (kind == QLatin1String("regex"))
        return QCoreApplication::translate("QuerySlices", "Matches a regular expression");
    return QCoreApplication::translate("QuerySlices", "Implicit (no word of a relevant title)");
}

} // namespace near2::widgets
