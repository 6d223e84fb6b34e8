#pragma once
// Draws a cell as the query table shows it: its display text (aligned, elided, in its foreground colour or
// the selection's) over the selection highlight, on the row background the view has drawn. It skips the
// style's per-cell pass (item panel, icon, check box, a QTextLayout per cell), which was about half of the
// table's repaint: 3.0 → 1.6-1.9 ms for 35 rows × 14 columns, and under ASan the table's first paint after an
// open was 25 ms of the 50 ms the GUI thread may be held. A cell of several lines shows its first, then "…";
// the current cell gets the style's focus frame. For tables whose cells are plain text only (no icons, check
// boxes, editors).
#include <QStyledItemDelegate>

namespace near2::widgets {

class PlainTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace near2::widgets
