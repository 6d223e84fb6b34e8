#include "app/main_window.h"

#include "app/explorer_assembly.h"
#include "app/export_actions.h"
#include "app/job_status_bar.h"
#include "app/preferences_dialog.h"
#include "app/recent_projects.h"
#include "app/run_comparison_controller.h"
#include "app/runs_actions.h"
#include "app/shortcut_list.h"
#include "app/user_guide_dialog.h"
#include "core/compute/library_versions.h"
#include "widgets/about_text.h"
#include "widgets/adhoc_query_panel.h"
#include "widgets/analysis_state.h"
#include "widgets/annotation_panel.h"
#include "widgets/bulk_tag_bar.h"
#include "widgets/charts/chart_export.h"
#include "widgets/charts/charts_page.h"
#include "widgets/dimension_bar.h"
#include "widgets/jobs/export_jobs.h"
#include "widgets/jobs/project_session.h"
#include "widgets/jobs/tradeoff_jobs.h"
#include "widgets/query_inspection.h"
#include "widgets/query_table_panel.h"
#include "widgets/ranking_inspector.h"
#include "widgets/run_comparison_panel.h"
#include "widgets/run_comparison_state.h"
#include "widgets/slice_rules_panel.h"
#include "widgets/summary_panel.h"
#include "widgets/tradeoffs/tradeoffs_page.h"
#include "widgets/view_navigator.h"
#include "widgets/wizard/new_project_wizard.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <algorithm>

namespace near2::app {

namespace {

QKeySequence viewShortcut(int index)
{
    return QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + index));
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_session(new jobs::ProjectSession(this)),
      m_recentProjects(new RecentProjects(this)), m_state(new widgets::AnalysisState(this)),
      m_queries(new widgets::QueryTablePanel(m_state, this)), m_adhoc(new widgets::AdhocQueryPanel(this)),
      m_annotations(new widgets::AnnotationPanel(m_state, this)), m_views(new widgets::ViewNavigator(this)),
      m_tabs(m_views->pages()), m_charts(new charts::ChartsPage(this)),
      m_exports(new ExportActions(m_state, m_session, this)), m_jobStatus(new JobStatusBar(this)),
      m_runs(new RunsActions(m_session, m_jobStatus, this)),
      m_explorer(new ExplorerAssembly(m_state, m_session, this))
{
    updateTitle();
    setAcceptDrops(true);
    auto* dimensionBar = new widgets::DimensionBar(m_state, this);
    auto* toolbar = addToolBar(tr("Dimension"));
    toolbar->setObjectName(QStringLiteral("dimensionToolbar"));
    toolbar->addWidget(dimensionBar);
    toolbar->setMovable(false);
    connect(m_session->dimJob(), &jobs::JobRunner::cancelled, dimensionBar, &widgets::DimensionBar::follow);
    connect(m_session->dimJob(), &jobs::JobRunner::failed, dimensionBar, &widgets::DimensionBar::follow);

    auto* runComparison = new RunComparisonController(m_session, m_state, m_charts, this);
    m_runComparison = runComparison;
    m_queries->setComparison(runComparison->comparison());
    auto* tradeoffPage = new tradeoffs::TradeoffsPage(m_state, m_session->tradeoffs(), this);
    const std::pair<QWidget*, QString> views[] = {
        {m_explorer->page(), tr("Ranking inspector")},
        {new widgets::SummaryPanel(m_state, this), tr("Summary")},
        {m_adhoc, tr("Ad-hoc query")},
        {m_annotations, tr("Annotation")},
        {new widgets::SliceRulesPanel(m_state, this), tr("Slices")},
        {m_charts, tr("Charts")},
        {new widgets::RunComparisonPanel(m_state, runComparison->comparison(), this), tr("Run comparison")},
        {tradeoffPage, tr("Trade-offs")}};
    for (int i = 0; i < static_cast<int>(std::size(views)); ++i)
        m_views->addView(views[i].first, views[i].second, viewShortcut(i));
    connect(m_state, &widgets::AnalysisState::snapshotChanged, tradeoffPage,
            [this, tradeoffPage] { tradeoffPage->setProject(m_state->sharedSnapshot()); });
    connect(tradeoffPage, &tradeoffs::TradeoffsPage::errorOccurred, this, &MainWindow::showError);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_queries);
    splitter->addWidget(m_views);
    // Half each on a first start: the inspector and the failure explorer beside it need the room.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    for (auto* job : m_session->jobs())
        m_jobStatus->track(job);
    statusBar()->addPermanentWidget(m_jobStatus, 1);
    createActions();
    connectSession();
    connectCharts();

