// Book::meetingSummary: a meeting as it is printed — its money lines with who paid and who
// received, totals by kind, outstanding dues, rotation arrears as of its date, chain head.
#include "core/book/book.h"

#include "core/book/book_file.h"
#include "core/ledger/account.h"
#include "core/money/money.h"
#include "core/rotation/cycle_end.h"
#include "core/rotation/member_dues.h"
#include "core/rotation/payout.h"
#include "core/rotation/round_money.h"

#include <algorithm>
#include <map>

namespace tontine {

namespace {

std::string meetingSubject(MeetingId id) { return "meeting:" + std::to_string(id); }

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

// The rotations of the fund, each loaded once, with its records grouped by entry.
struct RotationCache {
    struct Loaded {
        RotationState state;
        std::map<EntrySeq, RotationRecords> records;
    };
    std::map<RotationId, Loaded> byId;

    explicit RotationCache(const store::RotationStore& store)
    {
        for (RotationId id : store.ids())
            if (auto state = store.load(id))
                byId[id] = Loaded{std::move(*state), store.recordsByEntry(id)};
    }
    // The rotation whose records `payload` carries.
    const Loaded* of(const std::string& payload) const
    {
        for (const auto& [id, loaded] : byId)
            if (payload.rfind(recordsSnapshotPrefix(id), 0) == 0)
                return &loaded;
        return nullptr;
    }
};

// Who received the cash one rotation entry paid out, split by the engine's own functions
// (holderPayouts, shareReserve), never by arithmetic of its own.
RecipientList recipientsOf(const RotationState& state, const RotationRecords& records, const Entry& e,
                           std::int64_t cashOut)
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
            return RecipientList{}; // the records do not explain the cash: list no one
        out.add(leaver, leaverPart);
        for (MemberId m : rotationMembers(spec))
            if (auto it = net.find(m); it != net.end() && it->second < 0)
                out.add(m, -it->second);
    }
    return out;
}

std::vector<MeetingSummary::KindTotal> totalsByKind(const std::vector<MeetingSummary::Line>& lines)
{
    std::map<std::string, MeetingSummary::KindTotal> byKind;
    for (const auto& l : lines) {
        auto& t = byKind[l.kind];
        t.kind = l.kind;
        ++t.lines;
        t.cashIn = checkedAdd(t.cashIn, l.cashIn);
        t.cashOut = checkedAdd(t.cashOut, l.cashOut);
    }
    std::vector<MeetingSummary::KindTotal> out;
    for (const std::string& kind : MeetingSummary::kindOrder())
        if (auto it = byKind.find(kind); it != byKind.end()) {
            out.push_back(it->second);
            byKind.erase(it);
        }
    for (auto& [kind, total] : byKind) // unknown kinds after, by name (the map's order)
        out.push_back(total);
    return out;
}

} // namespace

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

