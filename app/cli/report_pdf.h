#pragma once
// The CLI's door to PDF: renders statements, the fund report, the collection sheet and the
// meeting summary through ui/print when tontine-cli is built with the GUI (TONTINE_CLI_PDF),
// with no display needed. Qt-free header: the verbs compile the same in builds without it.

#include "app/cli/arg_parser.h"
#include "core/report/collection_sheet.h"
#include "core/report/fund_report.h"
#include "core/report/member_statement.h"

#include <string>
#include <vector>

namespace tontine::cli {

enum class Paper { A4, Letter };

// What --pdf, --paper and --json ask of a report verb, checked before any work is done:
// --pdf in a build without PDF, --paper without --pdf, --pdf with --json, or an unknown paper
// are UsageErrors (exit 2).
struct PdfOutput {
    std::string path;    // empty: no PDF asked for
    Paper paper = Paper::A4;
    bool wanted() const { return !path.empty(); }
};
PdfOutput pdfOutput(const ParsedArgs& args, const std::string& verb);

// Each writes the whole file or nothing and returns the pages written; a file that cannot be
// written is a ValidationError on "--pdf" (exit 1).
int writeStatementsPdf(const std::vector<MemberStatement>& statements, const FundSettings& settings, const PdfOutput& out);
int writeFundReportPdf(const FundMonthlyReport& report, const FundSettings& settings, const PdfOutput& out);
int writeCollectionSheetPdf(const CollectionSheet& sheet, const FundSettings& settings, const PdfOutput& out);
int writeMeetingSummaryPdf(const MeetingSummary& summary, const std::vector<Member>& members, const FundSettings& settings,
                           const ChainHead& head, const PdfOutput& out);

} // namespace tontine::cli
