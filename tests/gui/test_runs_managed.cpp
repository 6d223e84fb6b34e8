// Runs managed in the workbench, through the assembled window on a small two-run project:
// - picking another run as B in the comparison bar shows it in every view (the query stays selected, A is
//   the other run), and the project reopens on it;
// - Runs → Manage runs renames (stored), deletes (the shown run: the other one is shown; the only run: an
//   error, nothing deleted) and adds a run in the background without switching the views;
// - a run stored by another connection while the project is open is announced, not shown;
// - a dim typed in is evaluated for every run, each with its own model (an older run of other embedding
//   files included), stored into each, and the comparison of the two runs has it;
// - adding a run of a TorchScript bundle asks for trust first: refused, nothing is evaluated; trusted, the
//   hash is remembered and the run's evaluation starts.
#include "app/main_window.h"
#include "app/runs_actions.h"
#include "core/embed/embedding_matrix.h"
#include "core/encoder/model_trust.h"
#include "core/search/model_embeddings.h"
#include "core/session/project_builder.h"
#include "core/store/project_store.h"
#include "tests/gui/small_project.h"
#include "widgets/analysis_state.h"
#include "widgets/jobs/project_session.h"
#include "widgets/jobs/run_jobs.h"
#include "widgets/run_comparison_bar.h"
#include "widgets/runs_dialog.h"
#include "widgets/wizard/model_trust_dialog.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace near2;

namespace {

// A project with two runs over the same data: "first" (id 1) and "second" (id 2, the newest).
session::ProjectSetup twoRunProject(const QTemporaryDir& dir)
{
    auto setup = test::smallProject(dir, 400, 60);
    setup.runLabel = "first";
    session::addEvaluationRun(setup, {});
    setup.runLabel = "second";
    session::addEvaluationRun(setup, {});
    return setup;
}

// The stand-in's vectors with their columns reversed: another model, so its nested dims rank otherwise.
ModelSource reversedModel(const session::ProjectSetup& setup, const std::filesystem::path& folder)
{
    ModelSource model{"embeddings", {}, 0};
    for (const std::string& name : {std::string("c"), std::string("q")}) {
        const std::string from = name == "c" ? setup.model.paths[0] : setup.model.paths[1];
        const EmbeddingMatrix vectors = readEmbeddings(from);
        std::vector<float> values(vectors.data(), vectors.data() + vectors.rows() * vectors.dim());
        for (std::size_t row = 0; row < vectors.rows(); ++row)
            std::reverse(values.begin() + static_cast<std::ptrdiff_t>(row * vectors.dim()),
                         values.begin() + static_cast<std::ptrdiff_t>((row + 1) * vectors.dim()));
        const auto file = folder / (name + "-reversed.npy");
        writeEmbeddings(file, EmbeddingMatrix(std::move(values), vectors.rows(), vectors.dim()));
        model.paths.push_back(file.string());
    }
    return model;
}

// A run's mean of `column` at `dim`, or NaN when the run lacks the dim.
double meanAt(const StoredRun& run, int dim, const std::string& column)
{
    const auto& dims = run.result.dims;
    const auto& columns = run.result.columns;
    const auto d = std::find(dims.begin(), dims.end(), dim);
    const auto c = std::find(columns.begin(), columns.end(), column);
    if (d == dims.end() || c == columns.end())
        return std::nan("");
    return run.result
        .mean[static_cast<std::size_t>(d - dims.begin())][static_cast<std::size_t>(c - columns.begin())];
}

std::vector<RunHeader> storedRuns(const std::filesystem::path& file)
{
    return ProjectStore(file, ProjectAccess::ReadOnly).runHeaders();
}

bool open(app::MainWindow& window, const std::filesystem::path& file)
{
    QSignalSpy shown(&window, &app::MainWindow::projectShown);
    window.openProjectFile(QString::fromStdString(file.string()));
    return shown.wait(60000);
}

bool waitForRun(app::MainWindow& window, std::int64_t id)
{
    QSignalSpy shown(window.session(), &jobs::ProjectSession::runShown);
    return shown.wait(30000) && window.state()->run()->id == id;
}

int comboIndexOf(const QComboBox* box, const QString& name)
{
    return box->findText(name);
}

} // namespace