MeetingSummary Book::meetingSummary(MeetingId id) const
{
    const auto m = m_file->meetings.get(id);
    if (!m)
        throw ValidationError("meeting", "meeting.unknown", "There is no meeting " + std::to_string(id));
    MeetingSummary summary;
    summary.meeting = *m;
    summary.attendance = m_file->meetings.attendanceOf(id);
    const RotationCache rotations(m_file->rotations);

    std::map<std::string, MemberId> memberOfAccount;
    for (const auto& account : m_file->ledger.accounts())
        if (account.memberId)
            memberOfAccount[account.code] = *account.memberId;
    for (const auto& e : m_file->ledger.transactionsAbout(meetingSubject(id))) {
        MeetingSummary::Line line;
        line.seq = e.seq;
        line.memo = e.memo;
        line.kind = e.action;
        // A rotation entry names its member in its records: a payout's postings may also
        // touch a late member's advance account, which must not be taken for the beneficiary.
        // The reversal of a rotation payment carries the negated records, so it names its member too.
        const bool rotationEntry = e.action.rfind("rotation-", 0) == 0 || isRotationRecords(e.payload);
        if (rotationEntry)
            line.member = m_file->rotations.memberOfEntry(e.seq);
        for (const auto& p : e.postings) {
            if (p.accountCode == accounts::Cash) {
                (p.amount > 0 ? line.cashIn : line.cashOut) += p.amount > 0 ? p.amount : -p.amount;
            } else if (auto it = memberOfAccount.find(p.accountCode); it != memberOfAccount.end() && !line.member) {
                line.member = it->second;
            }
        }
        // Social fund money names the member it went to; a share-out pays every member.
        if (e.action == "social-grant") {
            if (auto grant = m_file->social.grantOfEntry(e.seq))
                line.member = grant->beneficiary;
        } else if (e.action == "social-loan") {
            if (auto loan = m_file->social.socialLoanOfEntry(e.seq))
                line.member = loan->loan.borrower;
        } else if (e.action.rfind("loan-", 0) == 0 || m_file->loans.loanOfAllocationEntry(e.seq)) {
            // Loan money names the borrower, even when a recovery's postings name guarantors first.
            std::optional<LoanId> loanId = m_file->loans.loanOfAllocationEntry(e.seq);
            if (!loanId)
                if (auto event = m_file->loans.eventOfEntry(e.seq))
                    loanId = event->first;
            if (!loanId)
                loanId = m_file->loans.guarantorMoneyLoanOfEntry(e.seq);
            if (loanId)
                if (auto loan = m_file->loans.loan(*loanId))
                    line.member = loan->borrower;
        } else if (e.action == "shareout") {
            line.member.reset();
            line.recipients = shareOutRecipients(e, line.cashOut);
        }
        if (!line.member && line.recipients.empty()) // a due payment or its reversal
            for (const auto& payment : m_file->meetings.paymentsOfEntry(e.seq))
                if (auto due = m_file->meetings.due(payment.due))
                    line.member = due->member;
        // One line may pay several members (a half hand, a share-out): list each. A reversal
        // takes money back, so it has no recipients of its own.
        if (rotationEntry && line.cashOut > 0 && !e.reverses)
            if (const auto* rotation = rotations.of(e.payload))
                if (auto it = rotation->records.find(e.seq); it != rotation->records.end()) {
                    RecipientList recipients = recipientsOf(rotation->state, it->second, e, line.cashOut);
                    if (recipients.total() == line.cashOut)
                        line.recipients = recipients.take();
                }
        summary.totalIn += line.cashIn;
        summary.totalOut += line.cashOut;
        summary.lines.push_back(std::move(line));
    }
    summary.totalsByKind = totalsByKind(summary.lines);
    for (auto& due : m_file->meetings.dues(std::nullopt, m->date))
        if (due.outstanding() > 0)
            summary.outstandingDues.push_back(std::move(due));
    // Rotation arrears as of the meeting's date, from the records dated up to it, with the
    // engine's own dues (as Book::rotationDuesOn gives them).
    for (const auto& [rotationId, loaded] : rotations.byId) {
        if (m->date < loaded.state.spec.start)
            continue; // not started yet on that day
        const RotationState asOf = stateAsOf(loaded.state, m->date);
        for (const MemberDue& d : tontine::duesOn(asOf, m->date))
            if (d.arrears > 0 || d.finesOwed > 0 || d.advanceDebt > 0)
                summary.rotationArrears.push_back(
                    {rotationId, loaded.state.spec.name, d.member, d.arrears, d.finesOwed, d.advanceDebt});
    }
    // A closed meeting is summarised with the head as it stood when it closed, the one the
    // members copied that day.
    if (!m->isOpen()) {
        if (auto closing = m_file->ledger.lastAudit(meetingSubject(id)))
            summary.chainHead = ChainHead{closing->seq, closing->hash}.shortText();
    } else {
        summary.chainHead = chainHead().shortText();
    }
    return summary;
}

} // namespace tontine
