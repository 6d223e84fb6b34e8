#include "report_fixture.h"

#include "core/store/project_store.h"

namespace near2::test {

StoredRun tinyRun(const std::string& label, double shift)
{
    StoredRun run;
    run.label = label;
    run.result.dims = {2, 4};
    run.result.columns = {"ndcg@3", "p@3"};
    run.result.queryIds = {"q1", "q2", "q3"};
    // [dim][query * 2 + column]: q1 loses from 4 to 2 dims, q2 loses more, q3 gains.
    run.result.perQuery = {{0.5 + shift, 1.0 / 3, 0.2 + shift, 0.0, 0.9, 2.0 / 3},
                           {1.0, 2.0 / 3, 0.8, 1.0 / 3, 0.7, 1.0 / 3}};
    for (const auto& values : run.result.perQuery)
        run.result.mean.push_back(
            {(values[0] + values[2] + values[4]) / 3, (values[1] + values[3] + values[5]) / 3});
    run.rankings.dims = run.result.dims;
    TopKLists small(3, 3), full(3, 3);
    small.docs = {1, 0, 2, 3, 4, 1, 2, 4, -1};
    small.scores = {0.9f, 0.8f, 0.1f, 0.7f, 0.6f, 0.5f, 0.4f, 0.3f, -1e30f};
    full.docs = {0, 1, 2, 1, 3, 4, 4, 2, 0};
    full.scores = {0.95f, 0.5f, 0.2f, 0.9f, 0.85f, 0.3f, 0.6f, 0.55f, 0.05f};
    run.rankings.perDim = {small, full};
    return run;
}

ProjectSnapshot tinyCatalogue()
{
    ProjectSnapshot snapshot;
    snapshot.queries = {
        {"q1", "usb \"c\", cable", "short", 1, {{0, "E", 1.0}, {2, "I", 0.0}}},
        {"q2", "laptop stand 15in", "long", 1, {{1, "E", 1.0}, {4, "S", 0.1}}},
        {"q3", "desk lamp", "short", 1, {{2, "E", 1.0}, {4, "C", 0.01}}},
    };
    const char* titles[] = {"USB-C cable 1 m", "Aluminium laptop stand", "LED desk lamp", "Mouse pad",
                            "Lamp bulb"};
    for (std::int32_t row = 0; row < 5; ++row)
        snapshot.products[row] = {row, "p" + std::to_string(row), titles[row], {}};
    return snapshot;
}

void saveSmallSources(ProjectStore& store, const std::string& name)
{
    ProjectSettings settings;
    settings.dims = {2, 4};
    settings.k = 3;
    store.saveSources({"beir", {"/data/" + name}, "", "test", name == "tiny" ? "abc123" : name},
                      {"embeddings", {"c.npy", "q.npy"}, 4}, settings);
}

void writeTinyProject(const std::filesystem::path& file)
{
    ProjectStore store(file);
    saveSmallSources(store, "tiny");
    const auto catalogue = tinyCatalogue();
    store.saveCatalogue(catalogue.queries, catalogue.products);
    store.setAnnotation("q2", {"model number lost", "15in, \"stand\""});
    store.saveSliceRules({{"alphanumeric", "alphanumeric", ""}});
    store.addRun(tinyRun("A", 0.0));
    store.addRun(tinyRun("B", 0.1));
}

} // namespace near2::test
