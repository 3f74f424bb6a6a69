#include "ui/print/document_printer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

#include <cmath>
#include <memory>
#include <stdexcept>

namespace tontine::ui {

namespace {

// The PDF's resolution: fine enough that text metrics match what is printed, and the unit
// of every length below (device pixels).
constexpr int PdfResolution = 300;
constexpr qreal MarginMm = 14.0;

QFont bodyFont()
{
    QFont font;
    // DejaVu and Noto are the fonts the packages install; any sans serif will do elsewhere.
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Sans Serif")});
    font.setPointSizeF(9.0);
    return font;
}

QPageLayout pageLayoutFor(PaperSize paper, QPageLayout::Orientation orientation)
{
    const QPageSize size(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
    return QPageLayout(size, orientation, QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter);
}

// Where the header, the body and the footer go on a page, in the painter's coordinates
// (the printable area, margins already taken off by the device).
struct PageFrame {
    QRectF header;
    QRectF body;
    QRectF footer;
    QFont headerFont;
    QFont footerFont;
};

PageFrame pageFrame(QPaintDevice& device)
{
    PageFrame f;
    f.headerFont = bodyFont();
    f.headerFont.setPointSizeF(9.0);
    f.footerFont = bodyFont();
    f.footerFont.setPointSizeF(8.0);
    const qreal width = device.width();
    const qreal height = device.height();
    const qreal headerHeight = QFontMetricsF(f.headerFont, &device).height() * 2.0;
    const qreal footerHeight = QFontMetricsF(f.footerFont, &device).height() * 2.0;
    f.header = QRectF(0, 0, width, headerHeight);
    f.footer = QRectF(0, height - footerHeight, width, footerHeight);
    f.body = QRectF(0, headerHeight, width, height - headerHeight - footerHeight);
    return f;
}

// A one-row table (the chain head's box, a short note) cut by a page break reads as two
// boxes: it moves whole to the next page when it fits on one. Tables of many rows may
// continue over pages; their header row repeats.
void keepBoxesTogether(QTextDocument& doc)
{
    const qreal pageHeight = doc.pageSize().height();
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    for (QTextFrame* frame : doc.rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table || table->rows() != 1)
            continue;
        const QRectF box = layout->frameBoundingRect(table); // laid out again after each change above it
        const bool cut = std::floor(box.top() / pageHeight) != std::floor((box.bottom() - 1) / pageHeight);
        if (cut && box.height() < pageHeight) {
            QTextTableFormat format = table->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
        }
    }
}

// One part laid out on the page's body: QTextDocument paginates it (a table row that does not
// fit moves whole to the next page, and <thead> rows repeat at the top of each page).
std::unique_ptr<QTextDocument> layOutPart(const PrintPart& part, QPaintDevice& device, const QSizeF& body)
{
    auto doc = std::make_unique<QTextDocument>();
    // Metrics of the device itself, so the pages counted are the pages painted.
    doc->documentLayout()->setPaintDevice(&device);
    doc->setDefaultFont(bodyFont());
    doc->setDocumentMargin(0);
    doc->setUndoRedoEnabled(false);
    for (auto it = part.images.cbegin(); it != part.images.cend(); ++it)
        doc->addResource(QTextDocument::ImageResource, QUrl(it.key()), QVariant(it.value()));
    doc->setHtml(part.html);
    doc->setPageSize(body);
    keepBoxesTogether(*doc);
    return doc;
}

void paintHeader(QPainter& painter, const PageFrame& frame, const PrintDocument& document, const PrintPart& part)
{
    painter.save();
    painter.setPen(Qt::black);
    QFont bold = frame.headerFont;
    bold.setBold(true);
    const QRectF line = frame.header.adjusted(0, 0, 0, -frame.header.height() / 2.5);
    painter.setFont(bold);
    const QFontMetricsF boldMetrics(bold, painter.device());
    const QString fund = boldMetrics.elidedText(document.fundName, Qt::ElideRight, line.width() * 0.45);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, fund);
    painter.setFont(frame.headerFont);
    const QFontMetricsF metrics(frame.headerFont, painter.device());
    const QString title = metrics.elidedText(part.title, Qt::ElideRight, line.width() * 0.53);
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, title);
    QPen pen(Qt::black);
    pen.setWidthF(painter.device()->logicalDpiY() / 150.0);
    painter.setPen(pen);
    painter.drawLine(QPointF(line.left(), line.bottom()), QPointF(line.right(), line.bottom()));
    painter.restore();
}

