// The new-project wizard driven as an analyst would fill it: each page validates as it is filled (files read
// in jobs: a folder without corpus.jsonl refused on its page, the qrels splits listed, the label range read
// with suggested gains and threshold, embedding rows checked against the dataset's records, a model folder
// described with its nested dims), several k, the build with progress and Cancel (nothing written), fields
// kept after a failed build, and trust asked for a TorchScript bundle (remembered on accept, nothing opened
// on refuse). A CSV's mapping preview shows its columns and guesses the roles.
#include "core/data/loaders.h"
#include "core/demo/demo_shop.h"
#include "core/embed/embedding_matrix.h"
#include "core/encoder/model_trust.h"
#include "core/search/model_embeddings.h"
#include "core/session/stand_in_model.h"
#include "widgets/jobs/file_previews.h"
#include "widgets/jobs/project_session.h"
#include "widgets/wizard/csv_mapping_widget.h"
#include "widgets/wizard/dataset_page.h"
#include "widgets/wizard/model_page.h"
#include "widgets/wizard/model_trust_dialog.h"
#include "widgets/wizard/new_project_wizard.h"
#include "widgets/wizard/path_field.h"
#include "widgets/wizard/settings_page.h"
#include "widgets/wizard/wizard_texts.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace near2;

namespace {

constexpr int kProducts = 400;
constexpr int kQueries = 60;

QString at(const QTemporaryDir& dir, const char* name)
{
    return dir.filePath(QLatin1String(name));
}

// A BEIR folder "data" and the demo model's embeddings c.npy / q.npy in `dir`.
void writeDemoFiles(const QTemporaryDir& dir)
{
    DemoShopOptions options;
    options.products = kProducts;
    options.queries = kQueries;
    const Dataset dataset = generateDemoShop(options);
    writeBeir(dataset, at(dir, "data").toStdString());
    std::vector<std::string> corpus, queries;
    for (const auto& record : dataset.corpus)
        corpus.push_back(documentText(record));
    for (const auto& record : dataset.queries)
        queries.push_back(record.text);
    writeEmbeddings(at(dir, "c.npy").toStdString(), session::embedWithStandInModel(corpus));
    writeEmbeddings(at(dir, "q.npy").toStdString(), session::embedWithStandInModel(queries));
}

void writeText(const QString& file, const QByteArray& text)
{
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
}

QByteArray readAll(const QString& file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

// The wizard on its dataset page with the demo folder chosen and checked.
void chooseDemoFolder(widgets::NewProjectWizard& wizard, const QTemporaryDir& dir)
{
    auto* dataset = wizard.datasetPage();
    dataset->formatBox()->setCurrentIndex(widgets::DatasetPage::Beir);
    dataset->beirFolder()->setPath(at(dir, "data"));
    QTRY_VERIFY_WITH_TIMEOUT(dataset->isComplete(), 30000);
}

// Fills every page with the demo files and goes to the settings page.
void fillWithDemo(widgets::NewProjectWizard& wizard, const QTemporaryDir& dir, const QString& project)
{
    chooseDemoFolder(wizard, dir);
    wizard.next();
    auto* model = wizard.modelPage();
    model->embeddingsChoice()->setChecked(true);
    model->corpusEmbeddings()->setPath(at(dir, "c.npy"));
    model->queryEmbeddings()->setPath(at(dir, "q.npy"));
    QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 30000);
    wizard.next();
    QCOMPARE(wizard.currentPage(), wizard.settingsPage());
    wizard.settingsPage()->projectField()->setPath(project);
}

QString statusOf(QWidget* page, const char* name)
{
    return page->findChild<QLabel*>(QLatin1String(name))->text();
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void beirFolderAndEmbeddingsBuildAProject()
    {
        QTemporaryDir dir;
        writeDemoFiles(dir);
        jobs::ProjectSession session;
        widgets::NewProjectWizard wizard(&session);
        wizard.show();
        QVERIFY(!wizard.datasetPage()->isComplete());
        fillWithDemo(wizard, dir, at(dir, "shop"));
        QVERIFY(statusOf(wizard.datasetPage(), "datasetStatus").contains(QStringLiteral("400 products")));
        // The embeddings' dims are suggested (no nested dims in .npy files: powers of two and the full dim).
        auto* settings = wizard.settingsPage();
        QCOMPARE(settings->dimsEdit()->text(), QStringLiteral("8, 16, 32, 64, 128, 256"));
        settings->dimsEdit()->setText(QStringLiteral("32, 8,16"));
        settings->kEdit()->setText(QStringLiteral("5, 10"));
        QVERIFY(settings->isComplete());

        const auto setup = wizard.setup();
        QCOMPARE(QString::fromStdString(setup.projectFile.string()), at(dir, "shop.near2"));
        QCOMPARE(setup.dataset.format, std::string("beir"));
        QCOMPARE(setup.dataset.split, std::string("test"));
        QCOMPARE(setup.model.kind, std::string("embeddings"));
        QCOMPARE(setup.settings.dims, (std::vector<int>{8, 16, 32}));
        QCOMPARE(setup.settings.k, 5);
        QCOMPARE(setup.settings.moreK, (std::vector<int>{10}));

        // Create builds in the wizard, with progress; the wizard closes once the project is open.
        QSignalSpy opened(&session, &jobs::ProjectSession::projectOpened);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(wizard.isBuilding());
        QVERIFY(settings->progressBar()->isVisible());
        QVERIFY(opened.wait(60000));
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(!wizard.isVisible());
        const auto snapshot = opened.front().front().value<std::shared_ptr<const ProjectSnapshot>>();
        QVERIFY(!snapshot->queries.empty());
        QCOMPARE(snapshot->settings.k, 5);
        QCOMPARE(snapshot->settings.moreK, (std::vector<int>{10}));
        const auto& columns = snapshot->latestRun->result.columns;
        for (const char* column : {"ndcg@5", "ndcg@10", "ndcg@100"})
            QVERIFY2(std::find(columns.begin(), columns.end(), column) != columns.end(), column);
        QVERIFY(!QFile::exists(at(dir, "shop.near2.part")));
    }

    void aFolderWithoutTheCatalogIsRefusedOnItsPage()
    {
        QTemporaryDir dir;
        writeDemoFiles(dir);
        QVERIFY(QFile::remove(at(dir, "data/corpus.jsonl")));
        jobs::ProjectSession session;
        widgets::DatasetPage page(session.previews());
        page.beirFolder()->setPath(at(dir, "data"));
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(&page, "datasetStatus").contains(QStringLiteral("corpus.jsonl")),
                                 30000);
        QVERIFY(!page.isComplete());
        QCOMPARE(page.splitBox()->count(), 0);
    }

