#include "core/rotation/correction.h"

#include "core/money/money.h"

#include <algorithm>

namespace tontine {

namespace {

Problem refusal(EntrySeq seq, const std::string& code, const std::string& text)
{
    return Problem{"entry", code, {std::to_string(seq)}, text};
}

std::string entryText(EntrySeq seq) { return "Entry " + std::to_string(seq); }

// A contribution may be undone only while nothing later rests on it (R44–R47).
void checkContribution(const RotationState& state, const std::map<EntrySeq, RotationRecords>& byEntry,
                       const std::set<EntrySeq>& cancelled, EntrySeq seq, const RotationRecords& mine, Problems& problems)
{
    const MemberId member = mine.lines.front().member;
    std::set<int> rounds;
    for (const RoundLine& l : mine.lines)
        rounds.insert(l.round);

    // R44: money in the pot (or prepaid) of a round since paid out went to its beneficiary.
    for (const RoundLine& l : mine.lines) {
        const RoundOutcome* o = state.outcome(l.round);
        if (l.booking == Booking::Advance || !o || !o->paidOut)
            continue;
        problems.push_back(refusal(seq, "rotation.reversal_paid_out",
            entryText(seq) + " paid toward round " + std::to_string(l.round) + ", which was paid out on "
            + o->paidOn.iso() + ": that money went to its beneficiary and cannot be taken back. "
            + "If the member paid too much, the rest of the payment still counts toward their later rounds; "
            + "settle any difference with them in cash"));
        return;
    }
    for (const auto& [later, records] : byEntry) {
        if (later <= seq || cancelled.count(later))
            continue;
        // R46: the member left since: their rounds were settled on the basis of this payment.
        if (records.withdrawal && records.withdrawal->member == member) {
            problems.push_back(refusal(seq, "rotation.reversal_left",
                entryText(seq) + " was counted when the member left the rotation (entry " + std::to_string(later)
                + "); it cannot be reversed any more"));
            return;
        }
        // R45: a later record on the same member and round builds on this one: undo it first.
        for (const RoundLine& l : records.lines)
            if (l.member == member && rounds.count(l.round)) {
                problems.push_back(refusal(seq, "rotation.reversal_not_latest",
                    entryText(seq) + " is not the latest record of this member's round " + std::to_string(l.round)
                    + ": entry " + std::to_string(later) + " came after it. Reverse entry " + std::to_string(later)
                    + " first, then this one"));
                return;
            }
    }
    // R47: the fines it assessed must still be owed, or the member would be owed fines back.
    std::int64_t assessed = 0;
    for (const FineCharge& f : mine.fines)
        assessed = checkedAdd(assessed, f.amount);
    if (assessed > 0 && finesOutstanding(state, member) < assessed) {
        const std::string a = formatWithCode(assessed, state.spec.currency());
        problems.push_back(refusal(seq, "rotation.reversal_fine_paid",
            entryText(seq) + " assessed a late fine of " + a + " that has since been paid. "
            + "Reverse that fine payment first, then this entry"));
    }
}

} // namespace

RecordsCorrection correctRecords(const RotationState& state, const std::map<EntrySeq, RotationRecords>& byEntry,
                                 const std::set<EntrySeq>& cancelled, EntrySeq seq, Date date)
{
    RecordsCorrection out;
    const auto it = byEntry.find(seq);
    if (it == byEntry.end()) {
        out.problems.push_back(refusal(seq, "rotation.reversal_unknown",
                                       entryText(seq) + " recorded nothing in this rotation"));
        return out;
    }
    const RotationRecords& mine = it->second;
    // R48: what cannot be undone, and why.
    if (mine.payout) {
        out.problems.push_back(refusal(seq, "rotation.reversal_payout",
            entryText(seq) + " is the payout of round " + std::to_string(mine.payout->round)
            + ": the pot was handed over and the hand's turn is used, so it cannot be reversed. "
            + "If the wrong hand was paid, the members settle it between them in cash; the books keep the payout"));
        return out;
    }
    if (mine.withdrawal) {
        out.problems.push_back(refusal(seq, "rotation.reversal_leave",
            entryText(seq) + " records a member leaving: their rounds were dropped and others' payments moved, "
            + "so it cannot be reversed. A member who comes back joins the next rotation"));
        return out;
    }
    if (mine.reserveShared) {
        out.problems.push_back(refusal(seq, "rotation.reversal_reserve",
            entryText(seq) + " shared the discount reserve out to the members in cash; it cannot be reversed. "
            + "A share given wrongly is settled between the members"));
        return out;
    }
    const bool contribution = !mine.lines.empty();
    for (const RoundLine& l : mine.lines)
        if (l.amount <= 0 || l.source != LineSource::Payment || l.member != mine.lines.front().member) {
            out.problems.push_back(refusal(seq, "rotation.reversal_unknown",
                                           entryText(seq) + " is not a member's payment; it cannot be reversed"));
            return out;
        }
    if (!contribution && mine.finePayments.empty()) {
        out.problems.push_back(refusal(seq, "rotation.reversal_unknown",
                                       entryText(seq) + " is not a member's payment; it cannot be reversed"));
        return out;
    }
    if (contribution)
        checkContribution(state, byEntry, cancelled, seq, mine, out.problems);
    if (!out.problems.empty())
        return out;

    // R43/R49: the negation of every record, dated the day of the correction.
    for (RoundLine l : mine.lines) {
        l.amount = -l.amount;
        l.date = date;
        out.records.lines.push_back(l);
    }
    for (FineCharge f : mine.fines) {
        f.amount = -f.amount;
        f.date = date;
        out.records.fines.push_back(f);
    }
    for (FinePayment p : mine.finePayments) {
        p.amount = -p.amount;
        p.date = date;
        out.records.finePayments.push_back(p);
    }
    return out;
}

} // namespace tontine
