#pragma once
// The paper size and the Preview / Print / Save as PDF buttons under every printable document,
// with a progress dialog (and Cancel) while a long document is built and painted. It neither
// reads the book nor lays anything out: the document comes from the function it is given.

#include "ui/print/document_printer.h"
#include "ui/print/print_document.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPrinter;
class QProgressDialog;
class QPushButton;

namespace tontine::ui {

class DocumentOutputBox : public QWidget {
    Q_OBJECT
public:
    // Builds the document, reporting (done, total); returns nothing when cancelled.
    using Build = std::function<std::optional<PrintDocument>(const PrintProgress& progress)>;

    DocumentOutputBox(Build build, QString suggestedFileName, QWidget* parent = nullptr);

    PaperSize paperSize() const;
    void setPaperSize(PaperSize paper);
    void setSuggestedFileName(const QString& name) { m_fileName = name; }
    // What the last action did ("12 pages saved to …", "Cancelled."), for the person and tests.
    QString statusText() const;

    // Saves the document as a PDF at `path` without asking; false when cancelled or refused
    // (the reason is in statusText()).
    bool savePdf(const QString& path);

public slots:
    void preview();
    void print();
    void saveAsPdf();

private:
    std::optional<PrintDocument> buildWithProgress(QProgressDialog& progress);
    // Builds the document behind a progress dialog that closes once it is built.
    std::optional<PrintDocument> prepare();
    void setUpPrinter(QPrinter& printer, const PrintDocument& document) const;

    Build m_build;
    QString m_fileName;
    QComboBox* m_paper;
    QLabel* m_status;
};

// The paper most people around the fund use: US Letter where it is the norm, else A4.
PaperSize defaultPaperSize(const QLocale& locale);

} // namespace tontine::ui
