// The new-project wizard driven programmatically: a BEIR folder made by the core's demo generator plus
// demo-model embeddings builds a project; a CSV's mapping preview shows its columns and guesses the roles; a
// dataset that fails to load reports the core's message (file, line) and leaves the open project untouched.
#include "core/data/loaders.h"
#include "core/demo/demo_shop.h"
#include "core/embed/embedding_matrix.h"
#include "core/search/model_embeddings.h"
#include "core/session/stand_in_model.h"
#include "widgets/jobs/file_previews.h"
#include "widgets/jobs/project_session.h"
#include "widgets/wizard/csv_mapping_widget.h"
#include "widgets/wizard/dataset_page.h"
#include "widgets/wizard/model_page.h"
#include "widgets/wizard/new_project_wizard.h"
#include "widgets/wizard/path_field.h"
#include "widgets/wizard/settings_page.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace near2;

namespace {

QString at(const QTemporaryDir& dir, const char* name)
{
    return dir.filePath(QLatin1String(name));
}

// A BEIR folder "data" and the demo model's embeddings c.npy / q.npy in `dir`.
void writeDemoFiles(const QTemporaryDir& dir)
{
    DemoShopOptions options;
    options.products = 400;
    options.queries = 60;
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

void writeText(const QString& file, const char* text)
{
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
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
        jobs::FilePreviews previews;
        widgets::NewProjectWizard wizard(&previews);
        auto* dataset = wizard.datasetPage();
        QVERIFY(!dataset->isComplete());
        dataset->formatBox()->setCurrentIndex(widgets::DatasetPage::Beir);
        dataset->beirFolder()->setPath(at(dir, "data"));
        QVERIFY(dataset->isComplete());
        auto* model = wizard.modelPage();
        model->embeddingsChoice()->setChecked(true);
        QVERIFY(!model->isComplete());
        model->corpusEmbeddings()->setPath(at(dir, "c.npy"));
        model->queryEmbeddings()->setPath(at(dir, "q.npy"));
        QVERIFY(model->isComplete());
        auto* settings = wizard.settingsPage();
        QVERIFY(!settings->isComplete());
        settings->dimsEdit()->setText(QStringLiteral("32, 8,16"));
        settings->projectField()->setPath(at(dir, "shop"));
        QVERIFY(settings->isComplete());

        const auto setup = wizard.setup();
        QCOMPARE(QString::fromStdString(setup.projectFile.string()), at(dir, "shop.near2"));
        QCOMPARE(setup.dataset.format, std::string("beir"));
        QCOMPARE(setup.model.kind, std::string("embeddings"));
        QCOMPARE(setup.settings.dims, (std::vector<int>{8, 16, 32}));

        jobs::ProjectSession session;
        QSignalSpy opened(&session, &jobs::ProjectSession::projectOpened);
        session.createProject(setup);
        QVERIFY(opened.wait(60000));
        const auto snapshot = opened.front().front().value<std::shared_ptr<const ProjectSnapshot>>();
        QVERIFY(!snapshot->queries.empty());
        QVERIFY(session.isOpen());
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
        QVERIFY(page.isComplete());
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
    }
};

QTEST_MAIN(TestWizard)
#include "test_wizard.moc"
