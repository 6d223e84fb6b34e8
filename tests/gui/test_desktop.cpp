// Desktop integration: the translations compiled in and loaded for the chosen language (with Qt's own and
// locale-formatted numbers), the Preferences dialog's language setting, window geometry and state restored,
// the About box's versions, and Help → User guide with its screenshots.
#include "app/language.h"
#include "app/main_window.h"
#include "app/preferences_dialog.h"
#include "app/shortcut_list.h"
#include "app/user_guide_dialog.h"
#include "core/compute/library_versions.h"
#include "synthetic_project.h"
#include "widgets/about_text.h"
#include "widgets/analysis_state.h"
#include "widgets/bulk_tag_bar.h"
#include "widgets/explore/failure_explorer_panel.h"
#include "widgets/locale_numbers.h"
#include "widgets/query_table_model.h"
#include "widgets/view_navigator.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextImageFormat>
#include <QToolBar>
#include <QTranslator>

using namespace near2;

namespace {

void uninstallTranslators()
{
    for (auto* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
}

QString translated(const char* context, const char* text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

QAction* menuAction(QMainWindow& window, const QString& text)
{
    for (auto* action : window.menuBar()->findChildren<QAction*>())
        if (action->text() == text)
            return action;
    return nullptr;
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("near2-test-desktop"));
        QSettings().clear();
        qputenv("NEAR2_NO_DIALOGS", "1");
    }

    void cleanup()
    {
        uninstallTranslators();
        QSettings().clear();
    }

    void everyTranslationIsCompiledIn()
    {
        const auto languages = app::availableLanguages();
        for (const auto* code : {"de", "en", "zh_CN"})
            QVERIFY2(languages.contains(QString::fromLatin1(code)), code);
    }

    void germanTranslatesTextPluralsNumbersAndQt()
    {
        app::setLanguageSetting(QStringLiteral("de"));
        app::installTranslators(*qApp);
        QCOMPARE(translated("near2::app::MainWindow", "&File"), QStringLiteral("&Datei"));
        // Contexts of the free tr() helpers (charts, PDF report) match what lupdate extracted.
        QCOMPARE(translated("near2::charts", "Queries"), QStringLiteral("Anfragen"));
        QCOMPARE(translated("near2::report", "Model"), QStringLiteral("Modell"));
        QCOMPARE(translated("near2::widgets::RankingInspector", "and %n more", 1),
                 QStringLiteral("und 1 weiteres"));
        QCOMPARE(translated("near2::widgets::RankingInspector", "and %n more", 3),
                 QStringLiteral("und 3 weitere"));
        QCOMPARE(translated("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen")); // qtbase_de
        QCOMPARE(widgets::localeFixed(1234.5, 2), QStringLiteral("1.234,50"));
        QCOMPARE(widgets::localeSigned(0.25, 3), QStringLiteral("+0,250"));

        widgets::AnalysisState state;
        widgets::QueryTableModel model(&state);
        state.setSnapshot(test::syntheticSnapshot(20, 200));
        QCOMPARE(model.index(5, widgets::QueryTableModel::Delta).data().toString(), QStringLiteral("+0,000"));
    }

    void chineseTranslatesTextAndPlurals()
    {
        app::setLanguageSetting(QStringLiteral("zh_CN"));
        app::installTranslators(*qApp);
        QCOMPARE(translated("near2::app::MainWindow", "&File"), QStringLiteral("文件(&F)"));
        QCOMPARE(translated("near2::widgets::RankingInspector", "and %n more", 3),
                 QStringLiteral("另有 3 个"));
    }

    void englishHasItsPluralForms()
    {
        app::setLanguageSetting(QStringLiteral("en"));
        app::installTranslators(*qApp);
        QCOMPARE(translated("near2::widgets::RankingInspector", "and %n more", 1),
                 QStringLiteral("and 1 more"));
        QCOMPARE(translated("near2::widgets::SliceRulesPanel", "%1 — %2 %3 (%Ln queries)", 1),
                 QStringLiteral("%1 — %2 %3 (1 query)"));
    }

    void preferencesSaveTheLanguage()
    {
        app::PreferencesDialog dialog;
        auto* box = dialog.languageBox();
        QCOMPARE(box->currentIndex(), 0); // system default
        QCOMPARE(box->itemText(box->findData(QStringLiteral("de"))), QStringLiteral("Deutsch (German)"));
        QCOMPARE(box->itemText(box->findData(QStringLiteral("en"))), QStringLiteral("English (English)"));
        box->setCurrentIndex(box->findData(QStringLiteral("zh_CN")));
        QVERIFY(box->currentIndex() > 0);
        dialog.accept();
        QCOMPARE(app::languageSetting(), QStringLiteral("zh_CN"));
        QCOMPARE(app::interfaceLocale().language(), QLocale::Chinese);

        app::PreferencesDialog again;
        QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("zh_CN"));
        again.languageBox()->setCurrentIndex(0);
        again.accept();
        QVERIFY(app::languageSetting().isEmpty());
        QCOMPARE(app::interfaceLocale(), QLocale::system());
    }

