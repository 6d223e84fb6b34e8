#include "app/explorer_assembly.h"

#include "core/eval/gain_map.h"
#include "core/explore/analyst_judgements.h"
#include "core/session/ranking_context.h"
#include "widgets/analysis_state.h"
#include "widgets/explore/analyst_judgement_book.h"
#include "widgets/explore/failure_explorer_panel.h"
#include "widgets/explore/judging_keys.h"
#include "widgets/explore/product_pane.h"
#include "widgets/explore/query_map_view.h"
#include "widgets/explore/rank_by_dim_model.h"
#include "widgets/explore/segment_chart_view.h"
#include "widgets/jobs/explore_jobs.h"
#include "widgets/jobs/export_jobs.h"
#include "widgets/jobs/project_session.h"
#include "widgets/ranking_inspector.h"
#include "widgets/ranking_model.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QMenu>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace near2::app {

namespace {

QString titleOf(const ProjectSnapshot& snapshot, std::int32_t row)
{
    const auto product = snapshot.products.find(row);
    return product == snapshot.products.end() ? QObject::tr("product %1").arg(row)
                                              : QString::fromStdString(product->second.title);
}

} // namespace

ExplorerAssembly::ExplorerAssembly(widgets::AnalysisState* state, jobs::ProjectSession* session,
                                   QWidget* parent)
    : QObject(parent), m_state(state), m_session(session), m_page(new QSplitter(parent)),
      m_inspector(new widgets::RankingInspector(state, m_page)),
      m_panel(new widgets::FailureExplorerPanel(m_page)), m_book(new widgets::AnalystJudgementBook(this)),
      m_analystMetrics(new QAction(tr("Metrics with &analyst judgements"), this))
{
    auto* splitter = static_cast<QSplitter*>(m_page);
    splitter->setObjectName(QStringLiteral("inspectorSplitter"));
    splitter->addWidget(m_inspector);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_inspector->setAnalystLabels(
        [this](int query, std::int32_t row) { return m_book->labelOf(query, row); });
    for (auto* view : {m_inspector->currentView(), m_inspector->referenceView()}) {
        auto* keys = new widgets::JudgingKeys(view, GainMap(), widgets::RankingModel::ProductRowRole);
        connect(keys, &widgets::JudgingKeys::judged, this, &ExplorerAssembly::judge);
        m_keys.push_back(keys);
    }
    connect(m_book, &widgets::AnalystJudgementBook::judgementSet, m_session,
            &jobs::ProjectSession::saveAnalystJudgement);
    m_analystMetrics->setCheckable(true);
    m_analystMetrics->setToolTip(
        tr("Show every metric with the analyst's judgements of unjudged products added "
           "to the dataset's"));
    connect(m_analystMetrics, &QAction::toggled, this, &ExplorerAssembly::setAnalystMetrics);

    auto* exploreJobs = m_session->explore();
    connect(m_session, &jobs::ProjectSession::projectOpened, m_book,
            &widgets::AnalystJudgementBook::setSnapshot);
    connect(m_session, &jobs::ProjectSession::projectClosed, m_book,
            [this] { m_book->setSnapshot(nullptr); });
    connect(m_state, &widgets::AnalysisState::snapshotChanged, this, &ExplorerAssembly::followSnapshot);
    connect(m_state, &widgets::AnalysisState::selectedQueryChanged, this, [this] {
        m_focus = -1;
        requestRankByDim();
        requestExplanation();
    });
    connect(m_state, &widgets::AnalysisState::dimsChanged, this, &ExplorerAssembly::requestExplanation);
    connect(m_panel->tabs(), &QTabWidget::currentChanged, this, [this] {
        if (m_explanationStale && explanationShown())
            requestExplanation();
    });
    m_panel->installEventFilter(this);
    connect(exploreJobs, &jobs::ExploreJobs::catalogReady, this, [this] {
        if (m_analystMetrics->isChecked() && m_state->sharedSnapshot() != m_analystSnapshot)
            setAnalystMetrics(true);
        if (const auto catalog = m_session->explore()->catalog())
            m_inspector->setDuplicateEmbeddings(
                std::shared_ptr<const EmbeddingMatrix>(catalog, &catalog->context->corpus));
        requestRankByDim();
        requestExplanation();
        updateNote();
    });
    connect(exploreJobs, &jobs::ExploreJobs::errorOccurred, this, &ExplorerAssembly::errorOccurred);
    connect(exploreJobs, &jobs::ExploreJobs::rankedByDim, this,
            [this](std::shared_ptr<const jobs::RankByDimAnswer> answer) {
                if (!m_state->snapshot() || static_cast<int>(answer->query) != m_state->selectedQuery())
                    return;
                m_panel->rankByDimModel()->setResult(
                    answer->result, widgets::relevantTitles(answer->result, *m_state->snapshot()));
            });
    connect(exploreJobs, &jobs::ExploreJobs::explained, this,
            [this](std::shared_ptr<const session::QueryExplanation> explanation) {
                const auto* snapshot = m_state->snapshot();
                if (!snapshot || static_cast<int>(explanation->query) != m_state->selectedQuery() ||
                    explanation->dim != m_state->currentDim() ||
                    explanation->referenceDim != m_state->referenceDim())
                    return;
                if (explanation->segments)
                    m_panel->segmentChart()->setComparison(*explanation->segments,
                                                           explanation->segmentDimIndex,
                                                           titleOf(*snapshot, explanation->relevantRow),
                                                           titleOf(*snapshot, explanation->otherRow));
                else
                    m_panel->segmentChart()->setComparison({}, 0, {}, {});
                m_panel->mapView()->setMap(explanation->map ? *explanation->map : explore::QueryMap{},
                                           snapshot->products, explanation->referenceDim);
                updateNote();
            });
    connect(exploreJobs, &jobs::ExploreJobs::metricsReady, this,
            [this](std::shared_ptr<const jobs::AnalystMetrics> metrics) {
                const auto shown = m_state->sharedSnapshot();
                // Computed for the project as shown (its dataset metrics, or an earlier rescoring of it).
                if (!m_analystMetrics->isChecked() || m_metricsBase != m_datasetSnapshot ||
                    (shown != m_datasetSnapshot && shown != m_analystSnapshot))
                    return;
                m_analystSnapshot = metrics->snapshot;
                m_state->adoptEvaluatedDim(metrics->snapshot, m_state->currentDim());
                Q_EMIT notice(
                    tr("Metrics with %n analyst judgement(s)", nullptr, static_cast<int>(metrics->applied)) +
                    (metrics->conflicting > 0 ? tr("; %n judged differently by the dataset (its label kept)",
                                                   nullptr, static_cast<int>(metrics->conflicting))
                                              : QString()));
            });
    connect(m_panel->mapView(), &widgets::QueryMapView::productClicked, this, [this](std::int32_t row) {
        if (!widgets::selectProduct(m_inspector->currentView(), widgets::RankingModel::ProductRowRole, row))
            widgets::selectProduct(m_inspector->referenceView(), widgets::RankingModel::ProductRowRole, row);
        showDetails(row);
    });
    connect(m_panel->rankByDimView(), &QTableView::clicked, this, [this](const QModelIndex& index) {
        m_focus = index.data(widgets::RankByDimModel::ProductRowRole).value<std::int32_t>();
        showDetails(m_focus);
        requestExplanation();
    });
    auto* pane = m_panel->productPane();
    for (auto* view : {m_inspector->currentView(), m_inspector->referenceView()})
        connect(view, &QTableView::clicked, this, [this](const QModelIndex& index) {
            showDetails(index.data(widgets::RankingModel::ProductRowRole).value<std::int32_t>());
        });
    connect(pane, &widgets::ProductPane::searchRequested, this, &ExplorerAssembly::search);
    connect(pane, &widgets::ProductPane::productChosen, this, [this](std::int32_t row) {
        showDetails(row);
        if (!widgets::selectProduct(m_inspector->currentView(), widgets::RankingModel::ProductRowRole, row))
            widgets::selectProduct(m_inspector->referenceView(), widgets::RankingModel::ProductRowRole, row);
    });
    connect(exploreJobs, &jobs::ExploreJobs::searched, this,
            [this](std::shared_ptr<const jobs::ProductSearchAnswer> answer) {
                m_found = answer->products;
                m_panel->productPane()->showHits(answer->search, answer->products);
            });
    connect(m_session, &jobs::ProjectSession::adhocRanked, this,
            [this](std::shared_ptr<const session::AdhocRanking> ranking) {
                m_adhoc = std::move(ranking);
                m_panel->productPane()->setAdhocQuery(QString::fromStdString(m_adhoc->text));
            });
    connect(m_session, &jobs::ProjectSession::projectClosed, this, [this] {
        m_adhoc.reset();
        m_found.clear();
        auto* productPane = m_panel->productPane();
        productPane->setAdhocQuery({});
        productPane->clearHits();
        productPane->clearProduct();
        m_inspector->setDuplicateEmbeddings(nullptr);
    });
    updateNote();
}

