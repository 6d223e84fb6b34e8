#include "widgets/plain_text_delegate.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>

namespace near2::widgets {

namespace {

// A cell's first line, "…" where more follow (a note typed over several lines): a row holds one line, and the
// styled delegate squeezed both into it.
QString firstLine(const QString& text)
{
    const auto breaks = [](QChar c) {
        return c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
    };
    const auto end = std::find_if(text.begin(), text.end(), breaks);
    return end == text.end() ? text : text.left(end - text.begin()) + QChar(0x2026);
}

} // namespace

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
    painter->save();
    painter->setClipRect(option.rect);
    painter->setPen(colour);
    painter->setFont(option.font);
    painter->drawText(
        textRect, flags | Qt::TextSingleLine,
        option.fontMetrics.elidedText(firstLine(displayText(index.data(Qt::DisplayRole), option.locale)),
                                      option.textElideMode, textRect.width()));
    painter->restore();
    if (option.state & QStyle::State_HasFocus) { // the current cell, for the keyboard
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.backgroundColor =
            option.palette.color(group, selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

} // namespace near2::widgets
