// Project files damaged at the SQL level. A small valid project (tests/core/base/report_fixture.h) is written
// once; each input is a list of edits applied to a copy of it with SQLite (a value of any type, absurd
// numbers included, written into any column of any table; rows deleted or duplicated), then the copy is
// opened as `near2 report` and the workbench open it: snapshot, run list, complete runs, query slices.
#include "core/report/project_runs.h"
#include "core/slices/query_slices.h"
#include "core/store/sqlite_database.h"
#include "tests/core/base/report_fixture.h"
#include "tests/fuzz/fuzz_support.h"

#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <sstream>

namespace {

namespace fs = std::filesystem;
using near2::store::Database;

struct Column
{
    std::string table, name;
};

struct Template
{
    std::string bytes;
    std::vector<Column> columns;
};

const Template& projectTemplate()
{
    static const Template made = [] {
        Template result;
        const auto file = near2::fuzz::scratchDir() / "template.near2";
        near2::test::writeTinyProject(file);
        {
            Database db(file, Database::Mode::ReadWrite);
            db.execute("PRAGMA journal_mode=DELETE");
            near2::store::Statement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
            while (tables.step()) {
                const auto table = tables.text(0);
                near2::store::Statement columns(db, "SELECT name FROM pragma_table_info('" + table + "')");
                while (columns.step())
                    result.columns.push_back({table, columns.text(0)});
            }
        }
        std::ifstream in(file, std::ios::binary);
        result.bytes.assign(std::istreambuf_iterator<char>(in), {});
        return result;
    }();
    return made;
}

// Reads the input front to back; zeros once it is used up.
class Input
{
public:
    Input(const std::uint8_t* data, std::size_t size) : m_data(data), m_size(size) {}
    bool done() const { return m_at >= m_size; }
    std::uint8_t byte() { return m_at < m_size ? m_data[m_at++] : 0; }
    std::int64_t number()
    {
        std::uint64_t value = 0;
        for (int i = 0; i < 8; ++i)
            value = value << 8 | byte();
        return static_cast<std::int64_t>(value);
    }
    std::string bytes(std::size_t count)
    {
        count = std::min(count, m_size - std::min(m_at, m_size));
        std::string text(reinterpret_cast<const char*>(m_data + m_at), count);
        m_at += count;
        return text;
    }

private:
    const std::uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_at = 0;
};

// An SQL literal of any storage class, numbers at the edges included.
std::string literal(Input& input)
{
    static const std::int64_t edges[] = {0,
                                         -1,
                                         1,
                                         2,
                                         3,
                                         4,
                                         1 << 20,
                                         std::numeric_limits<std::int32_t>::max(),
                                         std::numeric_limits<std::int64_t>::max(),
                                         std::numeric_limits<std::int64_t>::min(),
                                         4611686018427387904};
    switch (input.byte() % 7) {
    case 0:
        return "NULL";
    case 1:
        return std::to_string(edges[input.byte() % std::size(edges)]);
    case 2:
        return std::to_string(input.number());
    case 3: {
        const std::int64_t bits = input.number();
        double value;
        std::memcpy(&value, &bits, sizeof value);
        std::ostringstream text;
        text.precision(17);
        text << value;
        const auto written = text.str();
        return written.find_first_not_of("0123456789.e+-") == std::string::npos ? written : "1e308";
    }
    case 4: {
        std::string hex;
        for (const char c : input.bytes(input.byte() % 64))
            hex += "0123456789abcdef"[(static_cast<unsigned char>(c) >> 4) & 15],
                hex += "0123456789abcdef"[static_cast<unsigned char>(c) & 15];
        return "x'" + hex + "'";
    }
    default: {
        std::string text = "'";
        for (const char c : input.bytes(input.byte() % 96)) {
            if (c == '\'')
                text += '\'';
            if (c != '\0')
                text += c;
        }
        return text + "'";
    }
    }
}

void damage(const fs::path& file, Input& input, const std::vector<Column>& columns)
{
    Database db(file, Database::Mode::ReadWrite);
    // A scratch copy: no journal file and no fsync per edit (they made each input cost milliseconds).
    db.execute("PRAGMA journal_mode=MEMORY");
    db.execute("PRAGMA synchronous=OFF");
    for (int edits = 0; edits < 8 && !input.done(); ++edits) {
        const auto op = input.byte();
        const Column& column = columns[input.byte() % columns.size()];
        const std::string where = op & 0x80 ? "" : " WHERE rowid = " + std::to_string(1 + input.byte() % 8);
        std::string sql;
        switch (op % 4) {
        case 0:
        case 1:
            sql = "UPDATE " + column.table + " SET " + column.name + " = " + literal(input) + where;
            break;
        case 2:
            sql = "DELETE FROM " + column.table + where;
            break;
        default:
            sql = "INSERT OR IGNORE INTO " + column.table + " SELECT * FROM " + column.table + where +
                  (where.empty() ? " WHERE" : " AND") + " 0 = 1 UNION ALL SELECT * FROM " + column.table +
                  " LIMIT 1";
        }
        try {
            db.execute(sql);
        } catch (const near2::InputError&) {
            // A constraint refused the edit: the project stays as it was, the next edit follows.
        }
    }
}

} // namespace

// The template is written before the first input, so its cost does not count against that input's time limit.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    (void)projectTemplate();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace near2;
    const Template& base = projectTemplate();
    const auto file = fuzz::writeScratch("p.near2", base.bytes);
    std::error_code ignored;
    fs::remove(file.string() + "-wal", ignored);
    fs::remove(file.string() + "-shm", ignored);
    Input input(data, size);
    damage(file, input, base.columns);
    fuzz::acceptInputErrors([&] {
        const ProjectSnapshot snapshot = loadExistingProject(file);
        (void)listRuns(file);
        (void)loadCompleteRuns(file);
        (void)computeQuerySlices(snapshot);
    });
    return 0;
}
