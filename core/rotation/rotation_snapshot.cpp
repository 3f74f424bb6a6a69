#include "core/rotation/rotation_snapshot.h"

#include "core/text/canonical_text.h"

namespace tontine {

namespace {

// Hand numbers and amounts as one value ("3,1,2"): a list is one line, so a change of any
// element or of the length changes the snapshot.
template <typename T>
std::string joined(const std::vector<T>& values)
{
    std::string out;
    for (const auto& v : values)
        out += (out.empty() ? "" : ",") + std::to_string(v);
    return out;
}

std::string fineKindCode(FineRule::Kind k)
{
    return k == FineRule::Kind::None ? "none" : k == FineRule::Kind::Fixed ? "fixed" : "percent";
}

std::string commissionKindCode(CommissionRule::Kind k)
{
    return k == CommissionRule::Kind::None ? "none" : k == CommissionRule::Kind::Fixed ? "fixed" : "percent";
}

void writeOutcome(CanonicalWriter& w, const RoundOutcome& o)
{
    w.integer("round", o.round)
        .text("beneficiaries", joined(o.beneficiaries))
        .text("discounts", joined(o.discounts))
        .flag("paidOut", o.paidOut)
        .text("paidOn", o.paidOut ? o.paidOn.iso() : std::string());
}

} // namespace

std::string rotationSpecSnapshot(const RotationSpec& s)
{
    // Field order and keys are fixed forever (append new keys at the end).
    CanonicalWriter w("rotation");
    w.integer("id", s.id)
        .text("name", s.name)
        .text("currency", s.currencyCode)
        .integer("contributionPerHand", s.contributionPerHand)
        .integer("roundingUnit", s.roundingUnit)
        .text("frequency", frequencyCode(s.frequency))
        .integer("everyKth", s.everyKth)
        .text("start", s.start.iso())
        .integer("beneficiariesPerRound", s.beneficiariesPerRound)
        .text("order", orderMethodCode(s.order))
        .text("fixedOrder", joined(s.fixedOrder))
        .text("drawSeed", s.drawSeed)
        .text("discountRule", discountRuleCode(s.discountRule))
        .integer("minimumBid", s.minimumBid)
        .text("commission.kind", commissionKindCode(s.commission.kind))
        .integer("commission.amount", s.commission.amount)
        .integer("commission.basisPoints", s.commission.basisPoints)
        .text("commission.source", commissionSourceCode(s.commission.source))
        .text("fine.kind", fineKindCode(s.lateFine.kind))
        .integer("fine.amount", s.lateFine.amount)
        .integer("fine.basisPoints", s.lateFine.basisPoints)
        .flag("fine.perPeriod", s.lateFine.perPeriod)
        .text("shortfall", shortfallRuleCode(s.shortfall))
        .text("leaverRefund", leaverRefundCode(s.leaverRefund))
        .integer("hands", static_cast<std::int64_t>(s.hands.size()));
    for (const Hand& h : s.hands) {
        std::string holders;
        for (const HandShare& share : h.holders)
            holders += (holders.empty() ? "" : ",") + std::to_string(share.member) + "/" + std::to_string(share.halves);
        w.text("hand." + std::to_string(h.number), holders);
    }
    return w.str();
}

std::string auctionSnapshot(RotationId rotation, const RoundOutcome& decided, const std::vector<Bid>& bids)
{
    CanonicalWriter w("rotation_auction");
    w.integer("rotation", rotation)
        .integer("round", decided.round)
        .text("beneficiaries", joined(decided.beneficiaries))
        .text("discounts", joined(decided.discounts))
        .integer("bids", static_cast<std::int64_t>(bids.size()));
    for (const Bid& b : bids)
        w.text("bid", std::to_string(b.sequence) + " member=" + std::to_string(b.member) +
                          " hand=" + std::to_string(b.hand) + " discount=" + std::to_string(b.discount));
    return w.str();
}

bool isRotationRecords(std::string_view payload)
{
    return payload.substr(0, std::string_view("format=rotation_records/").size()) == "format=rotation_records/";
}

std::string recordsSnapshotPrefix(RotationId rotation)
{
    CanonicalWriter w("rotation_records");
    w.integer("rotation", rotation);
    return w.str();
}

std::string recordsSnapshot(RotationId rotation, const RotationRecords& r)
{
    CanonicalWriter w("rotation_records");
    w.integer("rotation", rotation);
    for (const RoundLine& l : r.lines)
        w.text("line", "member=" + std::to_string(l.member) + " round=" + std::to_string(l.round) +
                           " amount=" + std::to_string(l.amount) + " source=" + lineSourceCode(l.source) +
                           " booking=" + bookingCode(l.booking) + " date=" + l.date.iso());
    for (const FineCharge& f : r.fines)
        w.text("fine", "member=" + std::to_string(f.member) + " round=" + std::to_string(f.round) +
                           " amount=" + std::to_string(f.amount) + " periods=" + std::to_string(f.periodsLate) +
                           " date=" + f.date.iso());
    for (const FinePayment& p : r.finePayments)
        w.text("finePaid", "member=" + std::to_string(p.member) + " amount=" + std::to_string(p.amount) +
                               " date=" + p.date.iso());
    if (r.payout) {
        w.text("payout", "");
        writeOutcome(w, *r.payout);
    }
    if (r.withdrawal) {
        const Withdrawal& x = *r.withdrawal;
        w.text("withdrawal", "member=" + std::to_string(x.member) + " fromRound=" + std::to_string(x.fromRound) +
                                 " hands=" + joined(x.hands) + " beforeReceiving=" + (x.beforeReceiving ? "1" : "0") +
                                 " date=" + x.date.iso());
    }
    w.flag("reserveShared", r.reserveShared);
    return w.str();
}

std::string rotationSubject(RotationId id) { return "rotation:" + std::to_string(id); }
std::string auctionSubject(RotationId id, int round)
{
    return rotationSubject(id) + ":round:" + std::to_string(round);
}
std::string rotationRecordsSubject(RotationId id) { return rotationSubject(id) + ":records"; }

} // namespace tontine
