#include "app/cli/report_pdf.h"

#include "app/cli/usage_error.h"
#include "core/error/errors.h"

#ifdef TONTINE_CLI_PDF
#include "ui/print/document_printer.h"
#include "ui/print/report_documents.h"

#include <QApplication>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#endif

namespace tontine::cli {

PdfOutput pdfOutput(const ParsedArgs& args, const std::string& verb)
{
    PdfOutput out;
    const auto path = args.value("pdf");
    const auto paper = args.value("paper");
    if (!path) {
        if (paper)
            throw UsageError("--paper only goes with --pdf", verb);
        return out;
    }
#ifndef TONTINE_CLI_PDF
    throw UsageError("this build of tontine-cli has no PDF output (it was built without the GUI); use --json or the "
                     "text output",
                     verb);
#endif
    if (path->empty())
        throw UsageError("--pdf needs a file name", verb);
    if (args.flag("json"))
        throw UsageError("--pdf and --json cannot be used together", verb);
    if (paper && *paper != "a4" && *paper != "letter")
        throw UsageError("--paper must be a4 or letter, not '" + *paper + "'", verb);
    out.path = *path;
    out.paper = paper && *paper == "letter" ? Paper::Letter : Paper::A4;
    return out;
}

#ifdef TONTINE_CLI_PDF

namespace {

// Qt's chatter about the platform (no runtime folder, no display) is noise in a command's
// output and would break scripts reading stderr; real failures still reach stderr.
void quietQtMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "tontine-cli: %s\n", message.toLocal8Bit().constData());
}

// Qt needs an application object to lay out text and draw charts; the CLI makes one only
// for the time it renders a PDF, on the offscreen platform unless the caller chose another,
// so it runs on a server with no display. Destroyed before main returns: a QApplication
// left to static destruction outlives parts of Qt and crashes at exit.
class QtSession {
public:
    QtSession()
    {
        if (QCoreApplication::instance())
            return;
        if (!std::getenv("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietQtMessages);
        m_app = std::make_unique<QApplication>(m_argc, m_argv);
    }

private:
    int m_argc = 1;
    char m_name[12] = "tontine-cli";
    char* m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QApplication> m_app;
};

int write(const ui::PrintDocument& document, const PdfOutput& out)
{
    try {
        return ui::DocumentPrinter::writePdf(document, QString::fromStdString(out.path),
                                             out.paper == Paper::Letter ? ui::PaperSize::Letter : ui::PaperSize::A4)
            .pages;
    } catch (const std::runtime_error& e) {
        throw ValidationError("pdf", "pdf.unwritable", e.what(), {out.path});
    }
}

} // namespace

int writeStatementsPdf(const std::vector<MemberStatement>& statements, const FundSettings& settings, const PdfOutput& out)
{
    const QtSession qt;
    return write(ui::statementsDocument(statements, settings), out);
}

int writeFundReportPdf(const FundMonthlyReport& report, const FundSettings& settings, const PdfOutput& out)
{
    const QtSession qt;
    return write(ui::fundReportDocument(report, settings), out);
}

int writeCollectionSheetPdf(const CollectionSheet& sheet, const FundSettings& settings, const PdfOutput& out)
{
    const QtSession qt;
    return write(ui::collectionSheetDocument(sheet, settings), out);
}

int writeMeetingSummaryPdf(const MeetingSummary& summary, const std::vector<Member>& members, const FundSettings& settings,
                           const ChainHead& head, const PdfOutput& out)
{
    const QtSession qt;
    return write(ui::meetingSummaryDocument(summary, members, settings, head), out);
}

#else

// Never reached: pdfOutput refuses --pdf in this build before any verb gets here.
int writeStatementsPdf(const std::vector<MemberStatement>&, const FundSettings&, const PdfOutput&) { return 0; }
int writeFundReportPdf(const FundMonthlyReport&, const FundSettings&, const PdfOutput&) { return 0; }
int writeCollectionSheetPdf(const CollectionSheet&, const FundSettings&, const PdfOutput&) { return 0; }
int writeMeetingSummaryPdf(const MeetingSummary&, const std::vector<Member>&, const FundSettings&, const ChainHead&,
                           const PdfOutput&)
{
    return 0;
}

#endif

} // namespace tontine::cli
