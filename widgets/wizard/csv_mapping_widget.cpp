#include "widgets/wizard/csv_mapping_widget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace near2::widgets {

namespace {

// Header names that usually hold each role (lower case, compared after removing '_', '-' and spaces).
const std::array<QStringList, CsvMappingWidget::kRoles.size()> kGuesses{{
    {QStringLiteral("queryid"), QStringLiteral("qid")},
    {QStringLiteral("query"), QStringLiteral("searchterm"), QStringLiteral("querytext")},
    {QStringLiteral("docid"), QStringLiteral("productid"), QStringLiteral("productuid"),
     QStringLiteral("corpusid")},
    {QStringLiteral("title"), QStringLiteral("producttitle"), QStringLiteral("name")},
    {QStringLiteral("text"), QStringLiteral("description"), QStringLiteral("productdescription")},
    {QStringLiteral("label"), QStringLiteral("relevance"), QStringLiteral("escilabel"),
     QStringLiteral("esci"), QStringLiteral("score")},
    {QStringLiteral("split")},
}};

QString normalised(QString name)
{
    return name.toLower().remove(QLatin1Char('_')).remove(QLatin1Char('-')).remove(QLatin1Char(' '));
}

} // namespace

CsvMappingWidget::CsvMappingWidget(QWidget* parent)
    : QWidget(parent), m_preview(new QStandardItemModel(this)), m_view(new QTableView(this))
{
    auto* form = new QFormLayout;
    const std::array<QString, kRoles.size()> labels{tr("Query id"), tr("Query *"), tr("Product id *"),
                                                    tr("Title"),    tr("Text"),    tr("Label *"),
                                                    tr("Split")};
    for (std::size_t i = 0; i < kRoles.size(); ++i) {
        m_roles[i] = new QComboBox(this);
        m_roles[i]->setObjectName(QLatin1String(kRoles[i]));
        form->addRow(labels[i], m_roles[i]);
        connect(m_roles[i], &QComboBox::currentIndexChanged, this, &CsvMappingWidget::changed);
    }
    m_view->setModel(m_preview);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultSectionSize(
        m_view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    clear();
}

void CsvMappingWidget::clear()
{
    m_preview->clear();
    for (auto* box : m_roles) {
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("(none)"));
    }
    Q_EMIT changed();
}

void CsvMappingWidget::setPreview(const session::CsvPreview& preview)
{
    clear();
    QStringList header;
    for (const auto& name : preview.header)
        header << QString::fromStdString(name);
    m_preview->setColumnCount(static_cast<int>(header.size()));
    m_preview->setHorizontalHeaderLabels(header);
    for (const auto& row : preview.rows) {
        QList<QStandardItem*> items;
        for (const auto& field : row)
            items << new QStandardItem(QString::fromStdString(field));
        m_preview->appendRow(items);
    }
    for (std::size_t role = 0; role < kRoles.size(); ++role) {
        const QSignalBlocker block(m_roles[role]);
        m_roles[role]->addItems(header);
        for (int column = 0; column < header.size(); ++column)
            if (kGuesses[role].contains(normalised(header[column]), Qt::CaseInsensitive)) {
                m_roles[role]->setCurrentIndex(column + 1);
                break;
            }
    }
    Q_EMIT changed();
}

bool CsvMappingWidget::isComplete() const
{
    return m_roles[1]->currentIndex() > 0 && m_roles[2]->currentIndex() > 0 && m_roles[5]->currentIndex() > 0;
}

QString CsvMappingWidget::mappingSpec() const
{
    QStringList items;
    for (std::size_t role = 0; role < kRoles.size(); ++role)
        if (m_roles[role]->currentIndex() > 0)
            items << QLatin1String(kRoles[role]) + QLatin1Char('=') + m_roles[role]->currentText();
    return items.join(QLatin1Char(','));
}

} // namespace near2::widgets
