#include "app/user_guide_dialog.h"

#include <QDialogButtonBox>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextImageFormat>
#include <QVBoxLayout>

namespace near2::app {

namespace {

constexpr int kImageWidth = 820;

// The screenshots are full window grabs; shown at their size they would need a wide scroll. The height
// follows the width.
void fitImages(QTextDocument* document)
{
    for (auto block = document->begin(); block.isValid(); block = block.next())
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            if (!fragment.fragment().charFormat().isImageFormat())
                continue;
            auto format = fragment.fragment().charFormat().toImageFormat();
            format.setWidth(kImageWidth);
            QTextCursor cursor(document);
            cursor.setPosition(fragment.fragment().position());
            cursor.setPosition(fragment.fragment().position() + fragment.fragment().length(),
                               QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
}

} // namespace

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("NEAR² Workbench user guide"));
    m_browser->setOpenExternalLinks(true);
    // The guide's images are relative to it (screenshots/…), so they resolve inside the resources too.
    m_browser->setSource(QUrl(QStringLiteral("qrc:/docs/user-guide.md")), QTextDocument::MarkdownResource);
    fitImages(m_browser->document());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(kImageWidth + 80, 760);
}

} // namespace near2::app
