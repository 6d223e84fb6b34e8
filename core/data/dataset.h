#pragma once
// In-memory form of a judged retrieval dataset (BEIR's model): a catalog of products, queries,
// and graded judgements per split. Loaders for BEIR, ESCI and mapped CSV all produce this.
#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace near2 {

// A product (corpus record) or a query. Fields other than the id/title/text are kept, as strings
// (non-string JSON values in their compact JSON form), e.g. a query's "type".
struct Record
{
    std::string id;
    std::string title; // empty for queries
    std::string text;
    std::vector<std::pair<std::string, std::string>> attributes;

    const std::string* attribute(const std::string& name) const;
};

// One line of a qrels file: the label is kept as written ("E", "2", "2.33"); gains come later.
struct Judgement
{
    std::string queryId;
    std::string docId;
    std::string label;
    std::size_t line = 0; // 1-based line in `file`, header counted (0 when generated)
};

struct Qrels
{
    std::filesystem::path file; // where the judgements came from, for messages
    std::vector<Judgement> judgements;
};

struct Dataset
{
    std::filesystem::path source;
    std::vector<Record> corpus;
    std::vector<Record> queries;
    std::map<std::string, Qrels> splits; // split name ("train", "test", ...) → judgements

    // Throws InputError naming the available splits when `split` is absent.
    const Qrels& split(const std::string& name) const;
};

// Id → position lookups, built once per dataset.
class RecordIndex
{
public:
    explicit RecordIndex(const std::vector<Record>& records);
    // Position of `id`, or -1.
    long find(const std::string& id) const;
    std::size_t size() const { return m_positions.size(); }

private:
    std::unordered_map<std::string, long> m_positions;
};

} // namespace near2
