// Book's partner mutuals and premiums (docs/premium-rules.md): partners as chained settings,
// premiums paid at the open meeting for a household towards its next coverage period, and
// remittances of what is held to the mutual. The rules are core/premiums; this gathers the
// facts they need (members, earlier payments, what is held) and writes in one transaction.
#include "core/book/book.h"

#include "core/book/book_file.h"
#include "core/book/book_member_text.h"
#include "core/meetings/meeting.h"
#include "core/money/money.h"
#include "core/text/text_checks.h"

#include <algorithm>
#include <set>

namespace tontine {

namespace {

std::string partnerSubject(PartnerId id) { return "partner:" + std::to_string(id); }

std::string trimmed(const std::string& text) { return std::string(trimText(text)); }

Partner requirePartner(const store::PremiumStore& premiums, PartnerId id)
{
    auto partner = premiums.partner(id);
    if (!partner)
        throw ValidationError("partner", "partner.unknown", "There is no partner mutual number " + std::to_string(id),
                              {std::to_string(id)});
    return *partner;
}

Member requireMember(const store::MemberStore& members, MemberId id)
{
    auto member = members.get(id);
    if (!member)
        throw ValidationError("member", "member.unknown", "No member number " + std::to_string(id), {std::to_string(id)});
    return *member;
}

// Whether a record whose entry is `seq` counted on `on`: written by then and not yet
// reversed by then (a reversal dated later leaves it counted on earlier days).
bool countedOn(const store::LedgerStore& ledger, EntrySeq seq, Date date, bool reversed, std::optional<Date> on)
{
    if (on && *on < date)
        return false;
    if (!reversed)
        return true;
    if (!on)
        return false;
    const auto by = ledger.reversedBy(seq);
    const auto reversal = by ? ledger.get(*by) : std::nullopt;
    return reversal && *on < reversal->date;
}

// The payments as they stood on `on`: one reversed by an entry dated later was still live then.
std::vector<PremiumPayment> paymentsAsOn(const store::LedgerStore& ledger, std::vector<PremiumPayment> payments, Date on)
{
    for (auto& p : payments)
        if (p.reversed && p.date <= on)
            p.reversed = !countedOn(ledger, p.entrySeq, p.date, true, on);
    return payments;
}

} // namespace

std::vector<Partner> Book::partners() const { return m_file->premiums.partners(); }

std::optional<Partner> Book::partner(PartnerId id) const { return m_file->premiums.partner(id); }

PartnerId Book::savePartner(Partner partner, const Actor& actor)
{
    requireOperator(actor);
    // Stored as the mutual will read them back: no stray spaces around what goes into its files.
    partner.name = trimmed(partner.name);
    partner.payerName = trimmed(partner.payerName);
    partner.paymentType = trimmed(partner.paymentType);
    partner.contributionCategory = trimmed(partner.contributionCategory);
    partner.exportProfile = trimmed(partner.exportProfile);
    for (auto& code : partner.productCodes)
        code = trimmed(code);
    const FundSettings fund = settings();
    if (auto problems = validatePartner(partner, fund.roundingUnit, &fund.currency()); !problems.empty())
        throw ValidationError(problems);
    store::Transaction tx(m_file->db());
    if (partner.id == 0) {
        partner.id = m_file->premiums.insertPartner(partner);
        appendAudit(partnerSubject(partner.id), "add", "Partner mutual added: " + partner.name,
                    partnerSnapshot(partner), actor);
    } else {
        const Partner current = requirePartner(m_file->premiums, partner.id);
        if (partnerSnapshot(current) == partnerSnapshot(partner))
            return partner.id;
        m_file->premiums.updatePartner(partner);
        appendAudit(partnerSubject(partner.id), "edit", "Partner mutual changed: " + partner.name,
                    partnerSnapshot(partner), actor);
    }
    tx.commit();
    return partner.id;
}

MemberId Book::householdHead(MemberId member) const
{
    const Member m = requireMember(m_file->members, member);
    return m.householdHeadId.value_or(m.id);
}

Coverage Book::coverage(PartnerId partnerId, MemberId member, Date on) const
{
    const Partner partner = requirePartner(m_file->premiums, partnerId);
    const MemberId head = householdHead(member);
    const auto household = householdOf(head, m_file->members.list({}, true), on);
    return coverageOf(partner, head, paymentsAsOn(m_file->ledger, m_file->premiums.payments(partnerId), on),
                      static_cast<int>(household.size()), on);
}

std::vector<Coverage> Book::coverages(PartnerId partnerId, Date on) const
{
    const Partner partner = requirePartner(m_file->premiums, partnerId);
    const auto members = m_file->members.list({}, true);
    const auto payments = paymentsAsOn(m_file->ledger, m_file->premiums.payments(partnerId), on);
    std::set<MemberId> heads;
    for (const auto& m : members)
        heads.insert(m.householdHeadId.value_or(m.id));
    std::vector<Coverage> out;
    for (MemberId head : heads) {
        const auto household = householdOf(head, members, on);
        // A household whose every member has left (or not yet joined) is not listed; one whose
        // head left while a dependant stays still is.
        if (household.empty())
            continue;
        out.push_back(coverageOf(partner, head, payments, static_cast<int>(household.size()), on));
    }
    return out;
}

PremiumId Book::payPremium(PartnerId partnerId, MemberId member, std::int64_t amount, const std::string& receiptNumber,
                           const std::string& productCode, const Actor& actor)
{
    requireOperator(actor);
    const Partner partner = requirePartner(m_file->premiums, partnerId);
    const Member payer = requireMember(m_file->members, member);
    if (!payer.active)
        throw ValidationError("member", "member.inactive", payer.fullName() + " has left the group",
                              {std::to_string(member)});
    requireOpenMeeting(actor);
    const MemberId head = payer.householdHeadId.value_or(payer.id);
    const auto household = householdOf(head, m_file->members.list({}, true), actor.date);
    const auto payments = m_file->premiums.payments(partnerId);
    const Coverage cov = coverageOf(partner, head, payments, static_cast<int>(household.size()), actor.date);

    PremiumPayment payment;
    payment.partner = partner.id;
    payment.head = head;
    payment.productCode = trimmed(productCode);
    if (payment.productCode.empty() && !partner.productCodes.empty())
        payment.productCode = partner.productCodes.front();
    payment.date = actor.date;
    payment.amount = amount;
    payment.receiptNumber = trimmed(receiptNumber);
    payment.periodStart = cov.nextStart;
    payment.periodEnd = cov.nextEnd;
    payment.membersCovered = static_cast<int>(household.size());
    const bool receiptTaken = std::any_of(payments.begin(), payments.end(), [&](const PremiumPayment& p) {
        return !p.reversed && p.receiptNumber == payment.receiptNumber;
    });
    const FundSettings fund = settings();
    if (auto problems = checkPremiumPayment(partner, payment, cov, receiptTaken, fund.roundingUnit, &fund.currency());
        !problems.empty())
        throw ValidationError(problems);

    const std::string who = memberLabel(m_file->members, head);
    Entry e;
    e.action = "premium";
    e.memo = "Premium to " + partner.name + " for the household of " + who + " (" +
             std::to_string(payment.membersCovered) + (payment.membersCovered == 1 ? " member" : " members") + "), " +
             payment.periodStart.iso() + " to " + payment.periodEnd.iso() + ", receipt " + payment.receiptNumber;
    e.payload = premiumPayload(payment);
    e.postings = {Posting{std::string(accounts::Cash), amount}, Posting{std::string(accounts::PremiumsPayable), -amount}};
    store::Transaction tx(m_file->db());
    payment.entrySeq = appendInMeeting(std::move(e), actor);
    payment.id = m_file->premiums.insertPayment(payment);
    tx.commit();
    return payment.id;
}

std::vector<PremiumPayment> Book::premiumPayments(std::optional<PartnerId> partner) const
{
    return m_file->premiums.payments(partner);
}

RemittanceId Book::remitPremiums(PartnerId partnerId, std::int64_t amount, const std::string& mutualReceipt,
                                 const std::string& note, const Actor& actor)
{
    requireOperator(actor);
    const Partner partner = requirePartner(m_file->premiums, partnerId);
    std::int64_t held = 0;
    for (const auto& h : premiumsHeld())
        if (h.partner == partnerId)
            held = h.held();
    PremiumRemittance remittance;
    remittance.partner = partner.id;
    remittance.date = actor.date;
    remittance.amount = amount;
    remittance.mutualReceipt = trimmed(mutualReceipt);
    remittance.note = trimmed(note);
    const auto earlier = m_file->premiums.remittances(partnerId);
    const bool receiptTaken = std::any_of(earlier.begin(), earlier.end(), [&](const PremiumRemittance& r) {
        return !r.reversed && r.mutualReceipt == remittance.mutualReceipt;
    });
    const FundSettings fund = settings();
    if (auto problems = checkRemittance(remittance, held, receiptTaken, fund.roundingUnit, &fund.currency());
        !problems.empty())
        throw ValidationError(problems);

    Entry e;
    e.action = "premium-remittance";
    e.memo = "Premiums remitted to " + partner.name + ", the mutual's receipt " + remittance.mutualReceipt +
             (remittance.note.empty() ? "" : ": " + remittance.note);
    e.payload = remittancePayload(remittance);
    e.postings = {Posting{std::string(accounts::PremiumsPayable), amount}, Posting{std::string(accounts::Cash), -amount}};
    store::Transaction tx(m_file->db());
    // The treasurer often goes to the mutual between meetings: then the remittance stands on
    // its own; on a meeting day it belongs to the meeting like all its money.
    const auto open = m_file->meetings.current();
    remittance.entrySeq = (open && open->date == actor.date) ? appendInMeeting(std::move(e), actor)
                                                              : appendTransaction(std::move(e), actor);
    remittance.id = m_file->premiums.insertRemittance(remittance);
    tx.commit();
    return remittance.id;
}

std::vector<PremiumRemittance> Book::remittances(std::optional<PartnerId> partner) const
{
    return m_file->premiums.remittances(partner);
}

std::vector<PremiumsHeld> Book::premiumsHeld(std::optional<Date> on) const
{
    std::vector<PremiumsHeld> out;
    for (const auto& partner : m_file->premiums.partners()) {
        PremiumsHeld h;
        h.partner = partner.id;
        for (const auto& p : m_file->premiums.payments(partner.id))
            if (countedOn(m_file->ledger, p.entrySeq, p.date, p.reversed, on))
                h.collected = checkedAdd(h.collected, p.amount);
        for (const auto& r : m_file->premiums.remittances(partner.id))
            if (countedOn(m_file->ledger, r.entrySeq, r.date, r.reversed, on))
                h.remitted = checkedAdd(h.remitted, r.amount);
        out.push_back(h);
    }
    return out;
}

void Book::checkPremiumReversal(const PremiumPayment& payment) const
{
    // Money already passed on to the mutual cannot come back out of the box: the remittance
    // is reversed first.
    std::int64_t held = 0;
    for (const auto& h : premiumsHeld())
        if (h.partner == payment.partner)
            held = h.held();
    if (held < payment.amount) {
        const Currency& currency = settings().currency();
        throw ValidationError("entry", "premium.reversal_remitted",
                              "Only " + formatWithCode(held, currency) + " of premiums is still held for this partner; " +
                                  "the premium of " + formatWithCode(payment.amount, currency) +
                                  " was remitted to the mutual already (reverse the remittance first)",
                              {std::to_string(payment.entrySeq), std::to_string(held), std::to_string(payment.amount)});
    }
    // Coverage periods chain one after the other: only the household's latest payment can be
    // taken back, or a later period would float with nothing before it.
    for (const auto& p : m_file->premiums.payments(payment.partner))
        if (!p.reversed && p.head == payment.head && p.id > payment.id)
            throw ValidationError("entry", "premium.reversal_not_latest",
                                  "A later premium of this household (receipt " + p.receiptNumber +
                                      ") must be reversed first",
                                  {std::to_string(payment.entrySeq), std::to_string(p.entrySeq)});
}

} // namespace tontine
