// The rotation verbs' --json documents (see rotation_json.h). Every figure comes from core
// (roundAccount, the use cases' results); this file only names and nests them.
#include "app/cli/rotation_json.h"

#include "app/cli/meeting_text.h"
#include "core/rotation/round_account.h"

namespace tontine::cli {

namespace {

void holdersJson(JsonWriter& j, const Book& book, const RotationSpec& spec, HandNumber hand)
{
    j.key("holders").beginArray();
    if (const Hand* h = spec.findHand(hand))
        for (const auto& holder : h->holders) {
            j.beginObject();
            j.field("member", static_cast<std::int64_t>(holder.member));
            j.field("name", memberName(book, holder.member));
            j.field("halves", holder.halves);
            j.endObject();
        }
    j.endArray();
}

void moneyFields(JsonWriter& j, const BeneficiaryMoney& m)
{
    j.field("potShare", m.potShare);
    j.field("discount", m.discount);
    j.field("commission", m.commission);
    j.field("commissionFromDiscount", m.commissionFromDiscount);
    j.field("discountToRule", m.discountToRule);
    j.field("payout", m.payout);
}

void memberAmountsJson(JsonWriter& j, const std::string& name, const std::vector<MemberAmount>& amounts)
{
    j.key(name).beginArray();
    for (const auto& a : amounts) {
        j.beginObject();
        j.field("member", static_cast<std::int64_t>(a.member));
        j.field("amount", a.amount);
        j.endObject();
    }
    j.endArray();
}

void handsArray(JsonWriter& j, const std::string& name, const std::vector<HandNumber>& hands)
{
    j.key(name).beginArray();
    for (auto h : hands)
        j.value(h);
    j.endArray();
}

} // namespace

void planJson(JsonWriter& j, const Book& book, const RotationState& state)
{
    j.key("rounds").beginArray();
    for (const auto& row : planCycle(state)) {
        const RoundAccount a = roundAccount(state, row.round);
        j.beginObject();
        j.field("round", row.round);
        j.field("date", row.date.iso());
        j.field("status", roundStatusCode(row.status));
        j.field("grossPot", row.grossPot);
        j.key("beneficiaries").beginArray();
        for (const auto& m : a.beneficiaries) {
            j.beginObject();
            j.field("hand", m.hand);
            holdersJson(j, book, state.spec, m.hand);
            moneyFields(j, m);
            j.endObject();
        }
        j.endArray();
        // How the round's discount is shared: the rule, and under shared-now what each other
        // member pays less.
        j.field("discountShared", discountRuleCode(state.spec.discountRule));
        j.key("reductions").beginArray();
        for (const auto& [member, amount] : sharedReductions(state, row.round)) {
            j.beginObject();
            j.field("member", static_cast<std::int64_t>(member));
            j.field("amount", amount);
            j.endObject();
        }
        j.endArray();
        j.field("potIn", a.potIn);
        j.field("discount", a.discount);
        j.field("discountSharedNow", a.discountSharedNow);
        j.field("discountOut", a.discountOut);
        j.field("commission", a.commission);
        j.field("payout", a.payout);
        j.key("payments").beginArray();
        for (const auto& l : a.lines) {
            j.beginObject();
            j.field("member", static_cast<std::int64_t>(l.member));
            j.field("amount", l.amount);
            j.field("source", lineSourceCode(l.source));
            j.field("booking", bookingCode(l.booking));
            j.field("date", l.date.iso());
            j.endObject();
        }
        j.endArray();
        j.endObject();
    }
    j.endArray();
}

void specJson(JsonWriter& j, const RotationSpec& spec)
{
    auto kind = [](bool none, bool fixed) { return none ? "none" : fixed ? "fixed" : "percent"; };
    j.field("start", spec.start.iso());
    j.field("everyKth", spec.everyKth);
    j.field("beneficiariesPerRound", spec.beneficiariesPerRound);
    j.field("minimumBid", spec.minimumBid);
    j.key("commission").beginObject();
    j.field("kind", kind(spec.commission.kind == CommissionRule::Kind::None, spec.commission.kind == CommissionRule::Kind::Fixed));
    j.field("amount", spec.commission.amount);
    j.field("basisPoints", spec.commission.basisPoints);
    j.field("from", commissionSourceCode(spec.commission.source));
    j.endObject();
    j.key("lateFine").beginObject();
    j.field("kind", kind(spec.lateFine.kind == FineRule::Kind::None, spec.lateFine.kind == FineRule::Kind::Fixed));
    j.field("amount", spec.lateFine.amount);
    j.field("basisPoints", spec.lateFine.basisPoints);
    j.field("per", spec.lateFine.perPeriod ? "period" : "round");
    j.endObject();
    j.field("leaverRefund", leaverRefundCode(spec.leaverRefund));
}

void contributionJson(JsonWriter& j, const Book& book, const ContributionResult& r)
{
    j.field("member", static_cast<std::int64_t>(r.member));
    j.field("name", memberName(book, r.member));
    j.field("date", r.date.iso());
    j.field("amount", r.amount);
    std::int64_t fines = 0;
    j.key("parts").beginArray();
    for (const auto& p : r.parts) {
        j.beginObject();
        j.field("round", p.round);
        j.field("dueOn", p.dueOn.iso());
        j.field("amount", p.amount);
        j.field("timing", timingCode(p.timing));
        j.field("booking", bookingCode(p.booking));
        j.field("fine", p.fine);
        j.endObject();
        fines += p.fine;
    }
    j.endArray();
    j.field("finesAssessed", fines);
}

void payoutJson(JsonWriter& j, const Book& book, const RotationState& before, const PayoutResult& r)
{
    j.field("round", r.round);
    j.field("date", r.date.iso());
    j.field("grossPot", r.grossPot);
    j.field("discountRule", discountRuleCode(r.discountRule));
    j.key("beneficiaries").beginArray();
    for (const auto& b : r.beneficiaries) {
        j.beginObject();
        j.field("hand", b.money.hand);
        holdersJson(j, book, before.spec, b.money.hand);
        moneyFields(j, b.money);
        memberAmountsJson(j, "paidTo", b.holders);
        j.endObject();
    }
    j.endArray();
    j.field("prepaidMovedIn", r.prepaidMovedIn);
    memberAmountsJson(j, "advanced", r.advanced);
    memberAmountsJson(j, "advanceReleased", r.advanceReleased);
    memberAmountsJson(j, "reductions", r.reductions);
    j.field("discountKept", r.discountKept);
    j.field("discountReserved", r.discountReserved);
    j.field("commission", r.commission);
    memberAmountsJson(j, "carried", r.carried);
    memberAmountsJson(j, "refunded", r.refunded);
}

void auctionJson(JsonWriter& j, const Book& book, const RotationSpec& spec, const AuctionResult& r)
{
    j.field("round", r.outcome.round);
    j.field("discountRule", discountRuleCode(spec.discountRule));
    handsArray(j, "beneficiaries", r.outcome.beneficiaries);
    j.key("discounts").beginArray();
    for (auto d : r.outcome.discounts)
        j.value(d);
    j.endArray();
    j.key("bids").beginArray();
    int rank = 0;
    for (const auto& b : r.ranking) {
        j.beginObject();
        j.field("rank", ++rank);
        j.field("hand", b.hand);
        j.field("member", static_cast<std::int64_t>(b.member));
        j.field("name", memberName(book, b.member));
        j.field("discount", b.discount);
        j.field("sequence", b.sequence);
        j.endObject();
    }
    j.endArray();
}

void drawJson(JsonWriter& j, const RotationState& state, const std::vector<DrawStep>& steps)
{
    j.field("rotation", static_cast<std::int64_t>(state.spec.id));
    j.field("seed", state.spec.drawSeed);
    j.field("beneficiariesPerRound", state.spec.beneficiariesPerRound);
    j.key("left").beginArray();
    for (const auto& w : state.withdrawals)
        if (w.beforeReceiving) {
            j.beginObject();
            j.field("member", static_cast<std::int64_t>(w.member));
            handsArray(j, "hands", w.hands);
            j.field("fromRound", w.fromRound);
            j.endObject();
        }
    j.endArray();
    j.key("picks").beginArray();
    for (const auto& s : steps) {
        j.beginObject();
        j.field("pick", s.pick);
        j.field("round", (s.pick - 1) / state.spec.beneficiariesPerRound + 1);
        handsArray(j, "eligible", s.eligible);
        j.field("attempt", s.attempt);
        j.field("text", s.message);
        j.field("sha256", s.hashHex);
        j.field("value", static_cast<std::int64_t>(s.value));
        j.field("index", s.index);
        j.field("winner", s.winner);
        j.endObject();
    }
    j.endArray();
}

void duesJson(JsonWriter& j, const Book& book, const std::vector<MemberDue>& dues)
{
    j.key("members").beginArray();
    for (const auto& d : dues) {
        j.beginObject();
        j.field("member", static_cast<std::int64_t>(d.member));
        j.field("name", memberName(book, d.member));
        j.field("dueNow", d.dueNow);
        j.field("arrears", d.arrears);
        j.field("fineIfPaidNow", d.fineIfPaidNow);
        j.field("finesOwed", d.finesOwed);
        j.field("advanceDebt", d.advanceDebt);
        j.endObject();
    }
    j.endArray();
}

void leaveJson(JsonWriter& j, const Book& book, const LeaveResult& r)
{
    j.field("member", static_cast<std::int64_t>(r.member));
    j.field("name", memberName(book, r.member));
    j.field("date", r.date.iso());
    j.field("beforeReceiving", r.beforeReceiving);
    handsArray(j, "hands", r.withdrawal.hands);
    j.field("fromRound", r.withdrawal.fromRound);
    j.field("returnedFromPot", r.returnedFromPot);
    j.field("returnedPaidOut", r.returnedPaidOut);
    j.field("kept", r.kept);
    j.field("newDebt", r.newDebt);
    j.field("debtAfter", r.debtAfter);
    memberAmountsJson(j, "othersCarried", r.othersCarried);
    memberAmountsJson(j, "othersRefunded", r.othersRefunded);
    memberAmountsJson(j, "advancesReleased", r.advancesReleased);
}

void reserveShareJson(JsonWriter& j, const Book& book, const ReserveShareResult& r)
{
    j.field("date", r.date.iso());
    j.field("reserve", r.reserve);
    j.key("shares").beginArray();
    for (const auto& a : r.shares) {
        j.beginObject();
        j.field("member", static_cast<std::int64_t>(a.member));
        j.field("name", memberName(book, a.member));
        j.field("amount", a.amount);
        j.endObject();
    }
    j.endArray();
}

void finePaymentJson(JsonWriter& j, const Book& book, const FinePaymentResult& r, std::int64_t stillOwed)
{
    j.field("member", static_cast<std::int64_t>(r.payment.member));
    j.field("name", memberName(book, r.payment.member));
    j.field("date", r.payment.date.iso());
    j.field("amount", r.payment.amount);
    j.field("finesStillOwed", stillOwed);
}

void memberRoundsJson(JsonWriter& j, const std::vector<MemberRoundStatus>& rounds)
{
    j.key("rounds").beginArray();
    for (const auto& r : rounds) {
        j.beginObject();
        j.field("round", r.round);
        j.field("dueOn", r.dueOn.iso());
        j.field("due", r.due);
        j.field("paid", r.paid);
        j.field("fundAdvanced", r.fundCovered);
        j.field("outstanding", r.outstanding);
        j.field("overdue", r.overdue);
        j.endObject();
    }
    j.endArray();
}

} // namespace tontine::cli