    QSettings settings;
    resize(1280, 800);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    if (auto* tags = findChild<widgets::BulkTagBar*>())
        tags->setRecentTags(settings.value(QStringLiteral("tags/recent")).toStringList());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New project…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open project…"), QKeySequence::Open, this, [this] {
        const auto path =
            QFileDialog::getOpenFileName(this, tr("Open project"), {}, tr("NEAR² projects (*.near2)"));
        if (!path.isEmpty())
            openProjectFile(path);
    });
    file->addAction(tr("Open &demo shop"), QKeySequence(Qt::CTRL | Qt::Key_D), this, &MainWindow::openDemo);
    m_recent = file->addMenu(tr("&Recent projects"));
    rebuildRecentMenu();
    connect(m_recentProjects, &RecentProjects::changed, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    auto* exportMenu = m_exports->addMenu(file);
    connect(m_exports, &ExportActions::errorOccurred, this, &MainWindow::showError);
    connect(m_exports, &ExportActions::aboutToExport, this, &MainWindow::saveViewState);
    connect(m_exports, &ExportActions::exported, this, [this](const QString& path) {
        m_jobStatus->notify(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    });
    file->addAction(tr("&Close project"), QKeySequence::Close, this, [this] {
        saveViewState();
        m_session->close();
    });
    file->addSeparator();
    file->addAction(tr("&Preferences…"), QKeySequence::Preferences, this,
                    [this] { PreferencesDialog(this).exec(); });
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    m_runs->addMenu(menuBar()->addMenu(tr("&Runs")));

    auto* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Smaller dimension"), QKeySequence(Qt::CTRL | Qt::Key_Left), this,
                    [this] { m_state->setDimIndex(m_state->dimIndex() - 1); });
    view->addAction(tr("Larger dimension"), QKeySequence(Qt::CTRL | Qt::Key_Right), this,
                    [this] { m_state->setDimIndex(m_state->dimIndex() + 1); });
    view->addAction(tr("&Regressions"), QKeySequence(Qt::CTRL | Qt::Key_R), this,
                    [this] { m_queries->toggleRegressions(); });
    view->addAction(tr("&Find query"), QKeySequence::Find, this,
                    [this] { m_queries->filterEdit()->setFocus(); });
    m_explorer->addActions(view, exportMenu);
    connect(m_explorer, &ExplorerAssembly::errorOccurred, this, &MainWindow::showError);
    connect(m_explorer, &ExplorerAssembly::notice, m_jobStatus, &JobStatusBar::notify);
    for (int i = 0; i < m_tabs->count(); ++i)
        view->addAction(m_tabs->tabText(i), QKeySequence(Qt::ALT | (Qt::Key_1 + i)), this, [this, i] {
            m_tabs->setCurrentIndex(i);
            m_tabs->currentWidget()->setFocus(Qt::ShortcutFocusReason);
        });
    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), QKeySequence::HelpContents, this, [this] {
        auto* guide = new UserGuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    });
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash), this, [this] {
        QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"), shortcutListHtml(menuBar()),
                        QMessageBox::Close, this);
        box.setTextFormat(Qt::RichText);
        box.exec();
    });
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(this, tr("About NEAR² Workbench"),
                           widgets::aboutHtml(QStringLiteral(NEAR2_VERSION),
                                              QString::fromStdString(compute::gitRevision()),
                                              compute::libraryVersions()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::connectSession()
{
    connect(m_session, &jobs::ProjectSession::projectOpened, this, &MainWindow::showProject);
    connect(m_session, &jobs::ProjectSession::runShown, m_state, &widgets::AnalysisState::adoptRun);
    // A project replaced by another goes straight to the new snapshot: resetting every view to empty first
    // cost the reopen 4-8 ms of GUI thread (three times that under ASan).
    connect(m_session, &jobs::ProjectSession::projectClosed, m_state, [this](bool replaced) {
        if (!replaced)
            m_state->clear();
    });
    connect(m_session, &jobs::ProjectSession::projectClosed, this, &MainWindow::updateTitle);
    connect(m_session, &jobs::ProjectSession::errorOccurred, this, &MainWindow::showError);
    connect(m_session, &jobs::ProjectSession::datasetMissing, this, &MainWindow::locateDataset);
    connect(m_session, &jobs::ProjectSession::adhocRanked, this,
            [this](std::shared_ptr<const session::AdhocRanking> ranking) { showAdhoc(*ranking); });
    connect(m_queries, &widgets::QueryTablePanel::filtersCleared, this,
            [this] { m_jobStatus->notify(tr("Filters cleared to show the selected query")); });
    connect(m_state, &widgets::AnalysisState::dimRequested, m_session, &jobs::ProjectSession::evaluateDim);
    connect(m_session, &jobs::ProjectSession::dimEvaluated, m_state,
            &widgets::AnalysisState::adoptEvaluatedDim);
    connect(m_adhoc, &widgets::AdhocQueryPanel::rankRequested, this, [this](const QString& text) {
        if (m_state->dims().empty())
            return;
        m_session->rankAdhoc(text, m_state->currentDim(), m_state->referenceDim(),
                             widgets::RankingInspector::kShownDepth);
    });
    connect(m_state, &widgets::AnalysisState::annotationChanged, this,
            [this](int query, const Annotation& annotation) {
                m_session->saveAnnotation(
                    QString::fromStdString(m_state->snapshot()->queries[static_cast<std::size_t>(query)].id),
                    annotation);
            });
    // Edits only: showing a project announces its tags and slices too, and reading must not write.
    connect(m_state, &widgets::AnalysisState::tagsEdited, this, [this] {
        if (m_state->snapshot())
            m_session->saveTags(m_state->tags());
    });
    connect(m_state, &widgets::AnalysisState::sliceRulesEdited, this, [this] {
        if (m_state->snapshot())
            m_session->saveSliceRules(m_state->sliceRules());
    });
}

void MainWindow::connectCharts()
{
    const auto dimAt = [this](int index) { return m_state->dims()[static_cast<std::size_t>(index)]; };
    const auto followDims = [this, dimAt] {
        if (m_state->dims().empty())
            return;
        if (m_charts->currentDim() != dimAt(m_state->dimIndex()))
            m_charts->setCurrentDim(dimAt(m_state->dimIndex()));
        if (m_charts->referenceDim() != dimAt(m_state->referenceDimIndex()))
            m_charts->setReferenceDim(dimAt(m_state->referenceDimIndex()));
    };
    const auto followMetric = [this] {
        if (!m_state->hasRun())
            return;
        const auto& columns = m_state->run()->result.columns;
        const auto column = static_cast<std::size_t>(m_state->metricColumn());
        if (column < columns.size() && m_charts->metric() != QString::fromStdString(columns[column]))
            m_charts->setMetric(QString::fromStdString(columns[column]));
    };
    connect(m_state, &widgets::AnalysisState::snapshotChanged, this, [this, dimAt] {
        if (!m_state->hasRun()) {
            m_charts->setSnapshot(m_state->sharedSnapshot(), m_state->slices());
            return;
        }
        const auto& columns = m_state->run()->result.columns;
        const auto column = static_cast<std::size_t>(m_state->metricColumn());
        m_charts->showSnapshot(m_state->sharedSnapshot(), m_state->slices(), dimAt(m_state->dimIndex()),
                               dimAt(m_state->referenceDimIndex()),
                               column < columns.size() ? QString::fromStdString(columns[column])
                                                       : m_charts->metric());
    });
    connect(m_state, &widgets::AnalysisState::slicesChanged, this,
            [this] { m_charts->setSlices(m_state->slices()); });
    connect(m_state, &widgets::AnalysisState::dimsChanged, this, followDims);
    connect(m_state, &widgets::AnalysisState::metricChanged, this, followMetric);
    connect(m_charts, &charts::ChartsPage::chartExportRequested, this,
            [this](const QString& file, std::shared_ptr<const charts::ChartImage> image) {
                m_session->exports()->exportFile(file, [image](const std::filesystem::path& target) {
                    charts::writeChartImage(*image, target);
                });
            });
    connect(m_charts, &charts::ChartsPage::metricChosen, this, [this](const QString& metric) {
        if (!m_state->hasRun())
            return;
        const auto& columns = m_state->run()->result.columns;
        const auto found = std::find(columns.begin(), columns.end(), metric.toStdString());
        if (found != columns.end())
            m_state->setMetricColumn(static_cast<int>(found - columns.begin()));
    });
    // Queued: following the new dim rebuilds the charts, which deletes the series whose click is still
    // being delivered.
    connect(
        m_charts, &charts::ChartsPage::dimSelected, this,
        [this](int dim) {
            const auto& dims = m_state->dims();
            const auto found = std::find(dims.begin(), dims.end(), dim);
            if (found != dims.end())
                m_state->setDimIndex(static_cast<int>(found - dims.begin()));
        },
        Qt::QueuedConnection);
    connect(
        m_charts, &charts::ChartsPage::querySelected, this,
        [this](int query) {
            if (query >= 0 && query < m_state->queryCount())
                m_state->setSelectedQuery(query);
        },
        Qt::QueuedConnection);
}

void MainWindow::openProjectFile(const QString& file)
{
    saveViewState();
    m_session->openProject(file);
}

void MainWindow::newProject()
{
    saveViewState();
    widgets::NewProjectWizard wizard(m_session, this); // builds and opens it; a failure keeps the wizard open
    wizard.exec();
}

void MainWindow::locateDataset(int index, const QString& path, bool isFolder)
{
    const QString question =
        tr("The project's dataset is no longer at %1.").arg(QDir::toNativeSeparators(path));
    if (!isVisible() || qEnvironmentVariableIsSet("NEAR2_NO_DIALOGS")) {
        m_jobStatus->notify(question);
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Dataset missing"),
                                              question + QLatin1Char('\n') + tr("Locate it now?"),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    const QString start = QFileInfo(path).dir().absolutePath();
    const QString chosen = isFolder ? QFileDialog::getExistingDirectory(this, tr("Locate the dataset"), start)
                                    : QFileDialog::getOpenFileName(this, tr("Locate the dataset"), start);
    if (!chosen.isEmpty())
        m_session->relocateDataset(index, chosen);
}

void MainWindow::openDemo()
{
    saveViewState();
    const QString cache = qEnvironmentVariable(
        "NEAR2_DEMO_CACHE",
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/demo"));
    m_session->openDemo(cache);
}

void MainWindow::showProject(std::shared_ptr<const ProjectSnapshot> snapshot)
{
    m_state->setSnapshot(std::move(snapshot));
    m_recentProjects->add(m_session->projectFile());
    setWindowFilePath(m_session->projectFile());
    updateTitle();
    if (m_state->selectedQuery() < 0 && m_state->queryCount() > 0)
        m_state->setSelectedQuery(0);
    m_session->viewStateShown(viewState()); // saved again only once the analyst changes it
    Q_EMIT projectShown();
}

void MainWindow::showAdhoc(const session::AdhocRanking& ranking)
{
    const auto pairs = [](const std::vector<session::RankedDoc>& docs) {
        std::vector<std::pair<std::int32_t, float>> out;
        for (const auto& doc : docs)
            out.emplace_back(doc.row, doc.score);
        return out;
    };
    const auto current = pairs(ranking.current);
    const auto reference = pairs(ranking.reference);
    m_adhoc->setProducts(ranking.products);
    m_adhoc->showRankings(tr("“%1”: top %2 at %3 dims (first) and at %4 dims (reference, second)")
                              .arg(QString::fromStdString(ranking.text))
                              .arg(current.size())
                              .arg(ranking.dim)
                              .arg(ranking.referenceDim),
                          widgets::rankingRows(current, reference, ranking.products),
                          widgets::rankingRows(reference, current, ranking.products));
}

void MainWindow::updateTitle()
{
    const QString project =
        m_session->isOpen() ? QFileInfo(m_session->projectFile()).completeBaseName() : QString();
    setWindowTitle(project.isEmpty() ? tr("NEAR² Workbench") : tr("%1 — NEAR² Workbench").arg(project));
}

std::map<std::string, std::string> MainWindow::viewState() const
{
    std::map<std::string, std::string> state;
    if (m_state->dims().empty())
        return state;
    state["dim"] = std::to_string(m_state->currentDim());
    state["referenceDim"] = std::to_string(m_state->referenceDim());
    state["run"] = std::to_string(m_state->run()->id);
    if (const std::int64_t compared = m_runComparison->chosenComparedRun())
        state["comparedRun"] = std::to_string(compared);
    if (m_state->selectedQuery() >= 0)
        state["query"] = m_state->snapshot()->queries[static_cast<std::size_t>(m_state->selectedQuery())].id;
    return state;
}

void MainWindow::saveViewState()
{
    m_annotations->flush(); // before the session lets go of the project the edits belong to
    if (m_session->isOpen() && !m_state->dims().empty())
        m_session->saveViewState(viewState());
}

void MainWindow::rebuildRecentMenu()
{
    m_recent->clear();
    for (const auto& file : m_recentProjects->files())
        m_recent->addAction(QDir::toNativeSeparators(file), this, [this, file] { openProjectFile(file); });
    m_recent->setEnabled(!m_recentProjects->files().isEmpty());
}

void MainWindow::showError(const QString& message)
{
    m_jobStatus->notify(message);
    if (isVisible() && !qEnvironmentVariableIsSet("NEAR2_NO_DIALOGS"))
        QMessageBox::warning(this, tr("NEAR² Workbench"), message);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveViewState();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    if (auto* tags = findChild<widgets::BulkTagBar*>())
        settings.setValue(QStringLiteral("tags/recent"), tags->recentTags());
    m_session->close();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const auto& url : event->mimeData()->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".near2"))) {
            openProjectFile(url.toLocalFile());
            return;
        }
    showError(tr("Drop a .near2 project file to open it."));
}

} // namespace near2::app
