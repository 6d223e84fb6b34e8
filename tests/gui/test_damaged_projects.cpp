// The workbench opening every project of a generated damaged set (truncated, not SQLite, empty, a folder, a
// newer schema, another application's database, a newest run without run_dims rows, damaged JSON columns,
// absurd numbers): no crash, and an error dialog whose message names the file. A good project opens afterwards
// in the same window, so a failed open leaves the window usable.
#include "app/main_window.h"
#include "core/store/sqlite_database.h"
#include "tests/core/base/report_fixture.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <filesystem>
#include <utility>

using namespace near2;

namespace {

struct Damage
{
    const char* name;
    const char* sql; // applied to a copy of the tiny project; nullptr: the file is made by hand below
};

const Damage kSqlDamages[] = {
    {"newer-schema", "PRAGMA user_version = 99"},
    {"no-run-dims", "DELETE FROM run_dims"},
    {"newest-run-without-dims", "DELETE FROM run_dims WHERE run_id = (SELECT max(id) FROM runs)"},
    {"runs-columns", "UPDATE runs SET columns = '{'"},
    {"runs-query-ids", "UPDATE runs SET query_ids = '[1, 2, 3]'"},
    {"queries-judged", "UPDATE queries SET judged = '[[0, \"E\"'"},
    {"products-fields", "UPDATE products SET fields = 'not json'"},
    {"meta-settings", "UPDATE meta SET value = '{\"dims\": \"eight\"}' WHERE key = 'settings'"},
    {"runs-k", "UPDATE runs SET k = 4611686018427387904"},
};

// Accepts every message box that appears and keeps its text.
class DialogCatcher : public QObject
{
public:
    DialogCatcher()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                m_texts << box->text();
                box->accept();
            }
        });
        m_timer.start(20);
    }
    QStringList take() { return std::exchange(m_texts, {}); }
    bool empty() const { return m_texts.isEmpty(); }

private:
    QTimer m_timer;
    QStringList m_texts;
};

} // namespace

class TestDamagedProjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDamagedProjectGivesADialogNamingTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto good = dir.filePath(QStringLiteral("good.near2")).toStdString();
        test::writeTinyProject(good);

        QStringList damaged;
        for (const auto& damage : kSqlDamages) {
            const QString file = dir.filePath(QString::fromLatin1(damage.name) + QStringLiteral(".near2"));
            std::filesystem::copy_file(good, file.toStdString());
            store::Database(file.toStdString(), store::Database::Mode::ReadWrite).execute(damage.sql);
            damaged << file;
        }
        QFile goodFile(QString::fromStdString(good));
        QVERIFY(goodFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = goodFile.readAll();
        auto write = [&](const char* name, const QByteArray& content) {
            const QString file = dir.filePath(QString::fromLatin1(name));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(content);
            damaged << file;
        };
        write("truncated.near2", bytes.left(bytes.size() / 3));
        write("not-sqlite.near2", QByteArrayLiteral("this is not a project\n"));
        write("empty.near2", QByteArray());
        {
            const QString foreign = dir.filePath(QStringLiteral("foreign.near2"));
            store::Database(foreign.toStdString()).execute("CREATE TABLE contacts (name TEXT)");
            damaged << foreign;
        }
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.near2")));
        damaged << dir.filePath(QStringLiteral("folder.near2"));

        app::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DialogCatcher dialogs;
        for (const QString& file : damaged) {
            QSignalSpy shown(&window, &app::MainWindow::projectShown);
            window.openProjectFile(file);
            QTRY_VERIFY2_WITH_TIMEOUT(!dialogs.empty() || !shown.isEmpty(), qPrintable(file), 20000);
            QVERIFY2(shown.isEmpty(), qPrintable(file + QStringLiteral(" was shown as a project")));
            const QStringList texts = dialogs.take();
            QCOMPARE(texts.size(), 1);
            QVERIFY2(texts.front().contains(QFileInfo(file).fileName()),
                     qPrintable(file + QStringLiteral(": ") + texts.front()));
        }
        // The window still opens a good project (its dataset is elsewhere: that question may be asked).
        QSignalSpy shown(&window, &app::MainWindow::projectShown);
        window.openProjectFile(QString::fromStdString(good));
        QVERIFY(shown.wait(20000));
    }
};

QTEST_MAIN(TestDamagedProjects)
#include "test_damaged_projects.moc"