class TestRunsManaged : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("NEAR2_NO_DIALOGS", "1");
    }

    void choosingBShowsThatRunEverywhereAndReopensOnIt()
    {
        QTemporaryDir dir;
        const auto setup = twoRunProject(dir);
        {
            app::MainWindow window;
            QVERIFY(open(window, setup.projectFile));
            QCOMPARE(window.state()->run()->id, 2); // the newest by default
            window.state()->setSelectedQuery(5);
            auto* bar = window.findChild<widgets::RunComparisonBar*>();
            QVERIFY(bar);
            QTRY_COMPARE_WITH_TIMEOUT(bar->runBox(1)->count(), 2, 30000);
            QCOMPARE(bar->runBox(1)->currentText(), QStringLiteral("second"));
            QCOMPARE(bar->runBox(0)->currentText(), QStringLiteral("first"));

            bar->runBox(1)->setCurrentIndex(comboIndexOf(bar->runBox(1), QStringLiteral("first")));
            QVERIFY(waitForRun(window, 1));
            QCOMPARE(window.state()->selectedQuery(), 5);
            // The pair follows: B is the shown run, A the other one.
            QTRY_COMPARE_WITH_TIMEOUT(bar->runBox(1)->currentText(), QStringLiteral("first"), 30000);
            QCOMPARE(bar->runBox(0)->currentText(), QStringLiteral("second"));
            window.close(); // saves the view state
        }
        app::MainWindow reopened;
        QVERIFY(open(reopened, setup.projectFile));
        QCOMPARE(reopened.state()->run()->id, 1);
        QCOMPARE(reopened.state()->selectedQuery(), 5);
    }

    void runsAreRenamedDeletedAndAdded()
    {
        QTemporaryDir dir;
        const auto setup = twoRunProject(dir);
        app::MainWindow window;
        QVERIFY(open(window, setup.projectFile));
        auto* runs = window.session()->runs();
        auto* dialog = window.runs()->dialog();
        QCOMPARE(dialog->table()->rowCount(), 2);
        QCOMPARE(dialog->table()->item(1, 2)->text(), QStringLiteral("shown"));

        // Rename "first" by editing its name.
        dialog->table()->item(0, 0)->setText(QStringLiteral("baseline"));
        QTRY_COMPARE_WITH_TIMEOUT(runs->headers().front().label, std::string("baseline"), 30000);
        QCOMPARE(storedRuns(setup.projectFile).front().label, std::string("baseline"));
        QCOMPARE(dialog->table()->item(0, 0)->text(), QStringLiteral("baseline"));

        // Add a run on the project's dataset: evaluated in the background, the views stay on theirs.
        QSignalSpy added(runs, &jobs::RunJobs::runAdded);
        QSignalSpy elsewhere(runs, &jobs::RunJobs::runsAddedElsewhere);
        runs->add(setup.model, QStringLiteral("third"));
        QVERIFY(added.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(runs->headers().size(), std::size_t{3}, 30000);
        QCOMPARE(runs->headers().back().label, std::string("third"));
        QCOMPARE(window.state()->run()->id, 2);
        QCOMPARE(dialog->table()->rowCount(), 3);
        QTest::qWait(1500); // the file watcher has seen the change by now: not announced as from elsewhere
        QVERIFY(elsewhere.isEmpty());

        // Delete the shown run: the newest other one is shown.
        dialog->selectRun(2);
        QCOMPARE(dialog->selectedRunId(), 2);
        window.runs()->confirmDelete(2);
        QVERIFY(waitForRun(window, 3));
        QCOMPARE(storedRuns(setup.projectFile).size(), std::size_t{2});
        QCOMPARE(dialog->table()->rowCount(), 2);

        // Delete down to one run; the last one cannot go.
        window.runs()->confirmDelete(1);
        QVERIFY(waitForRun(window, 3));
        QSignalSpy error(window.session(), &jobs::ProjectSession::errorOccurred);
        window.runs()->confirmDelete(3);
        QVERIFY(error.wait(30000));
        QVERIFY(error.front().front().toString().contains(QStringLiteral("only run")));
        QCOMPARE(storedRuns(setup.projectFile).size(), std::size_t{1});
    }

    void aRunStoredElsewhereIsAnnouncedNotShown()
    {
        QTemporaryDir dir;
        auto setup = twoRunProject(dir);
        app::MainWindow window;
        QVERIFY(open(window, setup.projectFile));
        QSignalSpy elsewhere(window.session()->runs(), &jobs::RunJobs::runsAddedElsewhere);
        setup.runLabel = "from-the-cli";
        session::addEvaluationRun(setup, {}); // as `near2 eval --project` would, on its own connection
        QVERIFY(elsewhere.wait(30000));
        QCOMPARE(elsewhere.front().front().toStringList(), QStringList{QStringLiteral("from-the-cli")});
        QCOMPARE(window.state()->run()->id, 2);
        auto* bar = window.findChild<widgets::RunComparisonBar*>();
        QTRY_COMPARE_WITH_TIMEOUT(bar->runBox(0)->count(), 3, 30000); // listed for the comparison
        QCOMPARE(window.state()->run()->id, 2);
    }

    void aDimTypedInIsEvaluatedForEveryRunWithItsOwnModel()
    {
        QTemporaryDir dir;
        auto setup = test::smallProject(dir, 400, 60);
        const ModelSource projectModel = setup.model;
        setup.model = reversedModel(setup, dir.path().toStdString());
        setup.runLabel = "reversed";
        session::addEvaluationRun(setup, {}); // run 1: other embedding files
        setup.model = projectModel;
        setup.runLabel = "stand-in";
        session::addEvaluationRun(setup, {}); // run 2, the newest: the project's model
        // The reference: the reversed files evaluated at dim 40 from the start, in a project of their own.
        auto reference = setup;
        reference.projectFile = std::filesystem::path(dir.path().toStdString()) / "reference.near2";
        reference.model = reversedModel(setup, dir.path().toStdString());
        reference.settings.dims = {40};
        session::addEvaluationRun(reference, {});
        const StoredRun expected = *ProjectStore(reference.projectFile, ProjectAccess::ReadOnly).latestRun();

        app::MainWindow window;
        QVERIFY(open(window, setup.projectFile));
        window.session()->runs()->show(1); // the older run shown: its model is not the project's
        QVERIFY(waitForRun(window, 1));
        QSignalSpy evaluated(window.session(), &jobs::ProjectSession::dimEvaluated);
        QSignalSpy compared(window.session()->runs(), &jobs::RunJobs::compared);
        window.session()->evaluateDim(40);
        QVERIFY(evaluated.wait(120000));
        QVERIFY(std::find(window.state()->dims().begin(), window.state()->dims().end(), 40) !=
                window.state()->dims().end());
        // The comparison is made again with both runs at dim 40.
        QTRY_VERIFY_WITH_TIMEOUT(
            !compared.isEmpty() &&
                [&] {
                    const auto a = compared.back().at(0).value<std::shared_ptr<const StoredRun>>();
                    const auto b = compared.back().at(1).value<std::shared_ptr<const StoredRun>>();
                    return !std::isnan(meanAt(*a, 40, "ndcg@10")) && !std::isnan(meanAt(*b, 40, "ndcg@10"));
                }(),
            60000);
        QVERIFY(window.session()->flushWrites(std::chrono::seconds(30)));
        const ProjectStore store(setup.projectFile, ProjectAccess::ReadOnly);
        const StoredRun reversed = store.readRun(1), standIn = store.readRun(2);
        for (const auto& column : reversed.result.columns)
            QVERIFY2(std::abs(meanAt(reversed, 40, column) - meanAt(expected, 40, column)) < 1e-9,
                     column.c_str());
        QVERIFY(!std::isnan(meanAt(standIn, 40, "ndcg@10")));
        QVERIFY(meanAt(standIn, 40, "ndcg@10") != meanAt(reversed, 40, "ndcg@10")); // two models indeed
    }

    void addingATorchScriptBundleAsksForTrustFirst()
    {
        QTemporaryDir dir;
        const QString trustFile = dir.filePath(QStringLiteral("trusted-models"));
        qputenv("NEAR2_TRUST_FILE", trustFile.toUtf8());
        const auto setup = test::smallProject(dir, 300, 40);
        session::addEvaluationRun(setup, {});
        const QString bundle = dir.filePath(QStringLiteral("bundle"));
        QVERIFY(QDir().mkpath(bundle));
        const auto write = [&bundle](const char* name, const QByteArray& bytes) {
            QFile file(bundle + QLatin1Char('/') + QLatin1String(name));
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        QVERIFY(write("near2-model.json", R"({"format": "near2-model/1", "name": "tiny", "dim": 64,
                                              "tokenizer": "vocab.txt", "pooling": "mean"})"));
        QVERIFY(write("vocab.txt", "[PAD]\n[UNK]\n[CLS]\n[SEP]\n"));
        const QByteArray code = "bytes standing for a TorchScript program";
        QVERIFY(write("model.pt", code));
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(code, QCryptographicHash::Sha256).toHex());

        app::MainWindow window;
        QVERIFY(open(window, setup.projectFile));
        auto* actions = window.findChild<app::RunsActions*>();
        QVERIFY(actions);
        QSignalSpy started(window.session()->runs()->addJob(), &jobs::JobRunner::started);
        const ModelSource model{"bundle", {bundle.toStdString()}, 0};

        actions->addRunOf(model, QStringLiteral("scripted"));
        widgets::ModelTrustDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<widgets::ModelTrustDialog*>()) != nullptr, 30000);
        QCOMPARE(dialog->sha256(), sha);
        dialog->refuseButton()->click();
        QTRY_VERIFY(window.findChild<widgets::ModelTrustDialog*>() == nullptr);
        QTest::qWait(300);
        QVERIFY(started.isEmpty()); // refused: nothing evaluated
        QVERIFY(!isModelCodeTrusted(sha.toStdString()));

        actions->addRunOf(model, QStringLiteral("scripted"));
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<widgets::ModelTrustDialog*>()) != nullptr, 30000);
        QVERIFY(dialog->remember());
        dialog->trustButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 30000); // trusted and remembered: the run is evaluated
        QVERIFY(isModelCodeTrusted(sha.toStdString()));
        QFile list(trustFile);
        QVERIFY(list.open(QIODevice::ReadOnly));
        QVERIFY(list.readAll().startsWith(QByteArray(sha.toLatin1() + ' ')));
        window.session()->runs()->cancel();
        qunsetenv("NEAR2_TRUST_FILE");
    }
};

QTEST_MAIN(TestRunsManaged)
#include "test_runs_managed.moc"
