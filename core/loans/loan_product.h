#pragma once
// A fund's loan products and its loan rules (DESIGN §2.4, docs/loan-rules.md): the interest
// rate per month in basis points, the schedule method, term limits, the largest loan, the
// guarantors and pledges required, the penalty for late instalments, top-ups; and the
// fund-wide committee and limits. Pure data and validation; stores nothing.

#include "core/error/errors.h"
#include "core/members/member.h"
#include "core/money/currency.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tontine {

using LoanProductId = std::int64_t;

enum class LoanMethod {
    Flat,      // interest on the original principal for the whole term, spread evenly
    Declining, // declining balance, equal principal each month, interest on what is left
    Annuity,   // declining balance, equal instalments (the standard annuity formula)
    Custom,    // any list of dates and principal amounts; interest on what is left, by time
};
std::string loanMethodCode(LoanMethod method); // "flat", "declining", "annuity", "custom"
std::optional<LoanMethod> parseLoanMethod(std::string_view code);

// The penalty on a late instalment (one not fully paid, interest and principal, by its due
// date plus the grace days).
struct PenaltyRule {
    enum class Kind { None, Fixed, Percent };
    Kind kind = Kind::None;
    std::int64_t amount = 0;     // Fixed: minor units per charge
    int basisPoints = 0;         // Percent: of the instalment's scheduled total, per charge
    bool perPeriod = false;      // false: charged once; true: again for every period begun late
    int periodDays = 30;         // the period, when perPeriod (1..366)
    int graceDays = 0;           // days after the due date before an instalment counts as late
};
std::string penaltyKindCode(PenaltyRule::Kind kind); // "none", "fixed", "percent"
std::optional<PenaltyRule::Kind> parsePenaltyKind(std::string_view code);

struct LoanProduct {
    LoanProductId id = 0;
    std::string name;                 // e.g. "Ordinary loan", "Harvest loan"
    int rateBasisPoints = 100;        // interest per month: 100 = 1 %
    LoanMethod method = LoanMethod::Declining;
    int minTermMonths = 1;
    int maxTermMonths = 12;           // custom schedules: the last date within this many months
    int savingsMultiplePercent = 300; // largest loan = savings × this ÷ 100 (0: no such limit)
    std::int64_t maxAmount = 0;       // absolute cap in minor units (0: none)
    int guarantorsRequired = 1;       // 0..10
    int pledgeBasisPoints = 5000;     // each guarantor pledges at least this share of the principal
    PenaltyRule penalty;
    bool topUpAllowed = false;        // a top-up once at least topUpMinRepaidPercent of the principal is repaid
    int topUpMinRepaidPercent = 50;
    bool active = true;               // an inactive product takes no new requests
};

// Every problem (field = struct member name): a name (text checks), rate 0..10000 bp, terms
// 1 <= min <= max <= 120, multiple 0..10000 %, cap not negative and a multiple of the unit,
// guarantors 0..10, pledge 0..10000 bp, penalty fields in range (a fixed penalty a multiple of
// the unit, percent 1..10000 bp), top-up percent 0..100.
Problems validateLoanProduct(const LoanProduct& product, std::int64_t roundingUnit,
                             const Currency* currency = nullptr);
// "loan_product/1", naming every field.
std::string loanProductSnapshot(const LoanProduct& product);

// The fund-wide rules: who sits on the loan committee and how many of them approve a loan
// (or a rescheduling, a top-up, a default, a group guarantee), how late a borrower may be and
// still borrow, and how much of a guarantor's savings may stand behind others' loans.
struct LoanRules {
    std::vector<MemberId> committee;  // member numbers; approvers must be among them
    int approvalsRequired = 2;        // 1..20, at most the committee's size when it is named
    int maxDaysLateToBorrow = 0;      // a borrower with a loan (or a due) later than this is refused
    int guarantorExposurePercent = 100; // Σ pledges held by a guarantor ≤ their savings × this ÷ 100
};
LoanRules defaultLoanRules();
Problems validateLoanRules(const LoanRules& rules);
// "loan_rules/1" (committee in the order given).
std::string loanRulesSnapshot(const LoanRules& rules);

} // namespace tontine
