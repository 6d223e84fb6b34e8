#include "slice_table.h"

#include "core/store/project_store.h"
#include "report_fixture.h"

namespace near2::test {

namespace {

StoredRun tableRun(const std::vector<QueryRecord>& queries)
{
    StoredRun run;
    run.label = "table";
    run.result.dims = {2, 4};
    run.result.columns = {"ndcg@3"};
    for (std::size_t q = 0; q < queries.size(); ++q)
        run.result.queryIds.push_back(queries[q].id);
    for (const double scale : {0.5, 1.0}) {
        std::vector<double> values;
        for (std::size_t q = 0; q < queries.size(); ++q)
            values.push_back(scale * static_cast<double>(q + 1) / 100.0);
        double sum = 0;
        for (const double value : values)
            sum += value;
        run.result.mean.push_back({sum / static_cast<double>(values.size())});
        run.result.perQuery.push_back(std::move(values));
    }
    run.rankings.dims = run.result.dims;
    run.rankings.perDim.assign(2, TopKLists(queries.size(), 3));
    return run;
}

} // namespace

SliceTable sliceTable()
{
    SliceTable table;
    auto& snapshot = table.snapshot;
    // Relevant = gain ≥ 1 (the default threshold); gain 0.1 is judged but not relevant.
    snapshot.queries = {
        {"q01", "größe", "de", 1, {{0, "E", 1.0}}},
        {"q02", "usb-c cable", "", 0, {}},
        {"q03", "USB-C Kabel 2m", "de", 0, {}},
        {"q04", "ÄRGER", "de", 1, {{1, "E", 1.0}}},
        {"q05", "ärgerlich teuer", "de", 0, {}},
        {"q06", "WGR-0582 3pk", "", 0, {}},
        {"q07", "蓝牙耳机", "cjk", 1, {{2, "E", 1.0}}},
        {"q08", "ノートパソコン 15インチ", "cjk", 0, {}},
        {"q09", "🔋 charger", "", 1, {{3, "E", 1.0}}},
        {"q10", "👍🏽", "", 0, {}},
        {"q11", "men's shoes size 10", "", 1, {{4, "E", 1.0}}},
        {"q12", "3.5mm jack", "", 0, {}},
        {"q13", "iphone 15 pro max", "", 1, {{5, "E", 1.0}, {6, "S", 0.1}}},
        {"q14", "e-bike", "", 1, {{7, "E", 1.0}}},
        {"q15", "Straße 12", "de", 0, {}},
        {"q16", "cafe\u0301 cre\u0300me", "", 1, {{8, "E", 1.0}}}, // decomposed accents
        {"q17", "usb c", "", 0, {}},
        {"q18", "micro-usb cable", "", 0, {}},
        {"q19", "lámpara de pie LED", "", 0, {{9, "I", 0.0}}},
        {"q20", "4k monitor", "", 1, {{10, "E", 1.0}}},
        {"q21", "Größe XL Ärger", "de", 0, {}},
        {"q22", "—", "", 0, {}},
        {"q23", "TV 55\" 4K", "", 0, {}},
    };
    const char* titles[] = {"GRÖSSE Tabelle", "Ärger-frei Set",     "蓝牙 音箱",
                            "Battery pack",   "MEN'S running shoe", "Apple smartphone",
                            "iPhone case",    "Electric bicycle",   "Café Crème pods",
                            "Stehlampe",      "4K UHD monitor 27\""};
    for (std::int32_t row = 0; row < 11; ++row)
        snapshot.products[row] = {row, "p" + std::to_string(row), titles[row], {}};
    snapshot.sliceRules = {
        {"one word", "tokens-at-most", "1"},
        {"three words or more", "tokens-at-least", "3"},
        {"alphanumeric", "alphanumeric", ""},
        {"usb-c", "regex", "(?<=usb)-c"},
        {"ärger", "regex", "ärger"},
        {"model number", "regex", "^[a-z]{2,4}-\\d{3,}"},
        {"implicit", "implicit", ""},
        {"han", "regex", "\\p{Han}"},
        {"emoji", "regex", "\\p{Extended_Pictographic}"},
        {"strasse", "regex", "strasse"},
        {"café", "regex", "café"},
    };
    // Words per query (ICU word segments with letters, digits, kana or ideographs; not emoji or punctuation):
    // q01 1 · q02 3 (usb|c|cable) · q03 4 · q04 1 · q05 2 · q06 3 (WGR|0582|3pk) · q07 2 (蓝牙|耳机) ·
    // q08 4 (ノート|パソコン|15|インチ) · q09 1 · q10 0 · q11 4 (men's …) · q12 2 (3.5mm|jack) · q13 4 · q14
    // 2 · q15 2 · q16 2 · q17 2 · q18 3 · q19 4 · q20 2 · q21 3 · q22 0 · q23 3 (TV|55|4K).
    table.expected = {
        {"q01", "q04", "q09", "q10", "q22"},
        {"q02", "q03", "q06", "q08", "q11", "q13", "q18", "q19", "q21", "q23"},
        // A run of non-space characters with a digit and a letter of any script: 2m, WGR-0582,
        // 15インチ, 3.5mm, 4k, 4K.
        {"q03", "q06", "q08", "q12", "q20", "q23"},
        {"q02", "q03"},        // lookbehind, case-insensitive
        {"q04", "q05", "q21"}, // Unicode case folding
        {"q06"},               // ^ and \d: "micro-usb" has 5 letters, "usb-c" no digits
        {"q09", "q13", "q14"}, // größe/GRÖSSE, ärger, 蓝牙, men's, café (decomposed)/Café and 4k share a word
        {"q07"},               // kana is not Han
        {"q09", "q10"}, // 🔋, 👍🏽
        {"q15"},        // full case folding: ß = ss
        {"q16"},        // the query is searched in NFC
    };
    table.types = {"All queries", "type: cjk", "type: de"};
    snapshot.latestRun = tableRun(snapshot.queries);
    return table;
}

void writeSliceTableProject(const std::filesystem::path& file)
{
    const SliceTable table = sliceTable();
    ProjectStore store(file);
    saveSmallSources(store, "slices");
    store.saveCatalogue(table.snapshot.queries, table.snapshot.products);
    store.saveSliceRules(table.snapshot.sliceRules);
    store.addRun(*table.snapshot.latestRun);
}

} // namespace near2::test
