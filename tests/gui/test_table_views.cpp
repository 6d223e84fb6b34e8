// The workbench's table views. The query table's PlainTextDelegate against Qt's styled delegate on the same
// cells: the text sits where the style puts it (left, right-aligned numbers, elided at the same width), in
// the cell's foreground colour, in the selection's colours on a selected row; a cell of two lines shows its
// first and "…" in its row. Columns fitted to a reset
// model: at once in a visible view, when shown in a hidden one (a tab not picked).
#include "widgets/plain_text_delegate.h"
#include "widgets/table_setup.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using near2::widgets::PlainTextDelegate;
using near2::widgets::setUpTableView;

namespace {

// One cell whose text changes by a reset of the model, as the workbench's models change.
class OneCellModel final : public QAbstractTableModel
{
public:
    void reset(const QString& text)
    {
        beginResetModel();
        m_text = text;
        endResetModel();
    }
    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 1; }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex& index, int role) const override
    {
        return role == Qt::DisplayRole && index.column() == 0 ? QVariant(m_text) : QVariant();
    }

private:
    QString m_text;
};

// The bounding box of the pixels in `cell` that differ from its background (sampled at its top left corner).
QRect inkBox(const QImage& image, const QRect& cell)
{
    const QRgb background = image.pixel(cell.left() + 1, cell.top() + 1);
    QRect box;
    for (int y = cell.top() + 1; y < cell.bottom(); ++y)
        for (int x = cell.left() + 1; x < cell.right(); ++x)
            if (image.pixel(x, y) != background)
                box = box.united(QRect(x, y, 1, 1));
    return box;
}

// Whether some pixel of `cell` is close to `colour` (anti-aliased text keeps its colour at the glyph cores).
bool hasInk(const QImage& image, const QRect& cell, const QColor& colour)
{
    for (int y = cell.top(); y <= cell.bottom(); ++y)
        for (int x = cell.left(); x <= cell.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) + std::abs(pixel.green() - colour.green()) +
                    std::abs(pixel.blue() - colour.blue()) <
                40)
                return true;
        }
    return false;
}

} // namespace

class TestTableViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void drawsTheCellsAsTheStyleDoes()
    {
        QStandardItemModel model(3, 3);
        const QString longText = QStringLiteral("a query far too long for its column, elided at the end");
        for (int row = 0; row < 3; ++row) {
            model.setItem(row, 0, new QStandardItem(QStringLiteral("q%1").arg(row)));
            auto* number = new QStandardItem;
            number->setData(1234 + row, Qt::DisplayRole); // spelt as the view says (no group separator)
            number->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
            number->setData(QBrush(QColor(0xc0, 0x10, 0x10)), Qt::ForegroundRole);
            model.setItem(row, 1, number);
            // Row 1: a note typed over two lines shows its first line, then "…".
            model.setItem(row, 2, new QStandardItem(row == 1 ? QStringLiteral("two\nlines") : longText));
        }
        QTableView plain, styled;
        plain.setItemDelegate(new PlainTextDelegate(&plain));
        for (QTableView* view : {&plain, &styled}) {
            view->setModel(&model);
            view->setWordWrap(false);
            view->horizontalHeader()->resizeSection(2, 120);
            view->resize(420, 200);
            view->selectRow(2);
            view->show();
        }
        QVERIFY(QTest::qWaitForWindowExposed(&plain));
        QVERIFY(QTest::qWaitForWindowExposed(&styled));
        const QImage plainImage = plain.viewport()->grab().toImage();
        const QImage styledImage = styled.viewport()->grab().toImage();
        if (qEnvironmentVariableIsSet("NEAR2_KEEP_TABLES")) { // for looking at them
            plainImage.save(QStringLiteral("/tmp/plain-table.png"));
            styledImage.save(QStringLiteral("/tmp/styled-table.png"));
        }
        for (int row = 0; row < 3; ++row)
            for (int column = 0; column < 3; ++column) {
                const QRect cell = plain.visualRect(model.index(row, column));
                QCOMPARE(cell, styled.visualRect(model.index(row, column)));
                const QRect ink = inkBox(plainImage, cell), styledInk = inkBox(styledImage, cell);
                QVERIFY2(!ink.isEmpty(),
                         qPrintable(QStringLiteral("cell %1,%2 is empty").arg(row).arg(column)));
                if (row == 1 && column == 2) { // one line, "two…", within its row (the style squeezes two)
                    QVERIFY(ink.height() <= plain.fontMetrics().height());
                    QVERIFY(ink.top() > cell.top() && ink.bottom() < cell.bottom());
                    QVERIFY(ink.right() <
                            cell.left() + plain.fontMetrics().horizontalAdvance(QStringLiteral("two…")) + 8);
                    continue;
                }
                // Horizontally where the style puts the text (a pixel of anti-aliasing either way); the
                // text's vertical centring may differ by a pixel (QTextLayout against drawText).
                QVERIFY2(std::abs(ink.left() - styledInk.left()) <= 1 &&
                             std::abs(ink.right() - styledInk.right()) <= 1,
                         qPrintable(QStringLiteral("cell %1,%2: ink x %3-%4, the style's %5-%6")
                                        .arg(row)
                                        .arg(column)
                                        .arg(ink.left())
                                        .arg(ink.right())
                                        .arg(styledInk.left())
                                        .arg(styledInk.right())));
                QVERIFY(std::abs(ink.top() - styledInk.top()) <= 1);
                QVERIFY(ink.right() < cell.right()); // elided inside its cell
            }
        const QPalette palette = plain.palette();
        const QRect red = plain.visualRect(model.index(0, 1)), selected = plain.visualRect(model.index(2, 1));
        QVERIFY(hasInk(plainImage, red, QColor(0xc0, 0x10, 0x10)));
        QVERIFY(hasInk(plainImage, selected, palette.color(QPalette::Active, QPalette::HighlightedText)));
        QVERIFY(!hasInk(plainImage, selected, QColor(0xc0, 0x10, 0x10))); // the selection's text colour wins
        QCOMPARE(plainImage.pixelColor(selected.left() + 1, selected.top() + 1),
                 styledImage.pixelColor(selected.left() + 1, selected.top() + 1));
    }

    void columnsFitOnResetAndAHiddenViewWhenShown()
    {
        OneCellModel model;
        QWidget window;
        auto* visible = new QTableView(&window);
        auto* hidden = new QTableView(&window);
        for (QTableView* view : {visible, hidden}) {
            view->setModel(&model);
            setUpTableView(view, -1, false);
            view->setColumnWidth(0, 30);
        }
        hidden->hide();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString wide = QStringLiteral("a product title much wider than thirty pixels");
        model.reset(wide);
        const int needed = visible->fontMetrics().horizontalAdvance(wide);
        QVERIFY2(visible->columnWidth(0) >= needed, qPrintable(QString::number(visible->columnWidth(0))));
        QCOMPARE(hidden->columnWidth(0), 30); // not measured while hidden
        hidden->show();
        QVERIFY2(hidden->columnWidth(0) >= needed, qPrintable(QString::number(hidden->columnWidth(0))));
    }
};

QTEST_MAIN(TestTableViews)
#include "test_table_views.moc"
