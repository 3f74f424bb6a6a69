#include "core/loans/loan.h"

#include "core/loans/loan_support.h"
#include "core/money/money.h"
#include "core/text/canonical_text.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <utility>

namespace tontine {

using loans::addProblem;

namespace {

constexpr std::array<std::pair<LoanStatus, std::string_view>, 7> kStatuses{{
    {LoanStatus::Requested, "requested"},
    {LoanStatus::Approved, "approved"},
    {LoanStatus::Active, "active"},
    {LoanStatus::Repaid, "repaid"},
    {LoanStatus::Defaulted, "defaulted"},
    {LoanStatus::Closed, "closed"},
    {LoanStatus::Cancelled, "cancelled"},
}};

constexpr std::array<std::pair<GuaranteeStatus, std::string_view>, 3> kGuaranteeStatuses{{
    {GuaranteeStatus::Open, "open"},
    {GuaranteeStatus::Released, "released"},
    {GuaranteeStatus::Called, "called"},
}};

constexpr std::size_t kMaxTextLength = 100;

std::string dateOrEmpty(const std::optional<Date>& date)
{
    return date ? date->iso() : std::string();
}

std::string idOrEmpty(const std::optional<std::int64_t>& id)
{
    return id ? std::to_string(*id) : std::string();
}

} // namespace

std::string loanStatusCode(LoanStatus status)
{
    for (const auto& [s, code] : kStatuses)
        if (s == status)
            return std::string(code);
    return "";
}

std::optional<LoanStatus> parseLoanStatus(std::string_view code)
{
    for (const auto& [s, c] : kStatuses)
        if (c == code)
            return s;
    return std::nullopt;
}

std::string guaranteeStatusCode(GuaranteeStatus status)
{
    for (const auto& [s, code] : kGuaranteeStatuses)
        if (s == status)
            return std::string(code);
    return "";
}

std::optional<GuaranteeStatus> parseGuaranteeStatus(std::string_view code)
{
    for (const auto& [s, c] : kGuaranteeStatuses)
        if (c == code)
            return s;
    return std::nullopt;
}

std::string loanSnapshot(const Loan& loan)
{
    // Field order and keys are fixed forever (append new keys at the end). The product's
    // terms are copied in under "product.": a product edited later does not change the loan.
    const LoanProduct& p = loan.product;
    CanonicalWriter w("loan");
    w.integer("id", loan.id)
        .integer("borrower", loan.borrower)
        .integer("product.id", p.id)
        .text("product.name", p.name)
        .integer("product.rateBasisPoints", p.rateBasisPoints)
        .text("product.method", loanMethodCode(p.method))
        .integer("product.minTermMonths", p.minTermMonths)
        .integer("product.maxTermMonths", p.maxTermMonths)
        .integer("product.savingsMultiplePercent", p.savingsMultiplePercent)
        .integer("product.maxAmount", p.maxAmount)
        .integer("product.guarantorsRequired", p.guarantorsRequired)
        .integer("product.pledgeBasisPoints", p.pledgeBasisPoints)
        .text("product.penalty.kind", penaltyKindCode(p.penalty.kind))
        .integer("product.penalty.amount", p.penalty.amount)
        .integer("product.penalty.basisPoints", p.penalty.basisPoints)
        .flag("product.penalty.perPeriod", p.penalty.perPeriod)
        .integer("product.penalty.periodDays", p.penalty.periodDays)
        .integer("product.penalty.graceDays", p.penalty.graceDays)
        .flag("product.topUpAllowed", p.topUpAllowed)
        .integer("product.topUpMinRepaidPercent", p.topUpMinRepaidPercent)
        .flag("product.active", p.active)
        .integer("principal", loan.principal)
        .integer("termMonths", loan.termMonths)
        .integer("custom", static_cast<std::int64_t>(loan.custom.size()));
    for (const CustomInstalment& c : loan.custom)
        w.text("custom.line", "date=" + c.dueOn.iso() + " principal=" + std::to_string(c.principal));
    w.text("purpose", loan.purpose).integer("guarantors", static_cast<std::int64_t>(loan.guarantors.size()));
    for (const GuarantorPledge& g : loan.guarantors)
        w.text("guarantor", "member=" + std::to_string(g.guarantor) + " pledge=" + std::to_string(g.pledge));
    w.text("approvers", loans::joinedMembers(loan.approvers))
        .text("status", loanStatusCode(loan.status))
        .text("requestedOn", loan.requestedOn.iso())
        .text("approvedOn", dateOrEmpty(loan.approvedOn))
        .text("disbursedOn", dateOrEmpty(loan.disbursedOn))
        .text("closedOn", dateOrEmpty(loan.closedOn))
        .text("defaultedOn", dateOrEmpty(loan.defaultedOn))
        .integer("writtenOff", loan.writtenOff)
        .text("fromGuarantee", idOrEmpty(loan.fromGuarantee))
        .integer("scheduleVersion", loan.scheduleVersion);
    return w.str();
}

std::int64_t pledgeHeld(const GuarantorPledge& pledge, const Loan& loan, std::int64_t principalOutstanding,
                        std::int64_t roundingUnit)
{
    const std::int64_t whole = std::max<std::int64_t>(pledge.pledge, 0);
    switch (loan.status) {
    case LoanStatus::Requested:
    case LoanStatus::Approved:
        return whole;
    case LoanStatus::Repaid:
    case LoanStatus::Closed:
    case LoanStatus::Cancelled:
        return 0;
    case LoanStatus::Active:
    case LoanStatus::Defaulted:
        break;
    }
    if (loan.principal <= 0)
        return whole;
    // The pledge shrinks with the principal still owed, rounded up: the fund keeps a little
    // more behind the loan rather than a little less.
    const std::int64_t owed = std::clamp<std::int64_t>(principalOutstanding, 0, loan.principal);
    return std::min(whole, loans::ceiledShare(whole, owed, loan.principal, loans::unitOr1(roundingUnit)));
}

std::vector<GuarantorPledge> recoveryFromGuarantors(const std::vector<GuarantorPledge>& held, std::int64_t amount,
                                                    std::int64_t roundingUnit)
{
    const std::int64_t unit = loans::unitOr1(roundingUnit);
    if (amount < 0)
        throw ValidationError("amount", "loan.recovery_negative",
                              "A recovery cannot be negative (" + std::to_string(amount) + ")", {std::to_string(amount)});
    if (amount % unit != 0)
        throw ValidationError("amount", "loan.amount_unit",
                              "The recovery (" + std::to_string(amount) +
                                  ") must be a whole multiple of the rounding unit " + std::to_string(unit),
                              {std::to_string(amount), std::to_string(unit)});
    std::int64_t total = 0;
    for (const GuarantorPledge& g : held)
        total = checkedAdd(total, std::max<std::int64_t>(g.pledge, 0));
    if (amount > total)
        throw ValidationError("amount", "loan.recovery_above_pledges",
                              "The guarantors hold " + std::to_string(total) + " in pledges: " +
                                  std::to_string(amount) + " cannot be recovered from them",
                              {std::to_string(total), std::to_string(amount)});

    const std::size_t n = held.size();
    std::vector<GuarantorPledge> parts(n);
    for (std::size_t i = 0; i < n; ++i)
        parts[i].guarantor = held[i].guarantor;
    if (amount == 0)
        return parts;

    // Largest remainder in whole units: each guarantor's exact share of `amount` is
    // units × pledge ÷ total; the floors first, then one unit each by largest remainder.
    const __int128 units = amount / unit;
    std::vector<__int128> floors(n);
    std::vector<__int128> remainders(n);
    __int128 given = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const __int128 scaled = units * std::max<std::int64_t>(held[i].pledge, 0);
        floors[i] = scaled / total;
        remainders[i] = scaled % total;
        given += floors[i];
    }
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (remainders[a] != remainders[b])
            return remainders[a] > remainders[b];
        if (held[a].guarantor != held[b].guarantor)
            return held[a].guarantor < held[b].guarantor;
        return a < b;
    });
    __int128 leftover = units - given;
    // A unit goes only where it stays within what the guarantor holds (a pledge held that is
    // not a whole number of units could otherwise be exceeded); pass again if one was skipped.
    while (leftover > 0) {
        bool placed = false;
        for (std::size_t k = 0; k < n && leftover > 0; ++k) {
            const std::size_t i = order[k];
            if ((floors[i] + 1) * unit > held[i].pledge)
                continue;
            floors[i] += 1;
            --leftover;
            placed = true;
        }
        if (!placed)
            throw ValidationError("amount", "loan.recovery_above_pledges",
                                  "The pledges held cannot give " + std::to_string(amount) +
                                      " in whole rounding units of " + std::to_string(unit),
                                  {std::to_string(total), std::to_string(amount)});
    }
    for (std::size_t i = 0; i < n; ++i)
        parts[i].pledge = static_cast<std::int64_t>(floors[i] * unit); // at most the pledge: fits
    return parts;
}