void ExplorerAssembly::addActions(QMenu* view, QMenu* exportMenu)
{
    view->addAction(m_analystMetrics);
    m_exportQrels = exportMenu->addAction(tr("&Analyst judgements (TREC qrels)…"), this, [this] {
        const QString file = QFileDialog::getSaveFileName(m_page, tr("Export analyst judgements"), QString(),
                                                          tr("TREC qrels (*.qrels *.txt *.tsv)"));
        if (!file.isEmpty())
            exportAnalystQrels(file);
    });
}

void ExplorerAssembly::followSnapshot()
{
    const auto shown = m_state->sharedSnapshot();
    m_panel->rankByDimModel()->setResult({}, {});
    if (!shown) {
        m_datasetSnapshot.reset();
        m_analystSnapshot.reset();
        m_metricsBase.reset();
        requestExplanation();
        updateNote();
        return;
    }
    m_book->setLookup(shown);
    for (auto* keys : m_keys)
        keys->setGains(GainMap::parse(shown->settings.gains));
    if (shown != m_analystSnapshot && shown != m_datasetSnapshot) {
        m_datasetSnapshot = shown; // a project opened, or a dim evaluated
        m_analystSnapshot.reset();
        if (m_analystMetrics->isChecked())
            setAnalystMetrics(true);
    }
    requestRankByDim();
    requestExplanation();
    updateNote();
}