    void windowGeometryAndStateAreRestored()
    {
        {
            app::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1210, 730);
            window.findChild<QToolBar*>(QStringLiteral("dimensionToolbar"))->hide();
            window.findChild<widgets::BulkTagBar*>()->setRecentTags(
                {QStringLiteral("brand confusion"), QStringLiteral("typo")});
            window.close();
        }
        app::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Every page, hidden ones included, lets the window shrink that far (a wide row of combo boxes or a
        // chart's legend once set the minimum past a 1280×800 screen).
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(minimum.width() <= 1210 && minimum.height() <= 730,
                 qPrintable(QStringLiteral("minimum %1×%2").arg(minimum.width()).arg(minimum.height())));
        QCOMPARE(window.size(), QSize(1210, 730));
        QVERIFY(window.findChild<QToolBar*>(QStringLiteral("dimensionToolbar"))->isHidden());
        // The last used tags keep their shortcuts (Ctrl+Shift+1…3) from one session to the next.
        QCOMPARE(window.findChild<widgets::BulkTagBar*>()->recentTags(),
                 (QStringList{QStringLiteral("brand confusion"), QStringLiteral("typo")}));
    }

    // Every main view in sight at 1280×800 (no scroll arrows, no hidden entries), each with a shortcut that
    // shows it, all listed in Help → Keyboard shortcuts.
    void everyViewIsReachableAt1280By800()
    {
        app::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* list = window.findChild<QListWidget*>(QStringLiteral("viewList"));
        QVERIFY(list);
        QCOMPARE(list->count(), window.tabs()->count());
        QVERIFY(window.tabs()->count() >= 8);
        QVERIFY(!list->verticalScrollBar()->isVisible() && !list->horizontalScrollBar()->isVisible());
        for (int row = 0; row < list->count(); ++row) {
            const QRect item = list->visualItemRect(list->item(row));
            QVERIFY2(list->viewport()->rect().contains(item), qPrintable(list->item(row)->text()));
            QVERIFY(list->fontMetrics().horizontalAdvance(list->item(row)->text()) <= item.width());
        }
        QVERIFY(window.tabs()->tabBar()->isHidden());
        // The failure explorer beside the inspector: its four tabs in sight, none behind scroll arrows.
        window.tabs()->setCurrentIndex(0);
        auto* explorer = window.findChild<widgets::FailureExplorerPanel*>();
        QVERIFY(explorer);
        QTRY_VERIFY(explorer->isVisible());
        const auto* bar = explorer->tabs()->tabBar();
        QCOMPARE(bar->count(), 4);
        for (int tab = 0; tab < bar->count(); ++tab)
            QVERIFY2(bar->rect().contains(bar->tabRect(tab)), qPrintable(bar->tabText(tab)));
        const QString shortcuts = app::shortcutListHtml(window.menuBar());
        for (int i = 0; i < window.tabs()->count(); ++i) {
            const QString title = window.tabs()->tabText(i);
            auto* action = menuAction(window, title);
            QVERIFY2(action, qPrintable(title));
            const QString keys = QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)).toString();
            QCOMPARE(action->shortcut().toString(), keys);
            QVERIFY2(shortcuts.contains(title.toHtmlEscaped()) && shortcuts.contains(keys),
                     qPrintable(title));
            action->trigger();
            QCOMPARE(window.tabs()->currentIndex(), i);
            QCOMPARE(list->currentRow(), i);
        }
        list->setCurrentRow(1); // a click in the list shows the view
        QCOMPARE(window.tabs()->currentIndex(), 1);
    }

    void aboutNamesVersionsAndLicences()
    {
        const auto html =
            widgets::aboutHtml(QStringLiteral(NEAR2_VERSION), QString::fromStdString(compute::gitRevision()),
                               compute::libraryVersions());
        QVERIFY(!compute::gitRevision().empty());
        for (const auto& expected :
             {QStringLiteral(NEAR2_VERSION), QString::fromLatin1(qVersion()), QStringLiteral("LibTorch"),
              QStringLiteral("FAISS"), QStringLiteral("SQLite"), QStringLiteral("BSD-3-Clause"),
              QStringLiteral("GPL-3.0-only"), QString::fromStdString(compute::gitRevision())})
            QVERIFY2(html.contains(expected), qPrintable(expected));
        for (const auto& library : compute::libraryVersions())
            QVERIFY2(!library.version.empty() && !library.licence.empty(), library.name.c_str());
        QVERIFY(html.contains(QStringLiteral("SQLite</td><td>3."))); // queried from the library, not a header
    }

    void userGuideOpensWithItsScreenshots()
    {
        app::MainWindow window;
        auto* action = menuAction(window, QStringLiteral("&User guide"));
        QVERIFY(action);
        action->trigger();
        auto* guide = window.findChild<app::UserGuideDialog*>();
        QVERIFY(guide);
        auto* browser = guide->browser();
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Opening the demo")));
        int images = 0;
        for (auto block = browser->document()->begin(); block.isValid(); block = block.next())
            for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
                const auto format = fragment.fragment().charFormat();
                if (!format.isImageFormat())
                    continue;
                const QString name = format.toImageFormat().name();
                QVERIFY2(!browser->loadResource(QTextDocument::ImageResource, QUrl(name)).isNull(),
                         qPrintable(name));
                QVERIFY(format.toImageFormat().width() <= guide->width()); // fits without scrolling sideways
                ++images;
            }
        QVERIFY(images >= 4);
    }
};

QTEST_MAIN(TestDesktop)
#include "test_desktop.moc"
