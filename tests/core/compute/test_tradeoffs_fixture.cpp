#include "test_tradeoffs_fixture.h"

#include "core/demo/demo_shop.h"
#include "core/demo/hashing_embedder.h"

#include <algorithm>
#include <stdexcept>

namespace near2::test {

namespace {

TradeoffFixture makeFixture()
{
    TradeoffFixture fixture;
    fixture.dataset = generateDemoShop({.seed = 7, .products = 2000, .queries = 200});
    demo::HashingEmbedder embedder(64);
    std::vector<std::string> texts;
    for (const auto& product : fixture.dataset.corpus)
        texts.push_back(product.title + " " + product.text);
    fixture.inputs.corpusEmbeddings = embedder.embedAll(texts);
    texts.clear();
    for (const auto& query : fixture.dataset.queries)
        texts.push_back(query.text);
    fixture.inputs.queryEmbeddings = embedder.embedAll(texts);
    fixture.inputs.gains = GainMap::parse("E=1,S=0.1,C=0.01,I=0");
    fixture.inputs.scoring.spec.cutoffs = {10};
    return fixture;
}

} // namespace

const TradeoffFixture& tradeoffFixture()
{
    static const TradeoffFixture fixture = makeFixture();
    return fixture;
}

TradeoffOptions fastTradeoffOptions()
{
    TradeoffOptions options;
    options.latencyQueries = 5;
    options.threads = 2;
    return options;
}

const CellMeasure& findCell(const TradeoffReport& report, int dim, Precision precision, IndexKind index)
{
    const auto found = std::find_if(report.cells.begin(), report.cells.end(), [&](const CellMeasure& cell) {
        return cell.spec.dim == dim && cell.spec.precision == precision && cell.spec.index == index;
    });
    if (found == report.cells.end())
        throw std::logic_error("cell not in the report");
    return *found;
}

double metricOf(const TradeoffReport& report, const CellMeasure& cell, const std::string& column)
{
    const auto found = std::find(report.columns.begin(), report.columns.end(), column);
    if (found == report.columns.end())
        throw std::logic_error("no column " + column);
    return cell.metrics.at(static_cast<std::size_t>(found - report.columns.begin()));
}

} // namespace near2::test