void ExplorerAssembly::setAnalystMetrics(bool on)
{
    if (m_analystMetrics->isChecked() != on) {
        m_analystMetrics->setChecked(on); // toggled() calls back
        return;
    }
    if (!on) {
        m_session->explore()->metricsJob()->cancel();
        m_analystSnapshot.reset();
        m_metricsBase.reset();
        if (m_datasetSnapshot && m_state->sharedSnapshot() != m_datasetSnapshot)
            m_state->adoptEvaluatedDim(m_datasetSnapshot, m_state->currentDim());
        updateNote();
        return;
    }
    if (!m_datasetSnapshot || !m_datasetSnapshot->latestRun)
        return;
    if (!m_session->explore()->catalog()) { // follows once the dataset is loaded
        updateNote();
        return;
    }
    m_metricsBase = m_datasetSnapshot;
    m_session->explore()->evaluateWithAnalyst(
        m_datasetSnapshot, std::make_shared<const std::vector<AnalystJudgement>>(m_book->judgements()));
    updateNote();
}

void ExplorerAssembly::exportAnalystQrels(const QString& file)
{
    const auto snapshot = m_datasetSnapshot;
    const auto catalog = m_session->explore()->catalog();
    if (!snapshot || !snapshot->latestRun) {
        Q_EMIT errorOccurred(tr("Open a project with an evaluated run first."));
        return;
    }
    if (!catalog) {
        Q_EMIT errorOccurred(tr("The analyst judgements can be exported once the dataset is loaded."));
        return;
    }
    auto judgements = std::make_shared<const std::vector<AnalystJudgement>>(m_book->judgements());
    m_session->exports()->exportFile(
        file, [snapshot, catalog, judgements](const std::filesystem::path& target) {
            session::exportAnalystQrelsOf(*snapshot, *catalog->context->dataset, *judgements, target);
        });
}

void ExplorerAssembly::judge(std::int32_t productRow, const QString& label)
{
    const int query = m_state->selectedQuery();
    if (!m_book->judge(query, productRow, label))
        return;
    auto* view = m_inspector->currentView()->hasFocus() || !m_inspector->referenceView()->hasFocus()
                     ? m_inspector->currentView()
                     : m_inspector->referenceView();
    const int row = view->currentIndex().row();
    m_inspector->refresh();
    // On to the next product, as in Quepid: judging a list is one key per row.
    if (view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(std::min(row + 1, view->model()->rowCount() - 1), 0));
    if (m_analystMetrics->isChecked()) {
        setAnalystMetrics(true);
        requestRankByDim();
        requestExplanation();
    }
}

void ExplorerAssembly::requestRankByDim()
{
    const auto snapshot = m_state->sharedSnapshot();
    const int query = m_state->selectedQuery();
    if (!snapshot || !snapshot->latestRun || query < 0)
        return;
    const auto analyst = m_analystMetrics->isChecked()
                             ? std::make_shared<const std::vector<AnalystJudgement>>(m_book->judgements())
                             : nullptr;
    m_session->explore()->rankByDim(snapshot, static_cast<std::size_t>(query), analyst,
                                    widgets::RankingInspector::kShownDepth);
}

