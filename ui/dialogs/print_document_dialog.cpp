#include "ui/dialogs/print_document_dialog.h"

#include "ui/widgets/document_output_box.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace tontine::ui {

PrintDocumentDialog::PrintDocumentDialog(PrintDocument document, const QString& fileName, QWidget* parent)
    : QDialog(parent), m_document(std::move(document))
{
    setWindowTitle(tr("Print — %1").arg(m_document.title));
    auto* what = new QLabel(QStringLiteral("<b>%1</b><br>%2").arg(m_document.title.toHtmlEscaped(),
                                                                   m_document.fundName.toHtmlEscaped()),
                            this);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The document is ready: the box only paints it.
    m_output = new DocumentOutputBox([this](const PrintProgress&) { return std::optional<PrintDocument>(m_document); },
                                     fileName, this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_output);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

} // namespace tontine::ui
