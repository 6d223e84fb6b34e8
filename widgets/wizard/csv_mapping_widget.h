#pragma once
// The CSV column mapping: one combo box per role (query-id, query, doc-id, title, text, label, split) over
// the file's header, and a preview table of its first rows. Required roles: query, doc-id, label.
#include "core/session/csv_preview.h"

#include <QWidget>
#include <array>

class QComboBox;
class QStandardItemModel;
class QTableView;

namespace near2::widgets {

class CsvMappingWidget final : public QWidget
{
    Q_OBJECT
public:
    static constexpr std::array<const char*, 7> kRoles{"query-id", "query", "doc-id", "title",
                                                       "text",     "label", "split"};
    explicit CsvMappingWidget(QWidget* parent = nullptr);

    // Shows the header and rows and guesses each role's column from the header names.
    void setPreview(const session::CsvPreview& preview);
    void clear();

    QComboBox* roleBox(int role) const { return m_roles[static_cast<std::size_t>(role)]; }
    QStandardItemModel* previewModel() const { return m_preview; }
    bool isComplete() const;
    // "query=search_term,doc-id=product_uid,…" for the roles with a column.
    QString mappingSpec() const;

Q_SIGNALS:
    void changed();

private:
    std::array<QComboBox*, kRoles.size()> m_roles{};
    QStandardItemModel* m_preview;
    QTableView* m_view;
};

} // namespace near2::widgets
