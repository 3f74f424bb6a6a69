// The journal profile: every posting of the period's money entries, one CSV row each, for the
// group's own spreadsheets. docs/exports.md is the reference.
#include "core/exchange/export_builders.h"
#include "core/exchange/export_format.h"
#include "core/money/currency.h"

#include <algorithm>
#include <set>

namespace tontine::exportimpl {

std::vector<const Entry*> periodEntries(const ExportRequest& request, const ExportData& data)
{
    std::vector<const Entry*> out;
    for (const Entry& e : data.entries)
        if (e.kind == EntryKind::Transaction && e.date >= request.from && e.date <= request.to)
            out.push_back(&e);
    std::sort(out.begin(), out.end(), [](const Entry* a, const Entry* b) { return a->seq < b->seq; });
    return out;
}

std::map<std::string, const Account*> accountsByCode(const ExportData& data)
{
    std::map<std::string, const Account*> chart;
    for (const Account& a : data.accounts)
        chart[a.code] = &a;
    return chart;
}

Problems unknownAccounts(const std::vector<const Entry*>& entries, const std::map<std::string, const Account*>& chart)
{
    Problems problems;
    std::set<std::string> reported;
    for (const Entry* e : entries)
        for (const Posting& p : e->postings)
            if (!chart.count(p.accountCode) && reported.insert(p.accountCode).second)
                problems.push_back(makeProblem(p.accountCode, "export.unknown_account",
                                               {p.accountCode, exportfmt::integer(e->seq)},
                                               "Entry " + exportfmt::integer(e->seq) + " posts to account \"" +
                                                   p.accountCode + "\", which is not in the chart of accounts."));
    return problems;
}

ExportFile buildJournal(const ExportRequest& request, const ExportData& data)
{
    ExportFile file;
    const Currency& currency = data.settings.currency();
    const auto entries = periodEntries(request, data);
    const auto chart = accountsByCode(data);
    file.problems = unknownAccounts(entries, chart);
    if (!file.problems.empty())
        return file;

    CsvBuilder csv(CsvWriteOptions{',', false, "\r\n", true});
    csv.header({"seq", "date", "memo", "operator", "account_code", "account_name", "debit", "credit", "reverses"});
    for (const Entry* e : entries) {
        for (const Posting& p : e->postings) {
            // Debit-positive amounts split into two never-negative columns, as a paper journal
            // has them; a zero posting shows as a zero debit.
            std::string amount = exportfmt::amount(p.amount, currency.decimals, '.');
            if (amount.front() == '-')
                amount.erase(0, 1);
            csv.row({csv.number(exportfmt::integer(e->seq)), csv.text(exportfmt::isoDate(e->date)), csv.text(e->memo),
                     csv.text(e->operatorName), csv.text(p.accountCode), csv.text(chart.at(p.accountCode)->name),
                     csv.number(p.amount >= 0 ? amount : std::string()),
                     csv.number(p.amount < 0 ? amount : std::string()),
                     csv.number(e->reverses ? exportfmt::integer(*e->reverses) : std::string())});
        }
    }
    csv.finish(file);
    return file;
}

} // namespace tontine::exportimpl
