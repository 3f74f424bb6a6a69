#pragma once
// Paints a PrintDocument onto pages: each part laid out on the paper size, starting on a new
// page, with the fund name and part title at the top and "page x / y" at the bottom of every
// page. It owns no data and must not read the book.

#include "ui/print/print_document.h"

#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPrinter;

namespace tontine::ui {

// Called after each part is painted with (parts done, parts in all); returning false stops.
using PrintProgress = std::function<bool(int, int)>;

struct PrintResult {
    int pages = 0;                  // pages painted
    bool cancelled = false;
};

class DocumentPrinter {
public:
    // Writes the document as a PDF file; throws std::runtime_error naming the file when it
    // cannot be written (nothing half-written is left behind).
    static PrintResult writePdf(const PrintDocument& document, const QString& path, PaperSize paper,
                                const PrintProgress& progress = {});
    // Paints onto a printer already set up by a print dialog (or a print preview).
    static PrintResult print(const PrintDocument& document, QPrinter& printer, const PrintProgress& progress = {});
    // The number of pages each part takes on the paper size (for tests and the dialog).
    static std::vector<int> pageCounts(const PrintDocument& document, PaperSize paper);
};

} // namespace tontine::ui