    void theSplitsAreListedWithTheirLabels()
    {
        QTemporaryDir dir;
        writeDemoFiles(dir);
        // A second split, graded 1–4 (the first of its queries and products judged four times).
        writeText(at(dir, "data/qrels/dev.tsv"), "query-id\tcorpus-id\tscore\n");
        const QList<QByteArray> test = readAll(at(dir, "data/qrels/test.tsv")).split('\n');
        QByteArray dev = "query-id\tcorpus-id\tscore\n";
        for (int i = 1; i <= 8 && i < test.size(); ++i) {
            const auto fields = test[i].split('\t');
            dev += fields[0] + '\t' + fields[1] + '\t' + QByteArray::number(1 + (i - 1) % 4) + '\n';
        }
        writeText(at(dir, "data/qrels/dev.tsv"), dev);

        jobs::ProjectSession session;
        widgets::NewProjectWizard wizard(&session);
        wizard.show();
        chooseDemoFolder(wizard, dir);
        auto* dataset = wizard.datasetPage();
        QStringList splits; // every qrels/<split>.tsv, by name
        for (const auto& file :
             QDir(at(dir, "data/qrels")).entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name))
            splits << file.chopped(4);
        QVERIFY(splits.size() >= 2);
        QStringList listed;
        for (int i = 0; i < dataset->splitBox()->count(); ++i)
            listed << dataset->splitBox()->itemText(i);
        QCOMPARE(listed, splits);
        QCOMPARE(dataset->splitBox()->currentText(), QStringLiteral("test")); // preferred when present
        dataset->splitBox()->setCurrentText(QStringLiteral("dev"));
        QCOMPARE(statusOf(dataset, "splitLabels"),
                 QStringLiteral("Labels in dev: 1 (2), 2 (2), 3 (2), 4 (2)"));

