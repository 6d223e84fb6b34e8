#include "widgets/runs_dialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace near2::widgets {

namespace {

enum Column { Name, Created, Shown };
constexpr int kIdRole = Qt::UserRole;

QString createdText(const std::string& iso)
{
    const auto when = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODate);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                          : QString::fromStdString(iso);
}

} // namespace

RunsDialog::RunsDialog(QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(0, 3, this)), m_show(new QPushButton(tr("&Show"), this)),
      m_delete(new QPushButton(tr("&Delete…"), this))
{
    setWindowTitle(tr("Runs"));
    setObjectName(QStringLiteral("runsDialog"));
    m_table->setHorizontalHeaderLabels({tr("Run"), tr("Stored"), tr("Shown")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Created, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Shown, QHeaderView::ResizeToContents);
    auto* add = new QPushButton(tr("&Add run…"), this);
    m_show->setToolTip(tr("Show this run in every view (B of the comparison)"));
    add->setToolTip(
        tr("Evaluate another model or embedding files on the project's dataset, in the background"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_show, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Double-click a name to rename the run."), this));
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(520, 320);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_show, &QPushButton::clicked, this, [this] { Q_EMIT showRequested(selectedRunId()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { Q_EMIT deleteRequested(selectedRunId()); });
    connect(add, &QPushButton::clicked, this, &RunsDialog::addRequested);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RunsDialog::updateButtons);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling || item->column() != Name)
            return;
        Q_EMIT renameRequested(item->data(kIdRole).toLongLong(), item->text().trimmed());
    });
    updateButtons();
}

void RunsDialog::setRuns(const std::vector<RunHeader>& runs, std::int64_t shownRunId)
{
    const std::int64_t selected = selectedRunId();
    m_filling = true;
    m_shown = shownRunId;
    m_table->setRowCount(static_cast<int>(runs.size()));
    for (int row = 0; row < static_cast<int>(runs.size()); ++row) {
        const auto& run = runs[static_cast<std::size_t>(row)];
        auto* name = new QTableWidgetItem(run.label.empty() ? tr("run %1").arg(run.id)
                                                            : QString::fromStdString(run.label));
        name->setData(kIdRole, QVariant::fromValue<qlonglong>(run.id));
        auto* created = new QTableWidgetItem(createdText(run.created));
        auto* shown = new QTableWidgetItem(run.id == shownRunId ? tr("shown") : QString());
        for (auto* readOnly : {created, shown})
            readOnly->setFlags(readOnly->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Created, created);
        m_table->setItem(row, Shown, shown);
    }
    m_filling = false;
    selectRun(selected ? selected : shownRunId);
    updateButtons();
}

std::int64_t RunsDialog::selectedRunId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_table->item(rows.front().row(), Name)->data(kIdRole).toLongLong();
}

void RunsDialog::selectRun(std::int64_t id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Name)->data(kIdRole).toLongLong() == id) {
            m_table->selectRow(row);
            return;
        }
}

void RunsDialog::updateButtons()
{
    const std::int64_t selected = selectedRunId();
    m_show->setEnabled(selected != 0 && selected != m_shown);
    m_delete->setEnabled(selected != 0 && m_table->rowCount() > 1);
}

} // namespace near2::widgets
