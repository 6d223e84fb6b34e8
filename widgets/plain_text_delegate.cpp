#include "widgets/plain_text_delegate.h"

#include <QApplication>
#include <QPainter>

namespace near2::widgets {

void PlainTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (option.state & QStyle::State_Active) ? QPalette::Normal
                                                                               : QPalette::Inactive;
    if (selected)
        painter->fillRect(option.rect, option.palette.brush(group, QPalette::Highlight));
    QColor colour = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    if (const QVariant foreground = index.data(Qt::ForegroundRole); !selected && foreground.isValid())
        colour = foreground.value<QBrush>().color();
    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    const auto flags = alignment.isValid() ? alignment.toInt() : int(Qt::AlignLeft | Qt::AlignVCenter);
    // The style's text margin (QCommonStyle::viewItemDrawText), so that sizeHint's column widths fit.
    const QWidget* widget = option.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = option.rect.adjusted(margin, 0, -margin, 0);
    const QString text =
        displayText(index.data(Qt::DisplayRole), option.locale); // as the view spells numbers
    painter->save();
    painter->setPen(colour);
    painter->setFont(option.font);
    painter->drawText(textRect, flags,
                      option.fontMetrics.elidedText(text, option.textElideMode, textRect.width()));
    painter->restore();
}

} // namespace near2::widgets
