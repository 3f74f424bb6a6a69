// Statements, the fund report and the collection sheet as text for the terminal: aligned
// tables, amounts in major units, codes as core names them (the printed documents use words).
#include "app/cli/cli_context.h"
#include "app/cli/loan_text.h"
#include "app/cli/report_output.h"
#include "app/cli/text_table.h"

namespace tontine::cli {

namespace {

std::string amountOrBlank(std::int64_t minor, const Currency& c) { return minor ? amountText(minor, c) : ""; }

std::string signedAmount(std::int64_t minor, const Currency& c)
{
    if (minor == 0)
        return "";
    return (minor > 0 ? "+" : "") + amountText(minor, c);
}

std::string turnText(const StatementRotation& r, const Currency& c)
{
    if (r.receivedRound)
        return "received round " + std::to_string(*r.receivedRound) + " on " + (r.receivedOn ? r.receivedOn->iso() : "?") + ", "
               + amountText(r.receivedAmount, c);
    if (r.expectedRound)
        return "expected round " + std::to_string(*r.expectedRound) + (r.expectedOn ? " about " + r.expectedOn->iso() : "");
    return "not known";
}

std::string balanceTable(const std::vector<FundBalanceLine>& lines, const FundMonthlyReport& r, const Currency& c)
{
    TextTable t({{"Account"},
                 {"On " + r.month.previous().last().iso(), TextTable::Align::Right},
                 {"On " + r.month.last().iso(), TextTable::Align::Right}});
    for (const FundBalanceLine& l : lines)
        t.addRow({l.name.empty() ? l.key : l.key + " " + l.name, amountText(l.opening, c), amountText(l.closing, c)});
    return t.render();
}

} // namespace

std::string statementText(const MemberStatement& s, const Currency& c)
{
    std::string text = "Statement of " + s.month.text() + " for member " + std::to_string(s.member.id) + " "
                       + s.member.fullName() + ". Amounts in " + std::string(c.code) + ".\n\n";
    FieldList f;
    f.add("Savings on " + s.month.previous().last().iso(), amountText(s.openingSavings, c));
    f.add("Savings on " + s.month.last().iso(), amountText(s.closingSavings, c));
    if (s.closingShares)
        f.add("Shares held", std::to_string(*s.closingShares));
    text += f.render();

    text += "\nMovements:\n";
    if (s.movements.empty()) {
        text += "  none\n";
    } else {
        TextTable t({{"Date"},
                     {"Entry", TextTable::Align::Right},
                     {"Meeting", TextTable::Align::Right},
                     {"Kind"},
                     {"In", TextTable::Align::Right},
                     {"Out", TextTable::Align::Right},
                     {"Savings", TextTable::Align::Right},
                     {"Memo"}});
        for (const MemberMovement& m : s.movements)
            t.addRow({m.date.iso(), std::to_string(m.seq), m.meeting ? std::to_string(*m.meeting) : "", m.kind,
                      amountOrBlank(m.cashIn, c), amountOrBlank(m.cashOut, c), signedAmount(m.savingsChange, c), m.memo});
        t.addRow({"Total", "", "", "", amountText(s.totalCashIn, c), amountText(s.totalCashOut, c), "", ""});
        text += t.render();
    }
    if (!s.rotations.empty()) {
        TextTable t({{"Rotation"},
                     {"Due", TextTable::Align::Right},
                     {"Paid", TextTable::Align::Right},
                     {"Arrears", TextTable::Align::Right},
                     {"Fines owed", TextTable::Align::Right},
                     {"Turn"}});
        for (const StatementRotation& r : s.rotations)
            t.addRow({std::to_string(r.rotation) + " " + r.name, amountText(r.dueInMonth, c), amountText(r.paidInMonth, c),
                      amountText(r.arrearsAtEnd, c), amountOrBlank(r.finesOwed, c), turnText(r, c)});
        text += "\nRotations:\n" + t.render();
    }
    if (!s.loans.empty()) {
        TextTable t({{"Loan", TextTable::Align::Right},
                     {"Status"},
                     {"Lent", TextTable::Align::Right},
                     {"Outstanding", TextTable::Align::Right},
                     {"Due", TextTable::Align::Right},
                     {"Paid", TextTable::Align::Right},
                     {"Overdue", TextTable::Align::Right},
                     {"Days late", TextTable::Align::Right},
                     {"Next instalment"}});
        for (const StatementLoan& l : s.loans)
            t.addRow({std::to_string(l.loan), l.status, amountText(l.principal, c), amountText(l.principalOutstanding, c),
                      amountOrBlank(l.dueInMonth, c), amountOrBlank(l.paidInMonth, c), amountOrBlank(l.overdueAtEnd, c),
                      l.daysLate ? std::to_string(l.daysLate) : "",
                      l.nextDueOn ? amountText(l.nextDueAmount, c) + " on " + l.nextDueOn->iso() : ""});
        text += "\nLoans:\n" + t.render();
    }
    if (!s.guarantees.empty()) {
        TextTable t({{"Loan", TextTable::Align::Right}, {"Borrower"}, {"Pledge", TextTable::Align::Right},
                     {"Held", TextTable::Align::Right}});
        for (const StatementGuarantee& g : s.guarantees)
            t.addRow({std::to_string(g.loan), std::to_string(g.borrower) + " " + g.borrowerName, amountText(g.pledge, c),
                      amountText(g.held, c)});
        text += "\nGuarantees given:\n" + t.render();
    }
    if (!s.grants.empty()) {
        TextTable t({{"Date"}, {"Kind"}, {"Amount", TextTable::Align::Right}});
        for (const StatementGrant& g : s.grants)
            t.addRow({g.date.iso(), g.kind, amountText(g.amount, c)});
        text += "\nSocial fund:\n" + t.render();
    }
    if (!s.duesOwed.empty()) {
        TextTable t({{"Since"}, {"Kind"}, {"Owed", TextTable::Align::Right}});
        for (const StatementDue& d : s.duesOwed)
            t.addRow({d.dueOn.iso(), d.kind, amountText(d.outstanding, c)});
        text += "\nDues owed:\n" + t.render();
    }
    text += "\nTotal owed on " + s.month.last().iso() + ": " + amountText(s.totalOwed, c) + "\n";
    text += "Chain head on " + s.month.last().iso() + ": " + s.chainHead.shortText() + "\n";
    return text;
}

std::string fundReportText(const FundMonthlyReport& r, const Currency& c)
{
    std::string text = "Fund report of " + r.month.text() + " for " + r.fundName + ". Amounts in " + std::string(c.code)
                       + ". Meetings held: " + std::to_string(r.meetingsHeld) + ".\n";
    text += "\nCash and bank:\n";
    text += r.cashAndBank.empty() ? "  none\n" : balanceTable(r.cashAndBank, r, c);
    text += "\nMoney in and out:\n";
    if (r.flows.empty()) {
        text += "  none\n";
    } else {
        TextTable t({{"Kind"}, {"Entries", TextTable::Align::Right}, {"In", TextTable::Align::Right},
                     {"Out", TextTable::Align::Right}});
        for (const FlowLine& l : r.flows)
            t.addRow({l.kind, std::to_string(l.entries), amountOrBlank(l.cashIn, c), amountOrBlank(l.cashOut, c)});
        t.addRow({"Total", "", amountText(r.totalIn, c), amountText(r.totalOut, c)});
        text += t.render();
    }
    text += "\nFunds:\n" + balanceTable(r.funds, r, c);
    const Portfolio& p = r.portfolio;
    FieldList f;
    f.add("Loans outstanding", std::to_string(p.loans));
    f.add("Principal outstanding", amountText(p.outstanding, c));
    f.add("At risk over 30 days", amountText(p.atRisk30, c));
    f.add("PAR30", percentText2(p.par30BasisPoints));
    text += "\nLoan portfolio on " + r.month.last().iso() + ":\n" + f.render();
    text += "\nMembers in arrears on " + r.month.last().iso() + ":\n";
    if (r.arrears.empty()) {
        text += "  none\n";
    } else {
        TextTable t({{"Member", TextTable::Align::Right}, {"Name"}, {"What"}, {"Amount", TextTable::Align::Right},
                     {"Days late", TextTable::Align::Right}});
        for (const ArrearsLine& a : r.arrears)
            t.addRow({std::to_string(a.member), a.memberName, a.whatName.empty() ? a.what : a.what + " " + a.whatName,
                      amountText(a.amount, c), std::to_string(a.daysLate)});
        text += t.render();
    }
    if (!r.rotations.empty()) {
        TextTable t({{"Rotation"}, {"Status"}, {"Paid out", TextTable::Align::Right}, {"Arrears", TextTable::Align::Right},
                     {"Next"}});
        for (const RotationStatusLine& l : r.rotations) {
            std::string next;
            if (l.nextRound)
                next = "round " + std::to_string(*l.nextRound) + (l.nextDate ? " on " + l.nextDate->iso() : "")
                       + (l.nextBeneficiaries.empty() ? "" : " to " + l.nextBeneficiaries);
            t.addRow({std::to_string(l.rotation) + " " + l.name, l.status,
                      std::to_string(l.roundsPaidOut) + " of " + std::to_string(l.rounds), amountText(l.arrears, c), next});
        }
        text += "\nRotations:\n" + t.render();
    }
    if (!r.premiums.empty()) {
        TextTable t({{"Partner mutual"}, {"Held at start", TextTable::Align::Right}, {"Collected", TextTable::Align::Right},
                     {"Remitted", TextTable::Align::Right}, {"Held at end", TextTable::Align::Right}});
        for (const PremiumsLine& l : r.premiums)
            t.addRow({std::to_string(l.partner) + " " + l.name, amountText(l.heldOpening, c), amountOrBlank(l.collected, c),
                      amountOrBlank(l.remitted, c), amountText(l.heldClosing, c)});
        text += "\nHealth insurance premiums:\n" + t.render();
    }
    text += "\nChain head on " + r.month.last().iso() + ": " + r.chainHead.shortText() + "\n";
    return text;
}

std::string collectionSheetText(const CollectionSheet& s, const Currency& c)
{
    std::string text = "Collection sheet for the meeting of " + s.meetingDate.iso() + ". Amounts in " + std::string(c.code)
                       + ".\n\n";
    std::vector<TextTable::Column> columns = {{"Member", TextTable::Align::Right}, {"Name"}};
    for (const SheetColumn& col : s.columns)
        columns.push_back({col.name.empty() ? col.key : col.name, TextTable::Align::Right});
    columns.push_back({"Total", TextTable::Align::Right});
    TextTable t(columns);
    for (const SheetRow& r : s.rows) {
        std::vector<std::string> cells = {std::to_string(r.member.id), r.member.fullName()};
        for (std::int64_t owed : r.owed)
            cells.push_back(amountOrBlank(owed, c));
        cells.push_back(amountText(r.total, c));
        t.addRow(cells);
    }
    std::vector<std::string> totals = {"", "Total"};
    for (std::int64_t v : s.columnTotals)
        totals.push_back(amountText(v, c));
    totals.push_back(amountText(s.total, c));
    t.addRow(totals);
    text += t.render();
    text += "\nChain head: " + s.chainHead.shortText() + "\n";
    return text;
}

} // namespace tontine::cli
