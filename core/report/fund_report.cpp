// buildFundReport: the month's report put together from the report parts (balances, flows,
// arrears, rotations) and the book's history queries. The start of the month is the end of
// the month before it.
#include "core/report/fund_report.h"

#include "core/money/money.h"
#include "core/report/report_parts.h"

#include <algorithm>

namespace tontine {

namespace {

int meetingsIn(const Book& book, Month month)
{
    const std::vector<Meeting> meetings = book.meetings();
    return static_cast<int>(
        std::count_if(meetings.begin(), meetings.end(), [&](const Meeting& m) { return month.contains(m.date); }));
}

// Held at both ends of the month from Book::premiumsHeld; what moved in the month is the
// difference of the running totals, so a payment reversed within the month nets out.
std::vector<PremiumsLine> premiumsLines(const Book& book, Month month)
{
    const std::vector<PremiumsHeld> before = book.premiumsHeld(month.previous().last());
    const std::vector<PremiumsHeld> after = book.premiumsHeld(month.last());
    const auto of = [](const std::vector<PremiumsHeld>& all, PartnerId partner) {
        const auto it = std::find_if(all.begin(), all.end(), [&](const PremiumsHeld& h) { return h.partner == partner; });
        return it == all.end() ? PremiumsHeld{partner, 0, 0} : *it;
    };
    std::vector<PremiumsLine> lines;
    for (const Partner& partner : book.partners()) {
        const PremiumsHeld start = of(before, partner.id);
        const PremiumsHeld end = of(after, partner.id);
        PremiumsLine line{partner.id, partner.name, start.held(), checkedSub(end.collected, start.collected),
                          checkedSub(end.remitted, start.remitted), end.held()};
        if (line.heldOpening != 0 || line.heldClosing != 0 || line.collected != 0 || line.remitted != 0)
            lines.push_back(line);
    }
    return lines;
}

} // namespace

FundMonthlyReport buildFundReport(const Book& book, Month month)
{
    const Date end = month.last();
    FundMonthlyReport r;
    report::setFundHeader(r, book.settings());
    r.month = month;
    r.meetingsHeld = meetingsIn(book, month);

    const std::vector<AccountBalance> opening = book.balancesOn(month.previous().last());
    const std::vector<AccountBalance> closing = book.balancesOn(end);
    r.cashAndBank = report::cashAndBankLines(opening, closing);
    r.funds = report::fundBalanceLines(book, opening, closing);

    r.flows = report::flowLines(book.transactionsBetween(month.first(), end));
    for (const FlowLine& f : r.flows) {
        r.totalIn = checkedAdd(r.totalIn, f.cashIn);
        r.totalOut = checkedAdd(r.totalOut, f.cashOut);
    }

    r.portfolio = book.portfolio(end);
    const auto names = report::memberNames(book);
    const std::vector<RotationState> rotations = report::rotationsAsOf(book, end);
    r.arrears = report::arrearsLines(book, rotations, end, names);
    r.rotations = report::rotationStatus(rotations, end, names);
    r.premiums = premiumsLines(book, month);

    Month chartsStart = month;
    for (int i = 0; i < 11; ++i)
        chartsStart = chartsStart.previous();
    r.charts = buildDashboard(book, chartsStart.first(), end);
    r.chainHead = book.chainHeadOn(end);
    return r;
}

} // namespace tontine
