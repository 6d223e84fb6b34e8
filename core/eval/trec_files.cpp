#include "core/eval/trec_files.h"

#include "core/eval/judgement_table.h"
#include "core/eval/metrics.h"
#include "core/util/error.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace near2 {

namespace {

// Splits `line` at runs of spaces/tabs; keeps the first `limit` fields and returns how many there are.
std::size_t splitColumns(std::string_view line, std::string_view* fields, std::size_t limit)
{
    std::size_t count = 0;
    std::size_t pos = 0;
    while (true) {
        pos = line.find_first_not_of(" \t\r", pos);
        if (pos == std::string_view::npos)
            break;
        const auto end = std::min(line.find_first_of(" \t\r", pos), line.size());
        if (count < limit)
            fields[count] = line.substr(pos, end - pos);
        ++count;
        pos = end;
    }
    return count;
}

std::ifstream openForReading(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw InputError(file, "cannot open for reading");
    return in;
}

bool isBlank(std::string_view line)
{
    return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

} // namespace

std::string trecId(std::string_view id)
{
    if (id.find_first_of(" \t\n\r\v\f%") == std::string_view::npos)
        return std::string(id);
    std::string encoded;
    for (const char c : id) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == '%') {
            static constexpr char kHex[] = "0123456789ABCDEF";
            const auto byte = static_cast<unsigned char>(c);
            encoded += {'%', kHex[byte >> 4], kHex[byte & 15]};
        } else {
            encoded += c;
        }
    }
    return encoded;
}

Qrels readTrecQrels(const std::filesystem::path& file)
{
    std::ifstream in = openForReading(file);
    Qrels qrels;
    qrels.file = file;
    std::string line;
    std::size_t lineNumber = 0;
    std::string_view fields[4];
    while (std::getline(in, line)) {
        ++lineNumber;
        if (isBlank(line))
            continue;
        const std::size_t count = splitColumns(line, fields, 4);
        if (count != 4)
            throw InputError(file, lineNumber,
                             "expected 4 columns (query iteration document grade), found " +
                                 std::to_string(count));
        qrels.judgements.push_back(
            Judgement{std::string(fields[0]), std::string(fields[2]), std::string(fields[3]), lineNumber});
    }
    if (in.bad())
        throw InputError(file, "read error");
    return qrels;
}

void writeTrecQrels(const Qrels& qrels, std::ostream& out, const std::filesystem::path& file)
{
    const auto unsafe = [](const std::string& value) {
        return value.empty() || value.find_first_of(" \t\r\n") != std::string::npos;
    };
    for (const auto& judgement : qrels.judgements) {
        if (unsafe(judgement.queryId) || unsafe(judgement.docId) || unsafe(judgement.label))
            throw InputError(file, "cannot write the judgement (" + judgement.queryId + ", " +
                                       judgement.docId + "): an id or label is empty or holds white space");
        out << judgement.queryId << " 0 " << judgement.docId << ' ' << judgement.label << '\n';
    }
}

std::vector<RunEntry> readTrecRun(const std::filesystem::path& file)
{
    std::ifstream in = openForReading(file);
    std::vector<RunEntry> run;
    std::unordered_map<std::string, std::size_t> seen; // "query\tdocument" → line
    std::string line;
    std::size_t lineNumber = 0;
    std::string_view fields[6];
    while (std::getline(in, line)) {
        ++lineNumber;
        if (isBlank(line))
            continue;
        const std::size_t count = splitColumns(line, fields, 6);
        if (count != 6)
            throw InputError(file, lineNumber,
                             "expected 6 columns (query Q0 document rank score tag), found " +
                                 std::to_string(count));
        const std::string_view scoreText = fields[4];
        const char* begin = scoreText.data() + (scoreText.front() == '+' ? 1 : 0);
        const char* end = scoreText.data() + scoreText.size();
        double score = 0.0;
        const auto [ptr, error] = std::from_chars(begin, end, score);
        if (begin == end || error != std::errc() || ptr != end || !std::isfinite(score))
            throw InputError(file, lineNumber,
                             "bad score '" + std::string(scoreText) + "' (expected a number)");
        RunEntry entry{std::string(fields[0]), std::string(fields[2]), score};
        const auto [it, inserted] = seen.emplace(entry.queryId + '\t' + entry.docId, lineNumber);
        if (!inserted)
            throw InputError(file, lineNumber,
                             "document '" + entry.docId + "' is listed twice for query '" + entry.queryId +
                                 "' (first on line " + std::to_string(it->second) + ")");
        run.push_back(std::move(entry));
    }
    if (in.bad())
        throw InputError(file, "read error");
    return run;
}

namespace {

struct JudgedQuery
{
    QueryGains table;
    std::vector<const RunEntry*> entries;
};

bool ranksBefore(const RunEntry* a, const RunEntry* b)
{
    if (a->score != b->score)
        return a->score > b->score;
    return a->docId > b->docId;
}

} // namespace

RunEvaluation evaluateRun(const Qrels& qrels, const std::vector<RunEntry>& run, const MetricSpec& spec,
                          const EvaluationOptions& options)
{
    std::map<std::string, JudgedQuery> queries;
    for (auto& [id, table] : gainsByQuery(qrels, options.gains, options.relevantThreshold))
        queries[id].table = std::move(table);
    std::unordered_map<std::string_view, JudgedQuery*> byId;
    byId.reserve(queries.size());
    for (auto& [id, query] : queries)
        byId.emplace(id, &query);
    for (const RunEntry& entry : run)
        if (const auto it = byId.find(entry.queryId); it != byId.end())
            it->second->entries.push_back(&entry);

    RunEvaluation evaluation;
    const std::size_t columns = spec.columnCount();
    const auto maxK = static_cast<std::size_t>(std::max(spec.maxCutoff(), 0));
    evaluation.mean.assign(columns, 0.0);
    evaluation.queryIds.reserve(queries.size());
    evaluation.perQuery.reserve(queries.size());
    std::vector<RankedGain> ranking;
    std::unordered_set<std::string_view> listed;
    for (auto& [id, query] : queries) {
        std::sort(query.entries.begin(), query.entries.end(), ranksBefore);
        listed.clear();
        for (const RunEntry* entry : query.entries)
            if (!listed.insert(entry->docId).second)
                throw InputError("run lists document '" + entry->docId + "' twice for query '" + id + "'");
        ranking.clear();
        for (const RunEntry* entry : query.entries) {
            if (ranking.size() >= maxK)
                break;
            const auto judged = query.table.gains.find(entry->docId);
            if (judged == query.table.gains.end()) {
                if (!options.judgedOnly)
                    ranking.push_back(RankedGain{});
                continue;
            }
            const double gain = judged->second.first;
            ranking.push_back(RankedGain{gain, gain >= options.relevantThreshold});
        }
        std::vector<double> values(columns, 0.0);
        computeQueryMetrics(ranking, query.table.judgements, spec, values);
        for (std::size_t c = 0; c < columns; ++c)
            evaluation.mean[c] += values[c];
        evaluation.queryIds.push_back(id);
        evaluation.perQuery.push_back(std::move(values));
    }
    if (!queries.empty())
        for (double& value : evaluation.mean)
            value /= static_cast<double>(queries.size());
    return evaluation;
}

} // namespace near2
