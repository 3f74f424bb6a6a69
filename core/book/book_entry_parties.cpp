// Whom a money entry concerns, one derivation for the meeting summary and the statements:
// the member it is about (rotation records, member accounts, grants, social and member loans,
// premiums, due payments) and who received its cash out (rotation payouts, share-outs).
#include "core/book/book.h"

#include "core/book/entry_lookup.h"
#include "core/money/money.h"
#include "core/rotation/cycle_end.h"
#include "core/rotation/payout.h"
#include "core/rotation/round_money.h"

#include <algorithm>

namespace tontine {

namespace {

// Amounts per member in the order members first appear (the order the engine listed them).
class RecipientList {
public:
    void add(MemberId member, std::int64_t amount)
    {
        if (amount == 0)
            return;
        auto it = std::find_if(m_list.begin(), m_list.end(), [&](const auto& r) { return r.member == member; });
        if (it == m_list.end())
            m_list.push_back({member, amount});
        else
            it->amount = checkedAdd(it->amount, amount);
    }
    std::int64_t total() const
    {
        std::int64_t sum = 0;
        for (const auto& r : m_list)
            sum = checkedAdd(sum, r.amount);
        return sum;
    }
    std::vector<MeetingSummary::Recipient> take() { return std::move(m_list); }

private:
    std::vector<MeetingSummary::Recipient> m_list;
};

// Who received the cash one rotation entry paid out, split by the engine's own functions
// (holderPayouts, shareReserve), never by arithmetic of its own; empty when the records do not
// explain `cashOut` (verify reports those).
std::vector<MeetingSummary::Recipient> rotationRecipients(const RotationState& state, const RotationRecords& records,
                                                          const Entry& e, std::int64_t cashOut)
{
    RecipientList out;
    const RotationSpec& spec = state.spec;
    if (records.payout) {
        // Each beneficiary hand's payout, split among its holders (a half hand: two members).
        const RoundOutcome& o = *records.payout;
        for (const BeneficiaryMoney& money : beneficiaryMoney(state, o.round, o.beneficiaries, o.discounts))
            if (const Hand* hand = spec.findHand(money.hand))
                for (const MemberAmount& h : holderPayouts(*hand, money.payout, spec.currency()))
                    out.add(h.member, h.amount);
        // Overpayments given back in the same entry.
        for (const RoundLine& l : records.lines)
            if (l.source == LineSource::Refund)
                out.add(l.member, -l.amount);
    } else if (records.reserveShared) {
        // The share-out as the engine made it: the state just before it (not yet shared).
        RotationState before = state;
        before.reserveShared = false;
        for (const MemberAmount& share : shareReserve(before, e.date).shares)
            out.add(share.member, share.amount);
    } else if (records.withdrawal) {
        // Others get back (in cash) what they had put toward a dropped round and could not
        // be placed again: their lines in this entry, net, fund advances aside. The leaver
        // receives the rest of the entry's cash out.
        const MemberId leaver = records.withdrawal->member;
        std::map<MemberId, std::int64_t> net;
        for (const RoundLine& l : records.lines)
            if (l.member != leaver && l.source != LineSource::FundAdvance)
                net[l.member] = checkedAdd(net[l.member], l.amount);
        std::int64_t others = 0;
        for (MemberId m : rotationMembers(spec))
            if (auto it = net.find(m); it != net.end() && it->second < 0)
                others = checkedAdd(others, -it->second);
        const std::int64_t leaverPart = checkedSub(cashOut, others);
        if (leaverPart < 0)
            return {}; // the records do not explain the cash: list no one
        out.add(leaver, leaverPart);
        for (MemberId m : rotationMembers(spec))
            if (auto it = net.find(m); it != net.end() && it->second < 0)
                out.add(m, -it->second);
    }
    if (out.total() != cashOut)
        return {};
    return out.take();
}

} // namespace

EntryLookup::EntryLookup(BookFile& file, EntrySeq first, EntrySeq last)
    : m_file(file), m_rotationMembers(file.rotations.membersOfEntries(first, last)), m_rotationIds(file.rotations.ids())
{
    for (const auto& account : file.ledger.accounts())
        if (account.memberId)
            m_memberOfAccount[account.code] = *account.memberId;
}

std::optional<MemberId> EntryLookup::memberOfAccount(const std::string& code) const
{
    if (auto it = m_memberOfAccount.find(code); it != m_memberOfAccount.end())
        return it->second;
    return std::nullopt;
}

std::optional<MemberId> EntryLookup::rotationMember(EntrySeq seq) const
{
    if (auto it = m_rotationMembers.find(seq); it != m_rotationMembers.end())
        return it->second;
    return std::nullopt;
}

const LoadedRotation* EntryLookup::load(RotationId id)
{
    if (auto it = m_rotations.find(id); it != m_rotations.end())
        return &it->second;
    auto state = m_file.rotations.load(id);
    if (!state)
        return nullptr;
    auto [it, added] = m_rotations.emplace(id, LoadedRotation{std::move(*state), m_file.rotations.recordsByEntry(id)});
    (void)added;
    return &it->second;
}

const LoadedRotation* EntryLookup::rotationOf(const std::string& payload)
{
    for (RotationId id : m_rotationIds)
        if (payload.rfind(recordsSnapshotPrefix(id), 0) == 0)
            return load(id);
    return nullptr;
}

const std::map<RotationId, LoadedRotation>& EntryLookup::allRotations()
{
    for (RotationId id : m_rotationIds)
        load(id);
    return m_rotations;
}

std::vector<MeetingSummary::Recipient> Book::shareOutRecipients(const Entry& e, std::int64_t cashOut) const
{
    // Each member is handed their net part less what they reinvested.
    const auto cycle = m_file->savings.shareOutCycleOfEntry(e.seq);
    const auto plan = cycle ? m_file->savings.shareOut(*cycle) : std::nullopt;
    if (!plan)
        return {};
    std::vector<MeetingSummary::Recipient> out;
    std::int64_t total = 0;
    for (const auto& l : plan->result.lines) {
        std::int64_t amount = l.net;
        if (auto it = plan->reinvest.find(l.member); it != plan->reinvest.end())
            amount -= it->second;
        if (amount > 0) {
            out.push_back({l.member, amount});
            total += amount;
        }
    }
    return total == cashOut ? out : std::vector<MeetingSummary::Recipient>{};
}

EntryParties Book::partiesOf(const Entry& e, std::int64_t cashOut, EntryLookup& lookup) const
{
    EntryParties parties;
    // A rotation entry names its member in its records: a payout's postings may also touch a
    // late member's advance account, which must not be taken for the beneficiary. The reversal
    // of a rotation payment carries the negated records, so it names its member too.
    const bool rotationEntry = e.action.rfind("rotation-", 0) == 0 || isRotationRecords(e.payload);
    if (rotationEntry)
        parties.member = lookup.rotationMember(e.seq);
    for (const auto& p : e.postings) {
        if (parties.member)
            break;
        parties.member = lookup.memberOfAccount(p.accountCode);
    }
    // Social fund money names the member it went to; a share-out pays every member.
    if (e.action == "social-grant") {
        if (auto grant = m_file->social.grantOfEntry(e.seq))
            parties.member = grant->beneficiary;
    } else if (e.action == "social-loan") {
        if (auto loan = m_file->social.socialLoanOfEntry(e.seq))
            parties.member = loan->loan.borrower;
    } else if (e.action == "premium") {
        // A premium names the household's head it was recorded for (its cash came from them).
        if (auto payment = m_file->premiums.paymentOfEntry(e.seq))
            parties.member = payment->head;
    } else if (e.action.rfind("loan-", 0) == 0 || (e.reverses && m_file->loans.loanOfAllocationEntry(e.seq))) {
        // Loan money names the borrower, even when a recovery's postings name guarantors first.
        // Allocations are written only by loan entries and the reversal of a repayment, so
        // other entries are not looked up (a month's statements read thousands of entries).
        std::optional<LoanId> loanId = m_file->loans.loanOfAllocationEntry(e.seq);
        if (!loanId)
            if (auto event = m_file->loans.eventOfEntry(e.seq))
                loanId = event->first;
        if (!loanId)
            loanId = m_file->loans.guarantorMoneyLoanOfEntry(e.seq);
        if (loanId)
            if (auto loan = m_file->loans.loan(*loanId))
                parties.member = loan->borrower;
    } else if (e.action == "shareout") {
        parties.member.reset();
        parties.recipients = shareOutRecipients(e, cashOut);
    }
    // The reversal of a premium gives the household its money back. Only reversals are looked
    // up: they are few.
    if (!parties.member && parties.recipients.empty() && e.reverses)
        if (auto payment = m_file->premiums.paymentOfEntry(*e.reverses))
            parties.member = payment->head;
    if (!parties.member && parties.recipients.empty()) // a due payment or its reversal
        for (const auto& payment : m_file->meetings.paymentsOfEntry(e.seq))
            if (auto due = m_file->meetings.due(payment.due))
                parties.member = due->member;
    // One entry may pay several members (a half hand, a reserve share): list each. A reversal
    // takes money back, so it has no recipients of its own.
    if (rotationEntry && cashOut > 0 && !e.reverses)
        if (const LoadedRotation* rotation = lookup.rotationOf(e.payload))
            if (auto it = rotation->records.find(e.seq); it != rotation->records.end())
                parties.recipients = rotationRecipients(rotation->state, it->second, e, cashOut);
    return parties;
}

} // namespace tontine
