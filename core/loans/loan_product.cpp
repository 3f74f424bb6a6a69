#include "core/loans/loan_product.h"

#include "core/loans/loan_support.h"
#include "core/money/money.h"
#include "core/text/canonical_text.h"

#include <algorithm>
#include <array>
#include <utility>

namespace tontine {

using loans::addProblem;

namespace {

constexpr std::array<std::pair<LoanMethod, std::string_view>, 4> kMethods{{
    {LoanMethod::Flat, "flat"},
    {LoanMethod::Declining, "declining"},
    {LoanMethod::Annuity, "annuity"},
    {LoanMethod::Custom, "custom"},
}};

constexpr std::array<std::pair<PenaltyRule::Kind, std::string_view>, 3> kPenaltyKinds{{
    {PenaltyRule::Kind::None, "none"},
    {PenaltyRule::Kind::Fixed, "fixed"},
    {PenaltyRule::Kind::Percent, "percent"},
}};

constexpr std::size_t kMaxNameLength = 100;
constexpr int kMaxRate = 10000;          // 100 % a month: anything above is a typing mistake
constexpr int kMaxTermMonths = 120;
constexpr int kMaxMultiplePercent = 10000;
constexpr int kMaxGuarantors = 10;
constexpr int kMaxBasisPoints = 10000;
constexpr int kMaxPeriodDays = 366;
constexpr int kMaxGraceDays = 366;
constexpr int kMaxApprovals = 20;
constexpr int kMaxDaysLateToBorrow = 3660;
constexpr int kMaxExposurePercent = 100;

// An integer setting outside its range: one problem naming the range and the value.
void checkRange(Problems& problems, const std::string& field, const std::string& code, const std::string& what,
                std::int64_t value, std::int64_t low, std::int64_t high)
{
    if (value >= low && value <= high)
        return;
    addProblem(problems, field, code,
               what + " must be between " + std::to_string(low) + " and " + std::to_string(high) + ", not " +
                   std::to_string(value),
               {std::to_string(low), std::to_string(high), std::to_string(value)});
}

void checkPenalty(Problems& problems, const PenaltyRule& penalty, std::int64_t unit, const Currency* currency)
{
    switch (penalty.kind) {
    case PenaltyRule::Kind::None:
        return; // the other fields are not used: nothing to check
    case PenaltyRule::Kind::Fixed:
        if (penalty.amount <= 0)
            addProblem(problems, "penalty.amount", "product.penalty_amount",
                       "A fixed penalty must be more than zero, not " + formatAmount(penalty.amount, currency),
                       {std::to_string(penalty.amount)});
        else if (penalty.amount % unit != 0)
            addProblem(problems, "penalty.amount", "product.penalty_unit",
                       "The penalty (" + formatAmount(penalty.amount, currency) +
                           ") must be a whole multiple of the rounding unit " + formatAmount(unit, currency),
                       {std::to_string(penalty.amount), std::to_string(unit)});
        break;
    case PenaltyRule::Kind::Percent:
        checkRange(problems, "penalty.basisPoints", "product.penalty_percent", "A penalty in basis points",
                   penalty.basisPoints, 1, kMaxBasisPoints);
        break;
    }
    if (penalty.perPeriod)
        checkRange(problems, "penalty.periodDays", "product.penalty_period", "The penalty period in days",
                   penalty.periodDays, 1, kMaxPeriodDays);
    checkRange(problems, "penalty.graceDays", "product.penalty_grace", "The grace days before a penalty",
               penalty.graceDays, 0, kMaxGraceDays);
}

} // namespace

std::string loanMethodCode(LoanMethod method)
{
    for (const auto& [m, code] : kMethods)
        if (m == method)
            return std::string(code);
    return "";
}

std::optional<LoanMethod> parseLoanMethod(std::string_view code)
{
    for (const auto& [m, c] : kMethods)
        if (c == code)
            return m;
    return std::nullopt;
}

std::string penaltyKindCode(PenaltyRule::Kind kind)
{
    for (const auto& [k, code] : kPenaltyKinds)
        if (k == kind)
            return std::string(code);
    return "";
}

std::optional<PenaltyRule::Kind> parsePenaltyKind(std::string_view code)
{
    for (const auto& [k, c] : kPenaltyKinds)
        if (c == code)
            return k;
    return std::nullopt;
}

Problems validateLoanProduct(const LoanProduct& product, std::int64_t roundingUnit, const Currency* currency)
{
    Problems problems;
    const std::int64_t unit = loans::unitOr1(roundingUnit);
    loans::checkText(problems, "name", "The product name", product.name, kMaxNameLength);
    checkRange(problems, "rateBasisPoints", "product.rate_range", "The interest rate per month in basis points",
               product.rateBasisPoints, 0, kMaxRate);
    if (loanMethodCode(product.method).empty())
        addProblem(problems, "method", "product.method", "The product names an unknown schedule method");
    checkRange(problems, "minTermMonths", "product.term_range", "The shortest term in months", product.minTermMonths, 1,
               kMaxTermMonths);
    checkRange(problems, "maxTermMonths", "product.term_range", "The longest term in months", product.maxTermMonths, 1,
               kMaxTermMonths);
    if (product.minTermMonths > product.maxTermMonths)
        addProblem(problems, "minTermMonths", "product.term_order",
                   "The shortest term (" + std::to_string(product.minTermMonths) + " months) is longer than the longest (" +
                       std::to_string(product.maxTermMonths) + " months)",
                   {std::to_string(product.minTermMonths), std::to_string(product.maxTermMonths)});
    checkRange(problems, "savingsMultiplePercent", "product.multiple_range", "The savings multiple in percent",
               product.savingsMultiplePercent, 0, kMaxMultiplePercent);
    if (product.maxAmount < 0)
        addProblem(problems, "maxAmount", "product.max_amount",
                   "The largest loan cannot be negative (" + formatAmount(product.maxAmount, currency) + ")",
                   {std::to_string(product.maxAmount)});
    else if (product.maxAmount % unit != 0)
        addProblem(problems, "maxAmount", "product.max_amount_unit",
                   "The largest loan (" + formatAmount(product.maxAmount, currency) +
                       ") must be a whole multiple of the rounding unit " + formatAmount(unit, currency),
                   {std::to_string(product.maxAmount), std::to_string(unit)});
    checkRange(problems, "guarantorsRequired", "product.guarantors_range", "The number of guarantors",
               product.guarantorsRequired, 0, kMaxGuarantors);
    checkRange(problems, "pledgeBasisPoints", "product.pledge_range", "Each guarantor's pledge in basis points",
               product.pledgeBasisPoints, 0, kMaxBasisPoints);
    if (penaltyKindCode(product.penalty.kind).empty())
        addProblem(problems, "penalty.kind", "product.penalty_kind", "The product names an unknown penalty kind");
    checkPenalty(problems, product.penalty, unit, currency);
    checkRange(problems, "topUpMinRepaidPercent", "product.top_up_range",
               "The share of the principal repaid before a top-up, in percent", product.topUpMinRepaidPercent, 0, 100);
    return problems;
}

std::string loanProductSnapshot(const LoanProduct& product)
{
    // Field order and keys are fixed forever (append new keys at the end).
    CanonicalWriter w("loan_product");
    w.integer("id", product.id)
        .text("name", product.name)
        .integer("rateBasisPoints", product.rateBasisPoints)
        .text("method", loanMethodCode(product.method))
        .integer("minTermMonths", product.minTermMonths)
        .integer("maxTermMonths", product.maxTermMonths)
        .integer("savingsMultiplePercent", product.savingsMultiplePercent)
        .integer("maxAmount", product.maxAmount)
        .integer("guarantorsRequired", product.guarantorsRequired)
        .integer("pledgeBasisPoints", product.pledgeBasisPoints)
        .text("penalty.kind", penaltyKindCode(product.penalty.kind))
        .integer("penalty.amount", product.penalty.amount)
        .integer("penalty.basisPoints", product.penalty.basisPoints)
        .flag("penalty.perPeriod", product.penalty.perPeriod)
        .integer("penalty.periodDays", product.penalty.periodDays)
        .integer("penalty.graceDays", product.penalty.graceDays)
        .flag("topUpAllowed", product.topUpAllowed)
        .integer("topUpMinRepaidPercent", product.topUpMinRepaidPercent)
        .flag("active", product.active);
    return w.str();
}

LoanRules defaultLoanRules()
{
    return LoanRules{};
}

Problems validateLoanRules(const LoanRules& rules)
{
    Problems problems;
    for (std::size_t i = 0; i < rules.committee.size(); ++i) {
        const MemberId m = rules.committee[i];
        const std::string number = std::to_string(m);
        if (m <= 0)
            addProblem(problems, "committee", "loan_rules.committee_member",
                       "The committee lists " + number + ", which is not a member number", {number});
        else if (std::find(rules.committee.begin(), rules.committee.begin() + static_cast<std::ptrdiff_t>(i), m) !=
                 rules.committee.begin() + static_cast<std::ptrdiff_t>(i))
            addProblem(problems, "committee", "loan_rules.committee_twice",
                       "Member " + number + " is listed twice on the loan committee", {number});
    }
    checkRange(problems, "approvalsRequired", "loan_rules.approvals_range", "The approvals a loan needs",
               rules.approvalsRequired, 1, kMaxApprovals);
    const int committeeSize = static_cast<int>(rules.committee.size());
    if (committeeSize > 0 && rules.approvalsRequired > committeeSize)
        addProblem(problems, "approvalsRequired", "loan_rules.approvals_above_committee",
                   std::to_string(rules.approvalsRequired) + " approvals cannot come from a committee of " +
                       std::to_string(committeeSize),
                   {std::to_string(rules.approvalsRequired), std::to_string(committeeSize)});
    checkRange(problems, "maxDaysLateToBorrow", "loan_rules.days_late_range",
               "The days a borrower may be late and still borrow", rules.maxDaysLateToBorrow, 0, kMaxDaysLateToBorrow);
    checkRange(problems, "guarantorExposurePercent", "loan_rules.exposure_range",
               "The share of a guarantor's savings that may be pledged, in percent", rules.guarantorExposurePercent, 0,
               kMaxExposurePercent);
    return problems;
}

std::string loanRulesSnapshot(const LoanRules& rules)
{
    CanonicalWriter w("loan_rules");
    w.text("committee", loans::joinedMembers(rules.committee))
        .integer("approvalsRequired", rules.approvalsRequired)
        .integer("maxDaysLateToBorrow", rules.maxDaysLateToBorrow)
        .integer("guarantorExposurePercent", rules.guarantorExposurePercent);
    return w.str();
}

} // namespace tontine