void paintFooter(QPainter& painter, const PageFrame& frame, const PrintDocument& document, int page, int pages)
{
    painter.save();
    painter.setPen(Qt::black);
    painter.setFont(frame.footerFont);
    const QRectF line = frame.footer.adjusted(0, frame.footer.height() / 2.5, 0, 0);
    const QString number = QCoreApplication::translate("DocumentPrinter", "page %1 / %2")
                               .arg(document.locale.toString(page), document.locale.toString(pages));
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, number);
    const QFontMetricsF metrics(frame.footerFont, painter.device());
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(document.title, Qt::ElideRight, line.width() * 0.7));
    painter.restore();
}

void paintBodyPage(QPainter& painter, const PageFrame& frame, QTextDocument& doc, int page)
{
    painter.save();
    const qreal pageHeight = doc.pageSize().height();
    painter.translate(frame.body.left(), frame.body.top() - page * pageHeight);
    const QRectF clip(0, page * pageHeight, frame.body.width(), pageHeight);
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    // Black text whatever the desktop's colour theme: this is paper.
    context.palette.setColor(QPalette::Text, Qt::black);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

// Paints every part on `device` (already set to its paper). Stops between parts when
// `progress` says so.
PrintResult paintDocument(const PrintDocument& document, QPagedPaintDevice& device, const PrintProgress& progress,
                          const QString& what)
{
    PrintResult result;
    QPainter painter;
    if (!painter.begin(&device))
        throw std::runtime_error(
            QCoreApplication::translate("DocumentPrinter", "Cannot print to %1.").arg(what).toStdString());
    const PageFrame frame = pageFrame(device);
    const int parts = static_cast<int>(document.parts.size());
    for (int p = 0; p < parts; ++p) {
        const PrintPart& part = document.parts[static_cast<std::size_t>(p)];
        const std::unique_ptr<QTextDocument> doc = layOutPart(part, device, frame.body.size());
        const int pages = doc->pageCount();
        for (int i = 0; i < pages; ++i) {
            if (result.pages > 0)
                device.newPage();
            paintHeader(painter, frame, document, part);
            paintBodyPage(painter, frame, *doc, i);
            paintFooter(painter, frame, document, i + 1, pages);
            ++result.pages;
        }
        if (progress && !progress(p + 1, parts)) {
            result.cancelled = p + 1 < parts;
            if (result.cancelled)
                break;
        }
    }
    painter.end();
    return result;
}

void setUpWriter(QPdfWriter& writer, const PrintDocument& document, PaperSize paper)
{
    writer.setResolution(PdfResolution);
    writer.setPageLayout(pageLayoutFor(paper, document.orientation));
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("Tontine"));
}

} // namespace

PrintResult DocumentPrinter::writePdf(const PrintDocument& document, const QString& path, PaperSize paper,
                                      const PrintProgress& progress)
{
    // QSaveFile writes beside the target and renames on commit: a failure or a cancel leaves
    // the old file (or none) in place, never half a PDF.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error(QCoreApplication::translate("DocumentPrinter", "Cannot write %1: %2")
                                     .arg(path, file.errorString())
                                     .toStdString());
    PrintResult result;
    {
        QPdfWriter writer(&file);
        setUpWriter(writer, document, paper);
        try {
            result = paintDocument(document, writer, progress, path);
        } catch (...) {
            file.cancelWriting();
            throw;
        }
    }
    if (result.cancelled) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        throw std::runtime_error(QCoreApplication::translate("DocumentPrinter", "Cannot write %1: %2")
                                     .arg(path, file.errorString())
                                     .toStdString());
    return result;
}

PrintResult DocumentPrinter::print(const PrintDocument& document, QPrinter& printer, const PrintProgress& progress)
{
    // The printer keeps the paper chosen in the dialog; only the orientation is the document's.
    printer.setPageOrientation(document.orientation);
    printer.setDocName(document.title);
    return paintDocument(document, printer, progress, printer.printerName().isEmpty() ? document.title : printer.printerName());
}

std::vector<int> DocumentPrinter::pageCounts(const PrintDocument& document, PaperSize paper)
{
    // Laid out exactly as writePdf lays it out, on a PDF writer that writes to memory.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpWriter(writer, document, paper);
    const PageFrame frame = pageFrame(writer);
    std::vector<int> counts;
    counts.reserve(document.parts.size());
    for (const PrintPart& part : document.parts)
        counts.push_back(layOutPart(part, writer, frame.body.size())->pageCount());
    return counts;
}

} // namespace tontine::ui
