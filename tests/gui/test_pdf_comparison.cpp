// The PDF agrees with the app (issue 16): the PDF's comparison table, read back with pdftotext, holds exactly
// the rows of the workbench's run comparison model for the same project: the same A and B, values, signs of
// B − A and p-values (10,000 sign flips, "< 0.0001" below the resolution).
#include "core/report/project_runs.h"
#include "core/report/report_data.h"
#include "tests/core/base/report_fixture.h"
#include "widgets/analysis_state.h"
#include "widgets/report/pdf_export.h"
#include "widgets/run_comparison_model.h"
#include "widgets/run_comparison_state.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace near2;
using namespace near2::widgets;

namespace {

QString pdfText(const std::filesystem::path& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), QString::fromStdString(pdf.string()), QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Every line with its runs of spaces made one.
QStringList normalisedLines(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n')))
        lines.append(line.simplified());
    return lines;
}

} // namespace

class TestPdfComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thePdfsComparisonTableIsTheApps()
    {
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const std::filesystem::path dir = scratch.path().toStdString();
        const auto file = dir / "p.near2";
        test::writeTinyProject(file);

        // The app: the project's runs as the workbench loads them, its default pair, the comparison job's
        // test.
        RunList runs;
        for (auto& run : loadCompleteRuns(file))
            runs.push_back(std::make_shared<const StoredRun>(std::move(run)));
        AnalysisState state;
        auto snapshot = std::make_shared<ProjectSnapshot>(loadExistingProject(file));
        snapshot->latestRun = *runs.back();
        state.setSnapshot(snapshot);
        RunComparisonState comparison;
        comparison.setRuns(runs);
        QVERIFY(comparison.hasPair());
        comparison.setComparison(std::make_shared<const RunComparison>(
            compareRuns(*comparison.run(RunComparisonState::A), *comparison.run(RunComparisonState::B))));
        RunComparisonModel model(&state, &comparison);
        QCOMPARE(model.rowCount(), 2);

        // The PDF of the same project.
        const ReportData data = assembleReport(file, {});
        report::writePdfReport(data, dir / "report.pdf");
        const QString text = pdfText(dir / "report.pdf");
        QVERIFY2(!text.isEmpty(), "pdftotext failed");
        const QString names = QStringLiteral("A = %1, B = %2")
                                  .arg(comparison.runName(comparison.runIndex(RunComparisonState::A)),
                                       comparison.runName(comparison.runIndex(RunComparisonState::B)));
        QVERIFY2(text.contains(QStringLiteral("Runs compared on ndcg@3: ") + names), qPrintable(names));
        const QStringList lines = normalisedLines(text);
        for (int row = 0; row < model.rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < RunComparisonModel::ColumnCount; ++column)
                cells.append(model.index(row, column).data().toString());
            const QString expected = cells.join(QLatin1Char(' '));
            // Once in the executive summary, once in the details.
            QCOMPARE(lines.count(expected), 2);
        }
        QVERIFY(!text.contains(QStringLiteral("p = 0")));
    }
};

QTEST_MAIN(TestPdfComparison)
#include "test_pdf_comparison.moc"
