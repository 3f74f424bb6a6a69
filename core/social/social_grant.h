#pragma once
// A grant from the social fund and an interest-free social loan, and the checks each must
// pass before the book writes it. Pure: balances and members come in as arguments.

#include "core/calendar/date.h"
#include "core/error/errors.h"
#include "core/members/member.h"
#include "core/social/social_rules.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tontine {

using GrantId = std::int64_t;

struct SocialGrant {
    GrantId id = 0;
    SocialEvent event = SocialEvent::Other;
    MemberId beneficiary = 0;
    std::int64_t amount = 0;
    Date date;
    std::string note;                // e.g. "hospital in Thiès", "funeral of her mother"
    std::vector<MemberId> approvers; // committee members who approved, in the order given
    std::int64_t entrySeq = 0;       // the entry that paid it
};
// "social_grant/1", chained in the paying entry's payload.
std::string socialGrantPayload(const SocialGrant& grant);

// The social fund as the books hold it.
struct SocialFundPosition {
    std::int64_t balance = 0;    // contributions − grants (the "social" account)
    std::int64_t lentOut = 0;    // social loans not yet repaid
    std::int64_t available() const { return balance - lentOut; } // what can be granted or lent now
};

// Checks a grant: the event has a rule with a grant; a fixed grant is exactly its amount, a
// ceiling is not exceeded; positive and a multiple of the rounding unit; at least
// rules.approvalsRequired distinct approvers, none of them the beneficiary; the fund has it
// available (the social fund never goes below zero). Member activity is the book's check.
// Amounts in the texts are in `currency` when given (else plain minor units); args stay minor units.
Problems checkGrant(const SocialRules& rules, const SocialGrant& grant, const SocialFundPosition& fund,
                    std::int64_t roundingUnit, const Currency* currency = nullptr);

struct SocialLoanRequest {
    MemberId borrower = 0;
    std::int64_t amount = 0;
    Date date;
    Date dueOn;
    std::vector<MemberId> approvers;
    std::string note;
};
// Checks a social loan: loans allowed; positive, multiple of the unit, within loanMax (when
// set) and what the fund has available; due after `date`; approvals as for a grant (the
// borrower cannot approve). Texts as for checkGrant.
Problems checkSocialLoan(const SocialRules& rules, const SocialLoanRequest& loan, const SocialFundPosition& fund,
                         std::int64_t roundingUnit, const Currency* currency = nullptr);
// "social_loan/1"
std::string socialLoanPayload(const SocialLoanRequest& loan);

} // namespace tontine
