#pragma once
// The fund's monthly report as plain data: cash and bank, money in and out by kind, every
// fund's balance, the loan portfolio, members in arrears, rotations, the chain head, and the
// series its charts draw. It decides nothing and formats nothing.

#include "core/book/book.h"
#include "core/report/dashboard_data.h"
#include "core/report/month.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tontine {

// Money in and out of the cash box, bank and mobile money in the month, by entry kind.
struct FlowLine {
    std::string kind;            // entry action: "rotation-contribution", "loan-repayment", …
    int entries = 0;
    std::int64_t cashIn = 0;
    std::int64_t cashOut = 0;
};

// A fund (or group of accounts) at the start and end of the month, as people read it
// (AccountBalance::natural).
struct FundBalanceLine {
    std::string key;             // "cash", "bank", "savings", "loans", "social", "social:loans",
                                 // "premiums", "rotation:<id>", "income", "expenses", …
    std::string name;            // the rotation's name for "rotation:<id>", else empty (the UI names it)
    std::int64_t opening = 0;
    std::int64_t closing = 0;
};

// A member behind on something at the month's end.
struct ArrearsLine {
    MemberId member = 0;
    std::string memberName;
    std::string what;            // "rotation:<id>", "loan:<id>", "social", "fine", "social-loan"
    std::string whatName;        // the rotation's name for "rotation:<id>", else empty
    std::int64_t amount = 0;
    int daysLate = 0;            // loans: days late of the oldest unpaid instalment; else days since due
};

struct RotationStatusLine {
    RotationId rotation = 0;
    std::string name;
    std::string status;          // "collecting", "finished", …, as the rotation reports it
    int rounds = 0;
    int roundsPaidOut = 0;
    std::int64_t arrears = 0;    // Σ members' arrears at the month's end
    std::optional<int> nextRound;
    std::optional<Date> nextDate;
    std::string nextBeneficiaries; // names, comma-separated, when known
};

// Premiums held for one partner mutual: at the start of the month, what members paid and what
// was passed on to the mutual in it, and what is still held at its end (not yet remitted).
struct PremiumsLine {
    PartnerId partner = 0;
    std::string name;
    std::int64_t heldOpening = 0;
    std::int64_t collected = 0;
    std::int64_t remitted = 0;
    std::int64_t heldClosing = 0;
};

struct FundMonthlyReport {
    std::string fundName;
    std::string currencyCode;
    std::string language;
    Month month;
    int meetingsHeld = 0;        // meetings dated in the month
    std::vector<FundBalanceLine> cashAndBank;   // "cash", "bank", "mobile" (those with any money)
    std::vector<FlowLine> flows;
    std::int64_t totalIn = 0;
    std::int64_t totalOut = 0;
    std::vector<FundBalanceLine> funds;         // rotation pots, savings, loans, social, premiums, income, expenses
    Portfolio portfolio;                        // on the month's last day
    std::vector<ArrearsLine> arrears;           // by member number, then what
    std::vector<RotationStatusLine> rotations;
    std::vector<PremiumsLine> premiums;         // every partner with premiums held or moved up to the month's end
    DashboardData charts;                       // from 11 months before the month to its end
    ChainHead chainHead;                        // Book::chainHeadOn(month.last())
};

FundMonthlyReport buildFundReport(const Book& book, Month month);

} // namespace tontine