void ExplorerAssembly::requestExplanation()
{
    const auto snapshot = m_state->sharedSnapshot();
    const int query = m_state->selectedQuery();
    if (!snapshot || !snapshot->latestRun || query < 0) {
        m_panel->segmentChart()->setComparison({}, 0, {}, {});
        m_panel->mapView()->setMap({}, {}, 0);
        return;
    }
    m_explanationStale = !explanationShown();
    if (m_explanationStale)
        return;
    const auto analyst = m_analystMetrics->isChecked()
                             ? std::make_shared<const std::vector<AnalystJudgement>>(m_book->judgements())
                             : nullptr;
    m_session->explore()->explain(snapshot, static_cast<std::size_t>(query), analyst, m_state->currentDim(),
                                  m_state->referenceDim(), widgets::RankingInspector::kShownDepth, m_focus);
}

bool ExplorerAssembly::explanationShown() const
{
    const QWidget* tab = m_panel->tabs()->currentWidget();
    return m_panel->isVisible() && (tab == m_panel->segmentChart() || tab == m_panel->mapView());
}

bool ExplorerAssembly::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_panel && event->type() == QEvent::Show && m_explanationStale)
        QTimer::singleShot(0, this, [this] {
            if (m_explanationStale && explanationShown())
                requestExplanation();
        });
    return QObject::eventFilter(watched, event);
}

void ExplorerAssembly::updateNote()
{
    QStringList lines;
    if (m_state->hasRun() && !m_session->explore()->catalog())
        lines << tr(
            "Loading the embeddings: the segment chart, the map and ranks below the stored lists follow.");
    if (m_analystMetrics->isChecked() && m_state->hasRun())
        lines << (m_state->sharedSnapshot() == m_analystSnapshot && m_analystSnapshot
                      ? tr("Metrics include the analyst's judgements.")
                      : tr("Metrics with the analyst's judgements are being computed."));
    const auto* chart = m_panel->segmentChart();
    if (m_state->hasRun() && m_session->explore()->catalog() && !m_explanationStale &&
        !chart->relevantBars() && m_state->selectedQuery() >= 0)
        lines
            << tr("Score by segment: no non-relevant product ranks above a relevant one in the top %1 at %2 "
                  "dims.")
                   .arg(widgets::RankingInspector::kShownDepth)
                   .arg(m_state->currentDim());
    m_panel->setNote(lines.join(QLatin1Char('\n')));
}

} // namespace near2::app

namespace near2::app {

void ExplorerAssembly::showDetails(std::int32_t row)
{
    m_inspector->showProduct(row);
    auto* pane = m_panel->productPane();
    const auto catalog = m_session->explore()->catalog();
    if (catalog && row >= 0 && static_cast<std::size_t>(row) < catalog->context->dataset->corpus.size()) {
        pane->showProduct(session::productRecordOf(*catalog->context->dataset, row));
        return;
    }
    if (const auto* snapshot = m_state->snapshot())
        if (const auto found = snapshot->products.find(row); found != snapshot->products.end()) {
            pane->showProduct(found->second);
            return;
        }
    if (const auto found = m_found.find(row); found != m_found.end())
        pane->showProduct(found->second);
}

void ExplorerAssembly::search(const QString& text, bool inCatalog, bool adhoc)
{
    const auto snapshot = m_state->sharedSnapshot();
    auto* pane = m_panel->productPane();
    if (!snapshot || !snapshot->latestRun)
        return;
    if (adhoc && m_adhoc) {
        const auto listing = [](int dim, const std::vector<session::RankedDoc>& docs) {
            explore::ListedRanking listed{dim, {}, {}};
            for (const auto& doc : docs) {
                listed.rows.push_back(doc.row);
                listed.scores.push_back(doc.score);
            }
            return listed;
        };
        pane->setSubject(
            tr("“%1” in the ad-hoc query “%2”").arg(text, QString::fromStdString(m_adhoc->text)));
        m_session->explore()->search(text, inCatalog, listing(m_adhoc->dim, m_adhoc->current),
                                     listing(m_adhoc->referenceDim, m_adhoc->reference), {}, m_adhoc->text,
                                     snapshot);
        return;
    }
    const int query = m_state->selectedQuery();
    if (query < 0) {
        pane->setSubject(tr("Select a query first."));
        return;
    }
    const auto listings = explore::listingsOf(snapshot->latestRun->rankings, static_cast<std::size_t>(query));
    const auto* current = explore::listingAt(listings, m_state->currentDim());
    const auto* reference = explore::listingAt(listings, m_state->referenceDim());
    if (!current || !reference)
        return;
    const auto& record = snapshot->queries[static_cast<std::size_t>(query)];
    pane->setSubject(tr("“%1” for the query “%2” (%3)")
                         .arg(text, QString::fromStdString(record.text), QString::fromStdString(record.id)));
    m_session->explore()->search(text, inCatalog, *current, *reference, record.id, {}, snapshot);
}

} // namespace near2::app
