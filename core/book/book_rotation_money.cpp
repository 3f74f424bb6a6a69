// Book's rotation use cases that move money: contribution, fine payment, payout, the
// reserve's share-out at cycle end, a leaver, and the reversal of a payment. Each loads the state, lets the engine
// decide, and — only when it found no problem — writes one entry in the open meeting and
// the records the result carries, in one transaction (docs/rotation-rules.md).
#include "core/book/book.h"

#include "core/book/book_file.h"
#include "core/book/book_member_text.h"
#include "core/ledger/entry_rules.h"
#include "core/rotation/correction.h"

#include <set>

namespace tontine {

namespace {

// Memos are read by members on summaries and statements: the rotation by its name, the
// hands by who holds them.
std::string roundLabel(const RotationSpec& spec, int round)
{
    return spec.name + ", round " + std::to_string(round);
}

std::string memberName(const store::MemberStore& members, MemberId id)
{
    const auto m = members.get(id);
    return m ? m->fullName() : "member " + std::to_string(id);
}

std::string handsText(const RotationSpec& spec, const std::vector<HandNumber>& hands, const store::MemberStore& members)
{
    std::string out;
    for (HandNumber h : hands) {
        out += (out.empty() ? "hand " : ", hand ") + std::to_string(h);
        if (const Hand* hand = spec.findHand(h)) {
            std::string holders;
            for (const HandShare& share : hand->holders)
                holders += (holders.empty() ? "" : " and ") + memberName(members, share.member);
            out += " (" + holders + ")";
        }
    }
    return out;
}

// The engine names members by number; the treasurer reads their names.
template <typename Result>
void refuseOnProblems(const Result& result, const store::MemberStore& members)
{
    if (result.problems.empty())
        return;
    Problems named = result.problems;
    nameMembers(named, members);
    throw ValidationError(named);
}

} // namespace

EntrySeq Book::recordRotationMoney(RotationId id, const std::string& action, const std::string& memo,
                                   std::vector<Posting> postings, const RotationRecords& records, const Actor& actor)
{
    // The records ride in the entry's payload (hashed), so a record changed in the tables
    // no longer matches its entry (docs/hash-chain.md). The entry belongs to the meeting
    // (subject "meeting:<id>", set by appendInMeeting) so that its summary lists it.
    Entry entry;
    entry.memo = memo;
    entry.action = "rotation-" + action;
    entry.payload = recordsSnapshot(id, records);
    entry.postings = std::move(postings);
    store::Transaction tx(m_file->db());
    EntrySeq seq = 0;
    if (entry.postings.empty()) {
        // A record with no money (a leaver who paid nothing, an empty reserve) is still a
        // meeting's fact, chained as an audit event.
        requireOpenMeeting(actor);
        seq = appendAudit(rotationRecordsSubject(id), entry.action, memo, entry.payload, actor);
    } else {
        seq = appendInMeeting(std::move(entry), actor);
    }
    m_file->rotations.insertRecords(id, records, seq);
    tx.commit();
    return seq;
}

ContributionResult Book::contribute(RotationId id, MemberId member, std::int64_t amountMinor, const Actor& actor)
{
    requireOperator(actor);
    const RotationState state = requireRotation(id);
    ContributionResult result = recordContribution(state, member, actor.date, amountMinor);
    refuseOnProblems(result, m_file->members);
    RotationRecords records;
    records.lines = result.lines;
    records.fines = result.fines;
    recordRotationMoney(id, "contribution", state.spec.name + ": contribution of " + memberName(m_file->members, member),
                        result.postings, records, actor);
    return result;
}

FinePaymentResult Book::payRotationFine(RotationId id, MemberId member, std::int64_t amountMinor, const Actor& actor)
{
    requireOperator(actor);
    const RotationState state = requireRotation(id);
    FinePaymentResult result = recordFinePayment(state, member, actor.date, amountMinor);
    refuseOnProblems(result, m_file->members);
    RotationRecords records;
    records.finePayments = {result.payment};
    recordRotationMoney(id, "fine", state.spec.name + ": late fine paid by " + memberName(m_file->members, member),
                        result.postings, records, actor);
    return result;
}

PayoutResult Book::payout(RotationId id, int round, const Actor& actor)
{
    requireOperator(actor);
    const RotationState state = requireRotation(id);
    PayoutResult result = preparePayout(state, round, actor.date);
    refuseOnProblems(result, m_file->members);
    result.outcome.discounts.resize(result.outcome.beneficiaries.size(), 0);
    RotationRecords records;
    records.lines = result.lines;
    records.payout = result.outcome;
    recordRotationMoney(id, "payout", roundLabel(state.spec, round) + ": payout to " +
                                             handsText(state.spec, result.outcome.beneficiaries, m_file->members),
                        result.postings, records, actor);
    return result;
}

ReserveShareResult Book::shareReserve(RotationId id, const Actor& actor)
{
    requireOperator(actor);
    const RotationState state = requireRotation(id);
    ReserveShareResult result = tontine::shareReserve(state, actor.date);
    refuseOnProblems(result, m_file->members);
    RotationRecords records;
    records.reserveShared = true;
    recordRotationMoney(id, "reserve", state.spec.name + ": discount reserve shared out",
                        result.postings, records, actor);
    return result;
}

LeaveResult Book::leaveRotation(RotationId id, MemberId member, const Actor& actor)
{
    requireOperator(actor);
    const RotationState state = requireRotation(id);
    LeaveResult result = computeLeave(state, member, actor.date);
    refuseOnProblems(result, m_file->members);
    RotationRecords records;
    records.lines = result.lines;
    records.withdrawal = result.withdrawal;
    recordRotationMoney(id, "leave", state.spec.name + ": " + memberName(m_file->members, member) + " leaves",
                        result.postings, records, actor);
    return result;
}

EntrySeq Book::reverseRotationMoney(const Entry& original, const std::string& reason, const Actor& actor)
{
    const std::string n = std::to_string(original.seq);
    if (original.reverses)
        throw ValidationError("entry", "rotation.reversal_of_reversal",
                              "Entry " + n + " is itself a correction of entry " + std::to_string(*original.reverses) +
                                  "; record the payment again instead",
                              {n});
    std::optional<RotationId> id;
    for (RotationId r : m_file->rotations.ids())
        if (original.payload.rfind(recordsSnapshotPrefix(r), 0) == 0)
            id = r;
    if (!id)
        throw ValidationError("entry", "rotation.unknown", "Entry " + n + " names no rotation of this fund", {n});
    const RotationState state = requireRotation(*id);
    const auto byEntry = m_file->rotations.recordsByEntry(*id);
    std::set<EntrySeq> cancelled;
    for (const auto& [seq, records] : byEntry) {
        (void)records;
        if (const auto by = reversedBy(seq)) {
            cancelled.insert(seq);
            cancelled.insert(*by);
        }
    }
    RecordsCorrection correction = correctRecords(state, byEntry, cancelled, original.seq, actor.date);
    refuseOnProblems(correction, m_file->members);
    // The negated records ride in the reversal's payload like any rotation entry's, so verify
    // matches them to the tables (docs/hash-chain.md).
    Entry reversal = reversalOf(original, reason);
    reversal.payload = recordsSnapshot(*id, correction.records);
    store::Transaction tx(m_file->db());
    const EntrySeq seq = appendInMeeting(std::move(reversal), actor);
    m_file->rotations.insertRecords(*id, correction.records, seq);
    tx.commit();
    return seq;
}

} // namespace tontine
