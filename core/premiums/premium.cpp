#include "core/premiums/premium.h"

#include "core/money/money.h"
#include "core/text/canonical_text.h"
#include "core/text/text_checks.h"

#include <algorithm>
#include <map>
#include <utility>

namespace tontine {

namespace {

constexpr std::size_t kMaxReceiptLength = 40;
constexpr std::size_t kMaxNoteLength = 200;

void add(Problems& problems, std::string field, std::string code, std::string text, std::vector<std::string> args = {})
{
    problems.push_back(Problem{std::move(field), std::move(code), std::move(args), std::move(text)});
}

// A member counts on `on` from the day they joined until the day before they left.
bool activeOn(const Member& m, Date on)
{
    if (on < m.joinedOn)
        return false;
    if (m.active)
        return true;
    return m.leftOn && on < *m.leftOn;
}

// Positive and a whole multiple of the rounding unit.
void checkAmount(Problems& problems, const std::string& prefix, const std::string& what, std::int64_t amount,
                 std::int64_t roundingUnit, const Currency* currency)
{
    const std::int64_t unit = roundingUnit > 0 ? roundingUnit : 1;
    if (amount <= 0)
        add(problems, "amount", prefix + ".amount_positive",
            what + " must be more than zero, not " + formatAmount(amount, currency), {std::to_string(amount)});
    else if (amount % unit != 0)
        add(problems, "amount", prefix + ".amount_unit",
            what + " (" + formatAmount(amount, currency) + ") must be a whole multiple of the rounding unit " +
                formatAmount(unit, currency),
            {std::to_string(amount), std::to_string(unit)});
}

// A receipt number: given, one line, short; `taken` says another live record has it.
void checkReceipt(Problems& problems, const std::string& field, const std::string& prefix, const std::string& what,
                  const std::string& receipt, bool taken)
{
    const std::string_view text = trimText(receipt);
    if (text.empty())
        add(problems, field, prefix + ".receipt_required", what + " is required");
    else if (!isValidUtf8(text) || hasControlChars(text) || codePointCount(text) > kMaxReceiptLength)
        add(problems, field, prefix + ".receipt_invalid",
            what + " must be one line of at most " + std::to_string(kMaxReceiptLength) + " characters",
            {std::string(text)});
    else if (taken)
        add(problems, field, prefix + ".receipt_taken",
            what + " " + std::string(text) + " is already used for this partner", {std::string(text)});
}

Date periodEndOf(Date start, int months) { return start.addMonths(months).addDays(-1); }

} // namespace

std::string premiumPayload(const PremiumPayment& p)
{
    // id and entrySeq are left out: the payload rides in the entry that creates them.
    CanonicalWriter w("premium");
    w.integer("partner", p.partner)
        .integer("head", p.head)
        .text("productCode", p.productCode)
        .text("date", p.date.iso())
        .integer("amount", p.amount)
        .text("receiptNumber", p.receiptNumber)
        .text("periodStart", p.periodStart.iso())
        .text("periodEnd", p.periodEnd.iso())
        .integer("membersCovered", p.membersCovered);
    return w.str();
}

std::string remittancePayload(const PremiumRemittance& r)
{
    CanonicalWriter w("premium_remittance");
    w.integer("partner", r.partner)
        .text("date", r.date.iso())
        .integer("amount", r.amount)
        .text("mutualReceipt", r.mutualReceipt)
        .text("note", r.note);
    return w.str();
}

std::vector<MemberId> householdOf(MemberId head, const std::vector<Member>& members, Date on)
{
    std::vector<MemberId> out;
    for (const auto& m : members)
        if (m.id == head && activeOn(m, on))
            out.push_back(m.id);
    std::vector<MemberId> dependants;
    for (const auto& m : members)
        if (m.id != head && m.householdHeadId && *m.householdHeadId == head && activeOn(m, on))
            dependants.push_back(m.id);
    std::sort(dependants.begin(), dependants.end());
    out.insert(out.end(), dependants.begin(), dependants.end());
    return out;
}

std::int64_t periodPrice(const Partner& partner, int membersCovered)
{
    if (partner.basis == PremiumBasis::PerHousehold)
        return partner.premium;
    return checkedMul(partner.premium, membersCovered);
}

Coverage coverageOf(const Partner& partner, MemberId head, const std::vector<PremiumPayment>& payments,
                    int membersCovered, Date on)
{
    // Group the live payments dated up to `on` by the period they went towards; a period's
    // price is the one its first payment was made at (the household's size then), so a
    // household that grows during a part-paid period finishes paying what it started.
    struct Period {
        Date end;
        std::int64_t price = 0;
        std::int64_t paid = 0;
        Date firstDate;
        PremiumId firstId = 0;
        bool started = false;
    };
    std::vector<PremiumPayment> live;
    for (const auto& p : payments)
        if (!p.reversed && p.head == head && p.partner == partner.id && p.date <= on)
            live.push_back(p);
    std::sort(live.begin(), live.end(), [](const PremiumPayment& a, const PremiumPayment& b) {
        return a.date < b.date || (a.date == b.date && a.id < b.id);
    });
    std::map<Date, Period> periods; // by start
    for (const auto& p : live) {
        Period& period = periods[p.periodStart];
        if (!period.started) {
            period.started = true;
            period.end = p.periodEnd;
            period.price = periodPrice(partner, p.membersCovered);
            period.firstDate = p.date;
            period.firstId = p.id;
        }
        period.paid = checkedAdd(period.paid, p.amount);
    }

    Coverage c;
    c.head = head;
    std::optional<Date> partStart;
    for (const auto& [start, period] : periods) {
        if (period.paid >= period.price) {
            if (!c.coveredUntil || *c.coveredUntil < period.end)
                c.coveredUntil = period.end;
        } else if (!partStart) {
            partStart = start;
        }
    }
    if (partStart) {
        const Period& period = periods.at(*partStart);
        c.nextStart = *partStart;
        c.nextEnd = period.end;
        c.nextPrice = period.price;
        c.paidTowardsNext = period.paid;
        return c;
    }
    c.nextStart = c.coveredUntil ? c.coveredUntil->addDays(1) : on;
    c.nextEnd = periodEndOf(c.nextStart, partner.periodMonths);
    c.nextPrice = periodPrice(partner, membersCovered);
    return c;
}

Problems checkPremiumPayment(const Partner& partner, const PremiumPayment& payment, const Coverage& coverage,
                             bool receiptTaken, std::int64_t roundingUnit, const Currency* currency)
{
    Problems problems;
    if (!partner.active)
        add(problems, "partner", "premium.partner_inactive",
            partner.name + " takes no new premiums (the partner is inactive)", {std::to_string(partner.id)});
    if (std::find(partner.productCodes.begin(), partner.productCodes.end(), payment.productCode) ==
        partner.productCodes.end())
        add(problems, "productCode", "premium.unknown_product",
            "Product " + payment.productCode + " is not one of " + partner.name + "'s products", {payment.productCode});
    if (payment.membersCovered <= 0)
        add(problems, "member", "premium.no_members",
            "The household of member " + std::to_string(payment.head) + " has no active member on " +
                payment.date.iso(),
            {std::to_string(payment.head), payment.date.iso()});
    checkAmount(problems, "premium", "A premium", payment.amount, roundingUnit, currency);
    const std::int64_t owed = coverage.owedForNext();
    if (payment.amount > 0) {
        if (!partner.partialPayments && payment.amount != owed)
            add(problems, "amount", "premium.not_price",
                "The premium for " + payment.periodStart.iso() + " to " + payment.periodEnd.iso() + " is " +
                    formatAmount(owed, currency) + ", not " + formatAmount(payment.amount, currency) +
                    " (this partner takes no partial payments)",
                {std::to_string(owed), std::to_string(payment.amount)});
        else if (partner.partialPayments && payment.amount > owed)
            add(problems, "amount", "premium.overpaid",
                "The period " + payment.periodStart.iso() + " to " + payment.periodEnd.iso() + " needs only " +
                    formatAmount(owed, currency) + " more, not " + formatAmount(payment.amount, currency),
                {std::to_string(owed), std::to_string(payment.amount)});
    }
    checkReceipt(problems, "receiptNumber", "premium", "The receipt number", payment.receiptNumber, receiptTaken);
    return problems;
}

Problems checkRemittance(const PremiumRemittance& remittance, std::int64_t held, bool receiptTaken,
                         std::int64_t roundingUnit, const Currency* currency)
{
    Problems problems;
    checkAmount(problems, "remittance", "A remittance", remittance.amount, roundingUnit, currency);
    if (remittance.amount > 0 && remittance.amount > held)
        add(problems, "amount", "remittance.above_held",
            "Only " + formatAmount(held, currency) + " of premiums is held for this partner, not " +
                formatAmount(remittance.amount, currency),
            {std::to_string(held), std::to_string(remittance.amount)});
    checkReceipt(problems, "mutualReceipt", "remittance", "The mutual's receipt number", remittance.mutualReceipt,
                 receiptTaken);
    if (!isValidUtf8(remittance.note) || hasControlChars(remittance.note))
        add(problems, "note", "text.encoding", "The note must be one line of valid UTF-8 text");
    else if (const std::size_t length = codePointCount(remittance.note); length > kMaxNoteLength)
        add(problems, "note", "too_long",
            "The note must be at most " + std::to_string(kMaxNoteLength) + " characters long (it has " +
                std::to_string(length) + ")",
            {std::to_string(kMaxNoteLength), std::to_string(length)});
    return problems;
}

} // namespace tontine
