#include "ui/widgets/document_output_box.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <stdexcept>

namespace tontine::ui {

namespace {

QPageSize pageSize(PaperSize paper)
{
    return QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

// Reports each phase's (done, total) on one progress dialog; false once Cancel is pressed.
PrintProgress reporter(QProgressDialog& progress, const QString& phase)
{
    return [&progress, phase](int done, int total) {
        progress.setLabelText(phase.arg(done).arg(total));
        progress.setMaximum(std::max(total, 1));
        progress.setValue(std::min(done, std::max(total, 1)));
        return !progress.wasCanceled();
    };
}

// A modal progress dialog: it appears only when the work lasts, and setValue lets Cancel work.
void setUpProgress(QProgressDialog& progress)
{
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
}

} // namespace

PaperSize defaultPaperSize(const QLocale& locale)
{
    // Letter in the Americas' Letter countries the fund's users live in (and the US, Canada);
    // A4 everywhere else, West and Central Africa, Rwanda and Peru included.
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::DominicanRepublic:
    case QLocale::Philippines:
        return PaperSize::Letter;
    default:
        return PaperSize::A4;
    }
}

DocumentOutputBox::DocumentOutputBox(Build build, QString suggestedFileName, QWidget* parent)
    : QWidget(parent), m_build(std::move(build)), m_fileName(std::move(suggestedFileName))
{
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paperSize"));
    m_paper->addItem(tr("A4"), int(PaperSize::A4));
    m_paper->addItem(tr("US Letter"), int(PaperSize::Letter));
    // The paper chosen last time, else the one of the computer's country.
    const QVariant saved = QSettings().value(QStringLiteral("print/paper"));
    setPaperSize(saved.isValid() ? PaperSize(saved.toInt()) : defaultPaperSize(QLocale()));
    connect(m_paper, &QComboBox::activated, this,
            [this] { QSettings().setValue(QStringLiteral("print/paper"), int(paperSize())); });
    auto* paperLabel = new QLabel(tr("P&aper:"), this);
    paperLabel->setBuddy(m_paper);

    auto* previewButton = new QPushButton(tr("Pre&view…"), this);
    previewButton->setObjectName(QStringLiteral("preview"));
    connect(previewButton, &QPushButton::clicked, this, &DocumentOutputBox::preview);
    auto* printButton = new QPushButton(tr("&Print…"), this);
    printButton->setObjectName(QStringLiteral("print"));
    connect(printButton, &QPushButton::clicked, this, &DocumentOutputBox::print);
    auto* pdfButton = new QPushButton(tr("Save as P&DF…"), this);
    pdfButton->setObjectName(QStringLiteral("savePdf"));
    connect(pdfButton, &QPushButton::clicked, this, &DocumentOutputBox::saveAsPdf);
    previewButton->setDefault(true);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("outputStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(paperLabel);
    row->addWidget(m_paper);
    row->addStretch(1);
    row->addWidget(previewButton);
    row->addWidget(printButton);
    row->addWidget(pdfButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
}

PaperSize DocumentOutputBox::paperSize() const
{
    return PaperSize(m_paper->currentData().toInt());
}

void DocumentOutputBox::setPaperSize(PaperSize paper)
{
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(paper))));
}

QString DocumentOutputBox::statusText() const
{
    return m_status->text();
}

std::optional<PrintDocument> DocumentOutputBox::buildWithProgress(QProgressDialog& progress)
{
    try {
        std::optional<PrintDocument> document = m_build(reporter(progress, tr("Preparing %1 of %2…")));
        if (!document)
            m_status->setText(tr("Cancelled."));
        return document;
    } catch (const std::exception& e) {
        // The book refused (a month before the fund began, a date it cannot use): say so, keep the dialog.
        m_status->setText(tr("The document could not be made: %1").arg(QString::fromUtf8(e.what())));
        return std::nullopt;
    }
}

void DocumentOutputBox::setUpPrinter(QPrinter& printer, const PrintDocument& document) const
{
    printer.setPageSize(pageSize(paperSize()));
    printer.setPageOrientation(document.orientation);
    printer.setDocName(document.title);
    printer.setCreator(QStringLiteral("Tontine"));
}

bool DocumentOutputBox::savePdf(const QString& path)
{
    QProgressDialog progress(tr("Preparing the document…"), tr("Cancel"), 0, 1, this);
    setUpProgress(progress);
    std::optional<PrintDocument> document = buildWithProgress(progress);
    if (!document)
        return false;
    try {
        const PrintResult result = DocumentPrinter::writePdf(*document, path, paperSize(),
                                                             reporter(progress, tr("Painting part %1 of %2…")));
        if (result.cancelled) {
            m_status->setText(tr("Cancelled."));
            return false;
        }
        m_status->setText(tr("%n page(s) saved to %1", nullptr, result.pages).arg(QDir::toNativeSeparators(path)));
        return true;
    } catch (const std::exception& e) {
        m_status->setText(tr("The PDF was not saved: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
}

void DocumentOutputBox::saveAsPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), QDir::home().filePath(m_fileName),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!savePdf(path) && m_status->text() != tr("Cancelled."))
        QMessageBox::warning(this, tr("Save as PDF"), m_status->text());
}

std::optional<PrintDocument> DocumentOutputBox::prepare()
{
    QProgressDialog progress(tr("Preparing the document…"), tr("Cancel"), 0, 1, this);
    setUpProgress(progress);
    return buildWithProgress(progress);
}

void DocumentOutputBox::preview()
{
    const std::optional<PrintDocument> document = prepare();
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, *document);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Preview — %1").arg(document->title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter* target) { DocumentPrinter::print(*document, *target); });
    dialog.resize(900, 700);
    dialog.exec();
    m_status->clear();
}

void DocumentOutputBox::print()
{
    const std::optional<PrintDocument> document = prepare();
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, *document);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print — %1").arg(document->title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QProgressDialog painting(tr("Printing…"), tr("Cancel"), 0, 1, this);
    setUpProgress(painting);
    const PrintResult result = DocumentPrinter::print(*document, printer, reporter(painting, tr("Printing part %1 of %2…")));
    m_status->setText(result.cancelled ? tr("Cancelled.") : tr("%n page(s) sent to the printer.", nullptr, result.pages));
}

} // namespace tontine::ui