Problems checkTopUp(const Loan& loan, std::int64_t principalOutstanding, std::int64_t topUp,
                    std::int64_t roundingUnit, const Currency* currency)
{
    Problems problems;
    const std::int64_t unit = loans::unitOr1(roundingUnit);
    if (loan.status != LoanStatus::Active)
        addProblem(problems, "topUp", "loan.top_up_not_active",
                   "Only a loan being repaid can be topped up; this one is " + loanStatusCode(loan.status),
                   {loanStatusCode(loan.status)});
    if (!loan.product.topUpAllowed)
        addProblem(problems, "topUp", "loan.top_up_not_allowed",
                   "The product \"" + loan.product.name + "\" allows no top-ups", {loan.product.name});
    // repaid × 100 >= principal × percent, compared exactly; `required` is rounded up so
    // that the amount named is enough.
    const std::int64_t repaid = std::max<std::int64_t>(checkedSub(loan.principal, principalOutstanding), 0);
    const int percent = std::clamp(loan.product.topUpMinRepaidPercent, 0, 100);
    if (loan.product.topUpAllowed &&
        static_cast<__int128>(repaid) * 100 < static_cast<__int128>(std::max<std::int64_t>(loan.principal, 0)) * percent) {
        const std::int64_t required = loans::ceiledShare(std::max<std::int64_t>(loan.principal, 0), percent, 100, 1);
        addProblem(problems, "topUp", "loan.top_up_too_early",
                   "A top-up needs " + std::to_string(percent) + " % of the principal repaid (" +
                       formatAmount(required, currency) + "); " + formatAmount(repaid, currency) + " is",
                   {std::to_string(repaid), std::to_string(required)});
    }
    if (topUp <= 0)
        addProblem(problems, "topUp", "loan.amount_not_positive",
                   "A top-up must be more than zero, not " + formatAmount(topUp, currency), {std::to_string(topUp)});
    else if (topUp % unit != 0)
        addProblem(problems, "topUp", "loan.amount_unit",
                   "The top-up (" + formatAmount(topUp, currency) + ") must be a whole multiple of the rounding unit " +
                       formatAmount(unit, currency),
                   {std::to_string(topUp), std::to_string(unit)});
    return problems;
}

