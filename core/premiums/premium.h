#pragma once
// Premiums collected for a partner mutual and passed on to it (DESIGN §2.6): a payment by (or
// for) a household, the coverage period it goes towards, and the remittance of what is held.
// The rules (docs/premium-rules.md) are pure functions here; the book gathers the facts
// (members, earlier payments, what is held) and writes. Nothing here reads storage or a clock.

#include "core/calendar/date.h"
#include "core/error/errors.h"
#include "core/members/member.h"
#include "core/money/currency.h"
#include "core/premiums/partner.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tontine {

using PremiumId = std::int64_t;
using RemittanceId = std::int64_t;

// One premium payment (Dr cash, Cr premiums), for the household of `head` (a member who heads
// their own household; a member without dependants is a household of one).
struct PremiumPayment {
    PremiumId id = 0;
    PartnerId partner = 0;
    MemberId head = 0;
    std::string productCode;        // one of the partner's
    Date date;                      // the meeting's date
    std::int64_t amount = 0;        // minor units
    std::string receiptNumber;      // the group's receipt to the member; unique per partner
    Date periodStart;               // the coverage period this payment goes towards
    Date periodEnd;                 // inclusive: periodStart + periodMonths − 1 day
    int membersCovered = 0;         // the household's active members on `date`
    std::int64_t entrySeq = 0;      // the entry that recorded it
    bool reversed = false;          // derived: the entry was reversed
};
// "premium/1", chained in the paying entry's payload: partner, head, productCode, date,
// amount, receiptNumber, periodStart, periodEnd, membersCovered.
std::string premiumPayload(const PremiumPayment& payment);

// Money passed on to the mutual (Dr premiums, Cr cash), with the mutual's own receipt.
struct PremiumRemittance {
    RemittanceId id = 0;
    PartnerId partner = 0;
    Date date;
    std::int64_t amount = 0;
    std::string mutualReceipt;      // the receipt number the mutual gave; required, unique per partner
    std::string note;
    std::int64_t entrySeq = 0;
    bool reversed = false;
};
// "premium_remittance/1": partner, date, amount, mutualReceipt, note.
std::string remittancePayload(const PremiumRemittance& remittance);

// The members a household's premium covers on `on`: the head and the active members who name
// them as household head, joined on or before `on`; head first, then member-number order.
std::vector<MemberId> householdOf(MemberId head, const std::vector<Member>& members, Date on);

// The price of one coverage period for a household of `membersCovered`: the premium per member
// times the members, or the household premium. Overflow is a MoneyError.
std::int64_t periodPrice(const Partner& partner, int membersCovered);

// Where a household stands with a partner on a date, from its (not reversed) payments.
struct Coverage {
    MemberId head = 0;
    std::optional<Date> coveredUntil; // end of the last period paid in full
    // The period the next payment goes towards: the one part-paid, else the one after
    // coveredUntil, else one starting on the date asked about.
    Date nextStart;
    Date nextEnd;
    std::int64_t nextPrice = 0;       // periodPrice for the household's size on the date
    std::int64_t paidTowardsNext = 0; // already paid on a part-paid period
    std::int64_t owedForNext() const { return nextPrice - paidTowardsNext; }
    bool coveredOn(Date day) const { return coveredUntil && day <= *coveredUntil; }
};
// `payments` are the household's payments to this partner (any order, reversed ones ignored).
// A period counts as paid once what was paid towards it reaches the price recorded with its
// first payment (the household's size then).
Coverage coverageOf(const Partner& partner, MemberId head, const std::vector<PremiumPayment>& payments,
                    int membersCovered, Date on);

// Checks a payment before the book writes it. `payment.periodStart/End` and `membersCovered`
// must already be the ones coverageOf gave. Rules: the partner is active; the product is one
// of its codes; amount > 0 and a multiple of the rounding unit; without partial payments,
// exactly the period's price; with them, at most what the period still needs; a receipt
// number is given, and `receiptTaken` says whether another live payment to this partner has it.
Problems checkPremiumPayment(const Partner& partner, const PremiumPayment& payment, const Coverage& coverage,
                             bool receiptTaken, std::int64_t roundingUnit, const Currency* currency = nullptr);

// Checks a remittance: amount > 0, a multiple of the unit, not more than `held` for this
// partner; the mutual's receipt number is given and not already used (`receiptTaken`).
Problems checkRemittance(const PremiumRemittance& remittance, std::int64_t held, bool receiptTaken,
                         std::int64_t roundingUnit, const Currency* currency = nullptr);

// What the group holds for a partner: live payments − live remittances.
struct PremiumsHeld {
    PartnerId partner = 0;
    std::int64_t collected = 0;
    std::int64_t remitted = 0;
    std::int64_t held() const { return collected - remitted; }
};

} // namespace tontine
