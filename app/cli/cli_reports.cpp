// The report verbs: members' monthly statements, the fund's monthly report and the paper
// collection sheet for a meeting, as text, JSON or PDF. The figures come from core/report;
// the PDF from ui/print (report_pdf.h) in builds with the GUI.
#include "app/cli/cli_context.h"
#include "app/cli/json_writer.h"
#include "app/cli/report_output.h"
#include "app/cli/report_pdf.h"
#include "app/cli/verb.h"
#include "core/error/errors.h"

#include <limits>
#include <ostream>

namespace tontine::cli {

namespace {

const char* PdfHelp = "  --pdf FILE     write the document as a PDF file (whole or not at all)\n"
                      "  --paper P      a4 (default) or letter, with --pdf\n";

Month monthOption(const ParsedArgs& args)
{
    const std::string text = args.valueOr("month", "");
    const auto month = Month::parse(text);
    if (!month)
        throw ValidationError("month", "month.invalid", "not a month (YYYY-MM expected): '" + text + "'", {text});
    return *month;
}

void reportWritten(CliContext& cx, const std::string& what, int pages, const PdfOutput& pdf)
{
    cx.out() << "Wrote " << what << " (" << pages << (pages == 1 ? " page" : " pages") << ") to " << pdf.path << ".\n";
}

int runStatement(CliContext& cx, const ParsedArgs& args)
{
    const PdfOutput pdf = pdfOutput(args, "statement");
    const Month month = monthOption(args);
    auto book = cx.openBook("statement", false);
    const FundSettings settings = book->settings();
    std::optional<MemberId> only;
    if (auto m = args.value("member")) {
        only = CliContext::parseCount(*m, "member", 1, std::numeric_limits<std::int64_t>::max());
        if (!book->member(*only))
            throw ValidationError("member", "member.unknown", "no member number " + *m, {*m});
    }
    const StatementBuilder builder(*book, month);
    const std::vector<MemberStatement> statements =
        only ? std::vector<MemberStatement>{builder.build(*only)} : builder.buildAll();
    if (pdf.wanted()) {
        if (statements.empty()) // a PDF of no page would only puzzle
            throw ValidationError("month", "statement.none",
                                  "no member was a member in " + month.text() + "; nothing written", {month.text()});
        const int pages = writeStatementsPdf(statements, settings, pdf);
        reportWritten(cx, std::to_string(statements.size()) + (statements.size() == 1 ? " statement" : " statements"), pages, pdf);
        return 0;
    }
    if (args.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("fund", settings.name);
        j.field("currency", settings.currencyCode);
        j.field("month", month.text());
        j.key("statements").beginArray();
        for (const MemberStatement& s : statements)
            statementJson(j, s);
        j.endArray();
        j.endObject();
        cx.out() << j.str();
        return 0;
    }
    if (statements.empty())
        cx.out() << "No member was a member in " << month.text() << ".\n";
    for (std::size_t i = 0; i < statements.size(); ++i)
        cx.out() << (i ? "\n" : "") << statementText(statements[i], settings.currency());
    return 0;
}

int runReport(CliContext& cx, const ParsedArgs& args)
{
    const PdfOutput pdf = pdfOutput(args, "report");
    const Month month = monthOption(args);
    auto book = cx.openBook("report", false);
    const FundSettings settings = book->settings();
    const FundMonthlyReport report = buildFundReport(*book, month);
    if (pdf.wanted()) {
        reportWritten(cx, "the fund report of " + month.text(), writeFundReportPdf(report, settings, pdf), pdf);
        return 0;
    }
    if (args.flag("json")) {
        JsonWriter j;
        fundReportJson(j, report);
        cx.out() << j.str();
        return 0;
    }
    cx.out() << fundReportText(report, settings.currency());
    return 0;
}

int runSheet(CliContext& cx, const ParsedArgs& args)
{
    const PdfOutput pdf = pdfOutput(args, "sheet");
    auto book = cx.openBook("sheet", false);
    const FundSettings settings = book->settings();
    const Date date = args.has("date") ? CliContext::parseDate(*args.value("date"), "date")
                                       : book->nextMeetingDate(cx.clock().today());
    const CollectionSheet sheet = buildCollectionSheet(*book, date);
    if (pdf.wanted()) {
        reportWritten(cx, "the collection sheet of " + date.iso(), writeCollectionSheetPdf(sheet, settings, pdf), pdf);
        return 0;
    }
    if (args.flag("json")) {
        JsonWriter j;
        collectionSheetJson(j, sheet);
        cx.out() << j.str();
        return 0;
    }
    cx.out() << collectionSheetText(sheet, settings.currency());
    return 0;
}

} // namespace

std::vector<Verb> reportVerbs()
{
    Verb statement;
    statement.name = "statement";
    statement.summary = "Members' monthly statements (one member or all), as text, JSON or PDF.";
    statement.usage = "--month YYYY-MM [--member M] [--pdf FILE [--paper a4|letter]]";
    statement.details = std::string("  --month M      the month (YYYY-MM)\n"
                                    "  --member M     one member's statement (default: every member of the month,\n"
                                    "                 in member-number order; in a PDF each starts on its own page)\n")
                        + PdfHelp
                        + "  Each statement gives the savings at the start and end of the month, every\n"
                          "  movement, rotations (due, paid, arrears, turn), loans, guarantees given, social\n"
                          "  fund grants, fines and dues owed, the total owed, and the chain head at the\n"
                          "  month's end for the member to compare with later statements.\n";
    statement.spec.valueOptions = {"month", "member", "pdf", "paper"};
    statement.spec.required = {"month"};
    statement.json = true;
    statement.run = runStatement;

    Verb report;
    report.name = "report";
    report.summary = "The fund's monthly report (cash, flows, funds, loans, arrears, rotations).";
    report.usage = "--month YYYY-MM [--pdf FILE [--paper a4|letter]]";
    report.details = std::string("  --month M      the month (YYYY-MM)\n") + PdfHelp
                     + "  Cash and bank at the start and end, money in and out by kind, every fund's\n"
                       "  balance, the loan portfolio with arrears ageing and PAR30, members in arrears,\n"
                       "  rotations, and the chain head; the PDF adds the dashboard's charts and --json\n"
                       "  their series (from 11 months before the month to its end).\n";
    report.spec.valueOptions = {"month", "pdf", "paper"};
    report.spec.required = {"month"};
    report.json = true;
    report.run = runReport;

    Verb sheet;
    sheet.name = "sheet";
    sheet.summary = "The paper collection sheet for a meeting: what each member owes that day.";
    sheet.usage = "[--date YYYY-MM-DD] [--pdf FILE [--paper a4|letter]]";
    sheet.details = std::string("  --date D       the meeting's date (default: the next meeting, the last one's\n"
                                "                 date plus the fund's frequency; today when none was held)\n")
                    + PdfHelp
                    + "  Every active member with what they owe on that date (rotation dues and fines,\n"
                      "  social contributions, fines, loan instalments, social loans), arrears\n"
                      "  included. The PDF, in landscape, adds blank boxes to write what was paid and\n"
                      "  sign, so a meeting can be held on paper and typed in later.\n";
    sheet.spec.valueOptions = {"date", "pdf", "paper"};
    sheet.json = true;
    sheet.run = runSheet;
    return {statement, report, sheet};
}

} // namespace tontine::cli