Problems checkGroupGuarantee(const GroupGuarantee& guarantee, const LoanRules& rules, std::int64_t roundingUnit,
                             const Currency* currency)
{
    Problems problems;
    const std::int64_t unit = loans::unitOr1(roundingUnit);
    if (guarantee.member <= 0)
        addProblem(problems, "member", "guarantee.member", "A group guarantee needs the member it stands behind");
    loans::checkText(problems, "supplier", "The supplier", guarantee.supplier, kMaxTextLength);
    loans::checkText(problems, "purpose", "The guarantee's purpose", guarantee.purpose, kMaxTextLength);
    if (guarantee.amount <= 0)
        addProblem(problems, "amount", "guarantee.amount_positive",
                   "A group guarantee must be for more than zero, not " + formatAmount(guarantee.amount, currency),
                   {std::to_string(guarantee.amount)});
    else if (guarantee.amount % unit != 0)
        addProblem(problems, "amount", "guarantee.amount_unit",
                   "The guarantee (" + formatAmount(guarantee.amount, currency) +
                       ") must be a whole multiple of the rounding unit " + formatAmount(unit, currency),
                   {std::to_string(guarantee.amount), std::to_string(unit)});
    if (!(guarantee.issuedOn < guarantee.until))
        addProblem(problems, "until", "guarantee.until_before",
                   "A guarantee issued on " + guarantee.issuedOn.iso() + " must run until a later date, not " +
                       guarantee.until.iso(),
                   {guarantee.issuedOn.iso(), guarantee.until.iso()});
    for (Problem& p : checkApprovals(rules, guarantee.member, guarantee.approvers))
        problems.push_back(std::move(p));
    return problems;
}

std::string groupGuaranteeSnapshot(const GroupGuarantee& guarantee)
{
    CanonicalWriter w("group_guarantee");
    w.integer("id", guarantee.id)
        .integer("member", guarantee.member)
        .text("supplier", guarantee.supplier)
        .text("purpose", guarantee.purpose)
        .integer("amount", guarantee.amount)
        .text("issuedOn", guarantee.issuedOn.iso())
        .text("until", guarantee.until.iso())
        .text("approvers", loans::joinedMembers(guarantee.approvers))
        .text("status", guaranteeStatusCode(guarantee.status))
        .text("closedOn", dateOrEmpty(guarantee.closedOn))
        .text("loan", idOrEmpty(guarantee.loan));
    return w.str();
}

bool wasPaidOut(const Loan& loan)
{
    const bool paidOutStatus = loan.status == LoanStatus::Active || loan.status == LoanStatus::Defaulted ||
                               loan.status == LoanStatus::Repaid || loan.status == LoanStatus::Closed;
    return paidOutStatus && loan.disbursedOn.has_value();
}

std::optional<LoanStatus> statusOn(const Loan& loan, Date on)
{
    if (on < loan.requestedOn)
        return std::nullopt;
    if (loan.closedOn && !(on < *loan.closedOn))
        return loan.status; // repaid, closed or cancelled by then, as it is now
    if (loan.disbursedOn && !(on < *loan.disbursedOn))
        return loan.defaultedOn && !(on < *loan.defaultedOn) ? LoanStatus::Defaulted : LoanStatus::Active;
    if (loan.approvedOn && !(on < *loan.approvedOn))
        return LoanStatus::Approved;
    return LoanStatus::Requested;
}

bool owedOn(const Loan& loan, Date on)
{
    const auto status = statusOn(loan, on);
    return wasPaidOut(loan) && (status == LoanStatus::Active || status == LoanStatus::Defaulted);
}

} // namespace tontine
