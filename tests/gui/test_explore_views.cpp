// The failure explorer's views (issue 17): rank by dim read back against the run's stored lists, judging
// keys on a ranking view, the judgements kept with provenance, stored in the project and exported as qrels,
// the segment chart, and the 2-D map: a click on a product selects it in the ranking.
#include "core/eval/trec_files.h"
#include "core/explore/analyst_judgements.h"
#include "core/store/project_store.h"
#include "tests/gui/synthetic_project.h"
#include "widgets/explore/rank_by_dim_model.h"
#include "widgets/locale_numbers.h"
#include "widgets/ranking_model.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <sstream>

using namespace near2;
using namespace near2::widgets;

namespace {

// The 1-based position of `row` in the stored list of `query` at dim index `d`, read directly.
std::optional<std::size_t> storedRank(const StoredRun& run, std::size_t d, std::size_t query,
                                      std::int32_t row)
{
    const auto docs = run.rankings.perDim[d].docsOf(query);
    for (std::size_t i = 0; i < docs.size(); ++i)
        if (docs[i] == row)
            return i + 1;
    return std::nullopt;
}

} // namespace

class TestExploreViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rankByDimShowsTheStoredRanks()
    {
        const auto snapshot = test::syntheticSnapshot(20, 500, 256, 100);
        const auto& run = *snapshot->latestRun;
        const std::size_t query = 3, k = 10;
        const auto labels = explore::datasetLabelsOf(*snapshot, query);
        const auto listings = explore::listingsOf(run.rankings, query);
        auto result = explore::rankByDim(labels, listings, run.rankings.dims, k, explore::ExactCatalog{});
        RankByDimModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(result, relevantTitles(result, *snapshot));

        QCOMPARE(model.rowCount(), static_cast<int>(labels.relevantRows().size()));
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.columnCount(),
                 RankByDimModel::FirstDimColumn + static_cast<int>(run.rankings.dims.size()));
        for (int r = 0; r < model.rowCount(); ++r) {
            const auto productRow =
                model.index(r, 0).data(RankByDimModel::ProductRowRole).value<std::int32_t>();
            QCOMPARE(model.index(r, RankByDimModel::Product).data().toString(),
                     QString::fromStdString(snapshot->products.at(productRow).title));
            std::optional<int> firstInTopK;
            for (std::size_t d = 0; d < run.rankings.dims.size(); ++d) {
                const auto expected = storedRank(run, d, query, productRow);
                const auto cell = model.index(r, RankByDimModel::FirstDimColumn + static_cast<int>(d));
                if (expected) {
                    QCOMPARE(cell.data(RankByDimModel::RankRole).toULongLong(), qulonglong(*expected));
                    if (!firstInTopK && *expected <= k)
                        firstInTopK = run.rankings.dims[d];
                } else {
                    QVERIFY(!cell.data(RankByDimModel::RankRole).isValid()); // below the list, no embeddings
                    QCOMPARE(cell.data().toString(), QStringLiteral("–"));
                }
            }
            const auto first = model.index(r, RankByDimModel::FirstInTopK).data();
            if (firstInTopK)
                QCOMPARE(first.toInt(), *firstInTopK);
            else
                QCOMPARE(first.toString(), QStringLiteral("never"));
        }
        QVERIFY(model.headerData(RankByDimModel::FirstDimColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QString::number(run.rankings.dims.front())));
        model.setResult({}, {});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), static_cast<int>(RankByDimModel::FirstDimColumn));
    }
};

QTEST_MAIN(TestExploreViews)
#include "test_explore_views.moc"
