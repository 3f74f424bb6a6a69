// The ledger profile: the books as a plain-text journal that ledger (3.x) and hledger read, so
// anyone can re-check the balances with an independent tool. docs/exports.md is the reference.
#include "core/exchange/export_builders.h"
#include "core/exchange/export_format.h"
#include "core/money/currency.h"

#include <algorithm>

namespace tontine::exportimpl {

namespace {

std::string kindRoot(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Asset: return "Assets";
    case AccountKind::Liability: return "Liabilities";
    case AccountKind::Equity: return "Equity";
    case AccountKind::Income: return "Income";
    case AccountKind::Expense: return "Expenses";
    }
    return "Assets";
}

// "Assets:cash", "Liabilities:savings:12". Codes are machine keys of [a-z0-9:-]; anything
// else is made '_' so that no code can end an account name early (two spaces, a tab) or turn
// a posting virtual (brackets, parentheses) or start a note (';').
std::string ledgerAccount(const Account& account)
{
    std::string out = kindRoot(account.kind) + ":";
    for (char c : account.code) {
        const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' ||
                          c == '-' || c == '_' || c == '.';
        out += safe ? c : '_';
    }
    return out;
}

// A memo made safe as a payee: one line, no ';' (hledger starts a comment at any ';', ledger
// after two spaces), no runs of spaces or tabs (ledger ends fields at two spaces), and no
// leading '*', '!' or '(' (they would be read as a cleared/pending mark or a code).
std::string ledgerPayee(std::string_view memo, EntrySeq seq)
{
    std::string out;
    for (char c : memo) {
        if (c == '\r' || c == '\n' || c == '\t')
            c = ' ';
        if (c == ';')
            c = ',';
        if (c == ' ' && (out.empty() || out.back() == ' '))
            continue;
        if (out.empty() && (c == '*' || c == '!' || c == '('))
            continue;
        out += c;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out.empty() ? "Entry " + exportfmt::integer(seq) : out;
}

// A comment line's text: one line, nothing else changed.
std::string oneLine(std::string_view text)
{
    std::string out;
    for (char c : text)
        out += (c == '\r' || c == '\n') ? ' ' : c;
    return out;
}

struct LedgerPosting {
    std::string account;
    std::int64_t amount;
};

} // namespace

ExportFile buildLedger(const ExportRequest& request, const ExportData& data)
{
    ExportFile file;
    const Currency& currency = data.settings.currency();
    const std::string commodity(currency.code);
    const auto entries = periodEntries(request, data);
    const auto chart = accountsByCode(data);
    file.problems = unknownAccounts(entries, chart);

    // ledger and hledger refuse a transaction that does not balance; say which one here
    // instead of writing a file they reject. (The ledger's own rules make this impossible.)
    std::int64_t openingSum = 0;
    for (const AccountBalance& b : data.openingBalances)
        openingSum += b.debitMinusCredit;
    if (openingSum != 0)
        file.problems.push_back(makeProblem("openingBalances", "export.unbalanced_opening",
                                            {exportfmt::amount(openingSum, currency.decimals, '.')},
                                            "The opening balances do not add up to zero (" +
                                                exportfmt::amount(openingSum, currency.decimals, '.') + " " +
                                                commodity + ")."));
    for (const Entry* e : entries) {
        std::int64_t sum = 0;
        for (const Posting& p : e->postings)
            sum += p.amount;
        if (sum != 0)
            file.problems.push_back(makeProblem(exportfmt::integer(e->seq), "export.unbalanced_entry",
                                                {exportfmt::integer(e->seq)},
                                                "Entry " + exportfmt::integer(e->seq) + " does not balance."));
    }
    if (!file.problems.empty())
        return file;

    const auto amountText = [&](std::int64_t minor) {
        return exportfmt::amount(minor, currency.decimals, '.') + " " + commodity;
    };
    std::string out;
    const auto transaction = [&](Date date, const std::string& payee, const std::vector<std::string>& notes,
                                 const std::vector<LedgerPosting>& postings) {
        out += exportfmt::isoDate(date) + " " + payee + "\n";
        for (const std::string& note : notes)
            out += "    ; " + note + "\n";
        for (const LedgerPosting& p : postings) {
            out += "    " + p.account + "  " + amountText(p.amount) + "\n";
            file.rows.push_back({exportfmt::isoDate(date), payee, p.account, amountText(p.amount)});
        }
        out += "\n";
    };

    out += "; " + oneLine(data.settings.name) + ": the books in ledger format (ledger 3, hledger)\n";
    out += "; period " + exportfmt::isoDate(request.from) + " to " + exportfmt::isoDate(request.to) +
           ", amounts in " + commodity + "\n\n";

    // The opening balances, sorted by account name so the file does not depend on the order
    // the book happened to list them in.
    std::vector<LedgerPosting> opening;
    for (const AccountBalance& b : data.openingBalances)
        if (b.debitMinusCredit != 0)
            opening.push_back({ledgerAccount(b.account), b.debitMinusCredit});
    std::sort(opening.begin(), opening.end(),
              [](const LedgerPosting& a, const LedgerPosting& b) { return a.account < b.account; });
    if (!opening.empty()) {
        const Date day = request.from.addDays(-1);
        transaction(day, "Opening balances", {"balances at the end of " + exportfmt::isoDate(day)}, opening);
    }

    for (const Entry* e : entries) {
        std::vector<std::string> notes{"seq:" + exportfmt::integer(e->seq)};
        if (e->reverses)
            notes.push_back("reverses:" + exportfmt::integer(*e->reverses));
        std::vector<LedgerPosting> postings;
        for (const Posting& p : e->postings)
            postings.push_back({ledgerAccount(*chart.at(p.accountCode)), p.amount});
        transaction(e->date, ledgerPayee(e->memo, e->seq), notes, postings);
    }
    file.header = {"date", "payee", "account", "amount"};
    file.bytes = std::move(out);
    return file;
}

} // namespace tontine::exportimpl