        // Grades 1–4: each its own gain, relevant from 2 (not 1), and why.
        wizard.next();
        wizard.modelPage()->embeddingsChoice()->setChecked(true);
        wizard.modelPage()->corpusEmbeddings()->setPath(at(dir, "c.npy"));
        wizard.modelPage()->queryEmbeddings()->setPath(at(dir, "q.npy"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.modelPage()->isComplete(), 30000);
        wizard.next();
        auto* settings = wizard.settingsPage();
        QCOMPARE(settings->gainsEdit()->text(), QStringLiteral("1=1,2=2,3=3,4=4"));
        QCOMPARE(settings->thresholdBox()->value(), 2.0);
        QVERIFY2(settings->relevanceReason()->text().contains(QStringLiteral("relevance starts at 2")),
                 qPrintable(settings->relevanceReason()->text()));

        // The ESCI split: the ESCI gains, Exact relevant. A threshold the analyst typed is kept.
        wizard.back();
        wizard.back();
        dataset->splitBox()->setCurrentText(QStringLiteral("test"));
        wizard.next();
        wizard.next();
        QCOMPARE(settings->gainsEdit()->text(), QStringLiteral("E=1,S=0.1,C=0.01,I=0"));
        QCOMPARE(settings->thresholdBox()->value(), 1.0);
        settings->thresholdBox()->setValue(0.1);
        wizard.back();
        wizard.next();
        QCOMPARE(settings->thresholdBox()->value(), 0.1);
    }

