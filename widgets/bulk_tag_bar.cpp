#include "widgets/bulk_tag_bar.h"

#include "widgets/analysis_state.h"
#include "widgets/query_table_model.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <algorithm>

namespace near2::widgets {

BulkTagBar::BulkTagBar(AnalysisState* state, QTableView* view, QWidget* parent)
    : QWidget(parent), m_state(state), m_view(view), m_count(new QLabel(this)), m_tag(new QComboBox(this)),
      m_apply(new QPushButton(this))
{
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_count->setObjectName(QStringLiteral("queryCount"));
    m_tag->setEditable(true);
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    m_tag->lineEdit()->setPlaceholderText(tr("Tag…"));
    m_tag->setMinimumContentsLength(10);
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_count, 1);
    layout->addWidget(m_tag);
    layout->addWidget(m_apply);
    for (int i = 0; i < kRecentTags; ++i) {
        auto* button = new QToolButton(this);
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] {
            if (i < m_recent.size())
                tagSelected(m_recent[i]);
        });
        button->setDefaultAction(action);
        addAction(action);
        m_recentButtons[i] = button;
        layout->addWidget(button);
    }
    connect(m_apply, &QPushButton::clicked, this, [this] { tagSelected(m_tag->currentText().trimmed()); });
    connect(m_tag->lineEdit(), &QLineEdit::returnPressed, m_apply, &QPushButton::click);
    auto* model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &BulkTagBar::updateCount);
    connect(model, &QAbstractItemModel::layoutChanged, this, &BulkTagBar::updateCount);
    connect(model, &QAbstractItemModel::rowsInserted, this, &BulkTagBar::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &BulkTagBar::updateCount);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BulkTagBar::updateCount);
    connect(state, &AnalysisState::snapshotChanged, this, &BulkTagBar::updateCount);
    connect(state, &AnalysisState::tagsChanged, this, [this] {
        const QString typed = m_tag->currentText();
        m_tag->clear();
        for (const auto& tag : m_state->tags())
            m_tag->addItem(QString::fromStdString(tag));
        m_tag->setEditText(typed);
    });
    updateCount();
    updateRecent();
}

QList<int> BulkTagBar::selectedQueries() const
{
    QList<int> queries;
    for (const auto& index : m_view->selectionModel()->selectedRows())
        queries << index.data(QueryTableModel::QueryIndexRole).toInt();
    std::sort(queries.begin(), queries.end());
    return queries;
}

int BulkTagBar::tagSelected(const QString& tag)
{
    const auto queries = selectedQueries();
    if (tag.isEmpty() || queries.isEmpty())
        return 0;
    for (const int query : queries) {
        const auto* current = m_state->annotation(query);
        Annotation annotation = current ? *current : Annotation{};
        annotation.tag = tag.toStdString();
        m_state->setAnnotation(query, annotation);
    }
    m_recent.removeAll(tag);
    m_recent.prepend(tag);
    while (m_recent.size() > kRecentTags)
        m_recent.removeLast();
    updateRecent();
    return static_cast<int>(queries.size());
}

void BulkTagBar::setRecentTags(const QStringList& tags)
{
    m_recent.clear();
    for (const QString& tag : tags)
        if (!tag.isEmpty() && !m_recent.contains(tag) && m_recent.size() < kRecentTags)
            m_recent.append(tag);
    updateRecent();
}

QString BulkTagBar::countText() const
{
    return m_count->text();
}

void BulkTagBar::updateCount()
{
    const int shown = m_view->model()->rowCount();
    const int total = m_state->queryCount();
    const auto selected = static_cast<int>(m_view->selectionModel()->selectedRows().size());
    m_count->setText(shown == total ? tr("%L1 queries").arg(total)
                                    : tr("%L1 of %L2 queries").arg(shown).arg(total));
    m_apply->setText(tr("Tag %n selected", nullptr, selected));
    m_apply->setEnabled(selected > 0);
}

void BulkTagBar::updateRecent()
{
    for (int i = 0; i < kRecentTags; ++i) {
        auto* action = m_recentButtons[i]->defaultAction();
        const bool known = i < m_recent.size();
        action->setText(known ? m_recent[i] : QString());
        action->setToolTip(known
                               ? tr("Tag the selected queries “%1” (%2)")
                                     .arg(m_recent[i], action->shortcut().toString(QKeySequence::NativeText))
                               : QString());
        m_recentButtons[i]->setVisible(known);
    }
}

} // namespace near2::widgets
