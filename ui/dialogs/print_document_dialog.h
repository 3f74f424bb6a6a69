#pragma once
// A small dialog to preview, print or save one document already chosen elsewhere (a meeting's
// summary, a share-out, a loan's schedule), on A4 or Letter. It builds nothing itself.

#include "ui/print/print_document.h"

#include <QDialog>

namespace tontine::ui {

class DocumentOutputBox;

class PrintDocumentDialog : public QDialog {
    Q_OBJECT
public:
    // `fileName` is the PDF's suggested name.
    PrintDocumentDialog(PrintDocument document, const QString& fileName, QWidget* parent = nullptr);
    DocumentOutputBox* output() const { return m_output; }
    const PrintDocument& document() const { return m_document; }

private:
    PrintDocument m_document;
    DocumentOutputBox* m_output;
};

} // namespace tontine::ui