    void embeddingRowsAreCheckedAgainstTheDataset()
    {
        QTemporaryDir dir;
        writeDemoFiles(dir);
        jobs::ProjectSession session;
        widgets::NewProjectWizard wizard(&session);
        wizard.show();
        chooseDemoFolder(wizard, dir);
        wizard.next();
        auto* model = wizard.modelPage();
        model->embeddingsChoice()->setChecked(true);
        model->corpusEmbeddings()->setPath(at(dir, "q.npy")); // the queries' file as the catalog's
        model->queryEmbeddings()->setPath(at(dir, "q.npy"));
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(model, "modelStatus").contains(QStringLiteral("rows")), 30000);
        QVERIFY2(statusOf(model, "modelStatus")
                     .contains(QStringLiteral("has %1 rows but the dataset has %2 products")
                                   .arg(kQueries)
                                   .arg(kProducts)),
                 qPrintable(statusOf(model, "modelStatus")));
        QVERIFY(!model->isComplete());
        model->corpusEmbeddings()->setPath(at(dir, "c.npy"));
        QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 30000);
        QVERIFY(statusOf(model, "modelDescription").contains(QStringLiteral("400 rows × 256 dims")));
    }

    void aFailedBuildKeepsEveryField()
    {
        QTemporaryDir dir;
        writeDemoFiles(dir);
        jobs::ProjectSession session;
        QSignalSpy sessionErrors(&session, &jobs::ProjectSession::errorOccurred);
        widgets::NewProjectWizard wizard(&session);
        wizard.show();
        const QString unwritable = at(dir, "no-such-folder/shop.near2");
        fillWithDemo(wizard, dir, unwritable);
        wizard.settingsPage()->kEdit()->setText(QStringLiteral("10, 100"));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(wizard.isBuilding());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBuilding(), 60000);
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentPage(), wizard.settingsPage());
        const QString outcome = wizard.settingsPage()->outcomeLabel()->text();
        QVERIFY2(outcome.contains(QStringLiteral("no-such-folder")), qPrintable(outcome));
        QCOMPARE(sessionErrors.count(), 0); // told in the wizard, not twice
        QCOMPARE(wizard.settingsPage()->projectField()->path(), unwritable);
        QCOMPARE(wizard.settingsPage()->kEdit()->text(), QStringLiteral("10, 100"));
        QCOMPARE(wizard.datasetPage()->beirFolder()->path(), at(dir, "data"));
        QCOMPARE(wizard.modelPage()->corpusEmbeddings()->path(), at(dir, "c.npy"));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!session.isOpen());
    }

    void cancelStopsTheBuildAndWritesNothing()
    {
        QTemporaryDir dir;
        writeDemoFiles(dir);
        jobs::ProjectSession session;
        widgets::NewProjectWizard wizard(&session);
        wizard.show();
        fillWithDemo(wizard, dir, at(dir, "shop"));
        QSignalSpy cancelled(session.projectJob(), &jobs::JobRunner::cancelled);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(wizard.isBuilding());
        QCOMPARE(wizard.button(QWizard::CancelButton)->text(), QStringLiteral("Cancel build"));
        wizard.button(QWizard::CancelButton)->click();
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!wizard.isBuilding());
        QVERIFY(wizard.isVisible()); // Cancel stopped the build, not the wizard
        QVERIFY(wizard.settingsPage()->outcomeLabel()->text().startsWith(QStringLiteral("Cancelled")));
        jobs::jobPool()->waitForDone();
        QVERIFY(!QFile::exists(at(dir, "shop.near2")));
        QVERIFY(!QFile::exists(at(dir, "shop.near2.part")));
        QVERIFY(!session.isOpen());
        // The same fields build it afterwards.
        QSignalSpy opened(&session, &jobs::ProjectSession::projectOpened);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(opened.wait(60000));
        QVERIFY(QFile::exists(at(dir, "shop.near2")));
    }

    void aHuggingFaceFolderIsDescribed()
    {
        QTemporaryDir dir;
        const QString folder = at(dir, "hf");
        QProcess make;
        make.start(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral(NEAR2_SOURCE_DIR "/tests/python/make_hf_model.py"), folder,
                    QStringLiteral("--arch"), QStringLiteral("bert"), QStringLiteral("--pooling"),
                    QStringLiteral("cls"), QStringLiteral("--layers"), QStringLiteral("3"),
                    QStringLiteral("--hidden"), QStringLiteral("32"), QStringLiteral("--query-prompt"),
                    QStringLiteral("query: "), QStringLiteral("--max-seq-length"), QStringLiteral("40")});
        if (!make.waitForFinished(60000) || make.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("make_hf_model.py needs /usr/bin/python3 with NumPy: ") +
                             QString::fromUtf8(make.readAllStandardError())));
        jobs::ProjectSession session;
        widgets::ModelPage page(session.previews());
        page.bundle()->setPath(folder);
        QTRY_VERIFY_WITH_TIMEOUT(page.isComplete(), 30000); // data: no trust asked
        QVERIFY(page.findChild<widgets::ModelTrustDialog*>() == nullptr);
        const QString text = statusOf(&page, "modelDescription");
        for (const char* expected :
             {"Hugging Face model folder", "bert", "<td>3 (4 attention heads, feed-forward 64)",
              "<td>32</td>", "40 tokens", "cls", "“query: ”", "8, 16, 32", "<td>cosine</td>"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)),
                     qPrintable(QString::fromUtf8(expected) + QStringLiteral(" in ") + text));
        QCOMPARE(page.suggestedDims(), (std::vector<int>{8, 16, 32}));

        ModelDescription dot;
        dot.similarity = "dot";
        QVERIFY(widgets::wizard_texts::modelDescription(dot).contains(
            QStringLiteral("dot declared by the model; the workbench ranks by cosine")));
        QVERIFY(!widgets::wizard_texts::modelDescription({}).contains(QStringLiteral("Similarity")));
    }

    void aTorchScriptBundleAsksForTrust()
    {
        QTemporaryDir dir;
        qputenv("NEAR2_TRUST_FILE", at(dir, "trusted-models").toUtf8());
        const QString bundle = at(dir, "bundle");
        QVERIFY(QDir().mkpath(bundle));
        writeText(bundle + QStringLiteral("/near2-model.json"),
                  R"({"format": "near2-model/1", "name": "tiny", "dim": 64, "mrl_dims": [16, 32, 64],
                      "tokenizer": "vocab.txt", "pooling": "mean"})");
        writeText(bundle + QStringLiteral("/vocab.txt"), "[PAD]\n[UNK]\n[CLS]\n[SEP]\n");
        const QByteArray code = "not really TorchScript, but bytes to hash";
        writeText(bundle + QStringLiteral("/model.pt"), code);
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(code, QCryptographicHash::Sha256).toHex());

        jobs::ProjectSession session;
        widgets::ModelPage page(session.previews());
        page.show();
        page.bundle()->setPath(bundle);
        widgets::ModelTrustDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = page.findChild<widgets::ModelTrustDialog*>()) != nullptr, 30000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->sha256(), sha);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("trustText"))
                    ->text()
                    .contains(QStringLiteral("program")));
        QVERIFY(dialog->refuseButton()->isDefault());
        QVERIFY(statusOf(&page, "modelDescription").contains(QStringLiteral("16, 32, 64")));
        QVERIFY(!page.isComplete());

        // Refused: nothing opens, nothing remembered; the page stays incomplete, so nothing can be built.
        dialog->refuseButton()->click();
        QTRY_VERIFY(page.findChild<widgets::ModelTrustDialog*>() == nullptr);
        QVERIFY(!page.isComplete());
        QVERIFY(statusOf(&page, "modelStatus").contains(QStringLiteral("not trusted")));
        QVERIFY(!QFile::exists(at(dir, "trusted-models")));
        QVERIFY(!isModelCodeTrusted(sha.toStdString()));

        // Chosen again and trusted: remembered in the trust list by its hash.
        page.bundle()->setPath(QString());
        page.bundle()->setPath(bundle);
        QTRY_VERIFY_WITH_TIMEOUT((dialog = page.findChild<widgets::ModelTrustDialog*>()) != nullptr, 30000);
        QVERIFY(dialog->remember());
        dialog->trustButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.isComplete(), 30000);
        QVERIFY(readAll(at(dir, "trusted-models")).startsWith(QByteArray(sha.toLatin1() + ' ')));
        QVERIFY(isModelCodeTrusted(sha.toStdString()));

        // Trusted now: opening it again asks nothing.
        page.bundle()->setPath(QString());
        page.bundle()->setPath(bundle);
        QTRY_VERIFY_WITH_TIMEOUT(page.isComplete(), 30000);
        QVERIFY(page.findChild<widgets::ModelTrustDialog*>() == nullptr);
        qunsetenv("NEAR2_TRUST_FILE");
    }

    void csvPreviewShowsTheColumnsAndGuessesRoles()
    {
        QTemporaryDir dir;
        writeText(at(dir, "judged.csv"), "product_uid,product_title,search_term,relevance\n"
                                         "100,angle bracket,bracket,3\n"
                                         "101,wood screw 2in,screws,2.5\n"
                                         "102,deck stain,stain,1\n");
        jobs::FilePreviews previews;
        QSignalSpy reads(previews.csvJob(), &jobs::JobRunner::started);
        widgets::DatasetPage page(&previews);
        page.formatBox()->setCurrentIndex(widgets::DatasetPage::Csv);
        // Typed key by key: read once, in a job, when typing pauses.
        QTest::keyClicks(page.csvFile()->edit(), at(dir, "judged.csv"));
        auto* preview = page.mapping()->previewModel();
        QCOMPARE(preview->columnCount(), 0);
        QTRY_COMPARE(preview->columnCount(), 4);
        QCOMPARE(reads.count(), 1);
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(preview->horizontalHeaderItem(2)->text(), QStringLiteral("search_term"));
        QCOMPARE(preview->item(1, 1)->text(), QStringLiteral("wood screw 2in"));
        QCOMPARE(page.mapping()->roleBox(1)->currentText(), QStringLiteral("search_term"));
        QCOMPARE(page.mapping()->roleBox(2)->currentText(), QStringLiteral("product_uid"));
        QCOMPARE(page.mapping()->roleBox(3)->currentText(), QStringLiteral("product_title"));
        QCOMPARE(page.mapping()->roleBox(5)->currentText(), QStringLiteral("relevance"));
        // The mapped file is read: its products, queries and labels (fractional scores: relevant from the
        // middle).
        QTRY_VERIFY_WITH_TIMEOUT(page.isComplete(), 30000);
        QCOMPARE(statusOf(&page, "datasetStatus"),
                 QStringLiteral("3 products, 3 queries; qrels splits: test (3 judgements)"));
        const auto suggestion = session::suggestRelevance(*page.chosenSplit());
        QCOMPARE(suggestion.threshold, 2.0);
        page.encodingBox()->setCurrentText(QStringLiteral("ISO-8859-1"));
        const auto source = page.source();
        QCOMPARE(source.format, std::string("csv"));
        QCOMPARE(source.columnMapping,
                 std::string("query=search_term,doc-id=product_uid,title=product_title,label=relevance,"
                             "encoding=ISO-8859-1"));
        page.mapping()->roleBox(5)->setCurrentIndex(0); // no label column: incomplete
        QVERIFY(!page.isComplete());

        // A file that cannot be previewed: the core's message under the mapping, no columns.
        page.csvFile()->setPath(at(dir, "missing.csv"));
        QTRY_VERIFY(page.findChild<QLabel*>(QStringLiteral("previewError"))
                        ->text()
                        .contains(QStringLiteral("missing.csv")));
        QCOMPARE(preview->columnCount(), 0);
    }

    void aDatasetThatFailsToLoadLeavesTheOpenProject()
    {
        QTemporaryDir dir;
        writeDemoFiles(dir);
        session::ProjectSetup good;
        good.projectFile = at(dir, "good.near2").toStdString();
        good.dataset = {"beir", {at(dir, "data").toStdString()}, "", "test", ""};
        good.model = {"embeddings", {at(dir, "c.npy").toStdString(), at(dir, "q.npy").toStdString()}, 0};
        jobs::ProjectSession session;
        QSignalSpy opened(&session, &jobs::ProjectSession::projectOpened);
        QSignalSpy failed(&session, &jobs::ProjectSession::errorOccurred);
        session.createProject(good);
        QVERIFY(opened.wait(60000));

        writeText(at(dir, "bad.csv"), "product_uid,search_term,relevance\n1,a,1\n2,b\n");
        session::ProjectSetup bad = good;
        bad.projectFile = at(dir, "bad.near2").toStdString();
        bad.dataset = {"csv",
                       {at(dir, "bad.csv").toStdString()},
                       "doc-id=product_uid,query=search_term,label=relevance",
                       "test",
                       ""};
        session.createProject(bad);
        QVERIFY(failed.wait(60000));
        const QString message = failed.front().front().toString();
        QVERIFY2(message.contains(QStringLiteral("bad.csv")) && message.contains(QStringLiteral("3")),
                 qPrintable(message));
        QCOMPARE(session.projectFile(), at(dir, "good.near2"));
        QCOMPARE(opened.size(), 1);
        QVERIFY(!QFile::exists(at(dir, "bad.near2")));
    }
};

QTEST_MAIN(TestWizard)
#include "test_wizard.moc"
