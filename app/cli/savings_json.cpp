// The savings, social fund and share-out --json documents (see savings_json.h). Every figure
// comes from core; this file only names and nests them.
#include "app/cli/savings_json.h"

#include "app/cli/meeting_text.h"

namespace tontine::cli {

namespace {

void membersArray(JsonWriter& j, const Book& book, const std::string& name, const std::vector<MemberId>& members)
{
    j.key(name).beginArray();
    for (auto m : members) {
        j.beginObject();
        j.field("member", static_cast<std::int64_t>(m));
        j.field("name", memberName(book, m));
        j.endObject();
    }
    j.endArray();
}

void problemsJson(JsonWriter& j, const Problems& problems)
{
    j.key("problems").beginArray();
    for (const auto& p : problems) {
        j.beginObject();
        j.field("field", p.field);
        j.field("code", p.code);
        j.field("text", p.text);
        j.endObject();
    }
    j.endArray();
}

} // namespace

void cycleJson(JsonWriter& j, const SavingsCycle& c)
{
    j.beginObject();
    j.field("id", static_cast<std::int64_t>(c.id));
    j.field("name", c.name);
    j.field("start", c.start.iso());
    j.field("end", c.end.iso());
    j.field("sharePrice", c.sharePrice);
    j.field("minShares", c.minShares);
    j.field("maxShares", c.maxShares);
    j.field("voluntaryAllowed", c.voluntaryAllowed);
    j.field("withdrawalsAllowed", c.withdrawalsAllowed);
    j.field("loansAtShareOut", loanAtShareOutCode(c.loanRule));
    j.key("sharedOn");
    if (c.sharedOn)
        j.value(c.sharedOn->iso());
    else
        j.null();
    j.endObject();
}

void savingsBalancesJson(JsonWriter& j, const Book& book, const std::vector<MemberSavings>& balances)
{
    std::int64_t shares = 0;
    std::int64_t saved = 0;
    std::int64_t free = 0;
    j.key("members").beginArray();
    for (const auto& b : balances) {
        j.beginObject();
        j.field("member", static_cast<std::int64_t>(b.member));
        j.field("name", memberName(book, b.member));
        j.field("shares", b.shares);
        j.field("saved", b.saved);
        j.field("pledged", b.pledged);
        j.field("owed", b.owed);
        j.field("free", b.free());
        j.endObject();
        shares += b.shares;
        saved += b.saved;
        free += b.free();
    }
    j.endArray();
    j.key("totals").beginObject();
    j.field("shares", shares);
    j.field("saved", saved);
    j.field("free", free);
    j.endObject();
}

void savingsRecordsJson(JsonWriter& j, const Book& book, const std::vector<SavingsRecord>& records)
{
    j.key("records").beginArray();
    for (const auto& r : records) {
        j.beginObject();
        j.field("date", r.date.iso());
        j.field("member", static_cast<std::int64_t>(r.member));
        j.field("name", memberName(book, r.member));
        j.field("kind", savingsKindCode(r.kind));
        j.field("shares", r.shares);
        j.field("amount", r.amount);
        j.endObject();
    }
    j.endArray();
}

void socialRulesJson(JsonWriter& j, const SocialRules& rules)
{
    j.field("contribution", rules.contribution);
    j.field("approvalsRequired", rules.approvalsRequired);
    j.field("loansAllowed", rules.loansAllowed);
    j.field("loanMax", rules.loanMax);
    j.key("events").beginArray();
    for (const auto& e : rules.events) {
        j.beginObject();
        j.field("event", socialEventCode(e.event));
        j.field("grant", e.fixed ? "fixed" : "ceiling");
        j.field("amount", e.amount);
        j.endObject();
    }
    j.endArray();
}

void grantJson(JsonWriter& j, const Book& book, const SocialGrant& g)
{
    j.beginObject();
    j.field("id", static_cast<std::int64_t>(g.id));
    j.field("date", g.date.iso());
    j.field("event", socialEventCode(g.event));
    j.field("member", static_cast<std::int64_t>(g.beneficiary));
    j.field("name", memberName(book, g.beneficiary));
    j.field("amount", g.amount);
    membersArray(j, book, "approvers", g.approvers);
    j.field("note", g.note);
    j.field("entry", g.entrySeq);
    j.endObject();
}

void shareOutJson(JsonWriter& j, const Book& book, const ShareOutPlan& plan)
{
    const ShareOutFund& f = plan.fund;
    const ShareOutResult& r = plan.result;
    j.field("cycle", static_cast<std::int64_t>(plan.cycle.id));
    j.field("cycleName", plan.cycle.name);
    j.field("date", plan.date.iso());
    j.field("meetings", plan.meetings);
    j.field("rule", shareOutRuleCode(r.rule));
    j.field("basis", shareOutBasisCode(f.basis));
    j.key("fund").beginObject();
    j.field("savings", f.savings);
    j.field("earnings", f.earnings);
    j.field("books", f.books);
    j.field("cashExpected", f.cashExpected);
    j.field("cashCounted", f.cashCounted);
    j.field("difference", f.difference);
    j.field("socialFund", f.socialFund);
    j.field("keptBack", f.keptBack);
    j.field("amountShared", f.amountShared);
    j.endObject();
    std::int64_t reinvested = 0;
    std::int64_t deductions = 0;
    std::int64_t net = 0;
    std::int64_t stillOwed = 0;
    j.key("members").beginArray();
    for (const auto& l : r.lines) {
        auto it = plan.reinvest.find(l.member);
        const std::int64_t reinvest = it == plan.reinvest.end() ? 0 : it->second;
        reinvested += reinvest;
        deductions += l.deductions;
        net += l.net;
        stillOwed += l.stillOwed;
        j.beginObject();
        j.field("member", static_cast<std::int64_t>(l.member));
        j.field("name", memberName(book, l.member));
        j.field("shares", l.shares);
        j.field("saved", l.saved);
        j.field("weight", l.weight);
        j.field("gross", l.gross);
        j.field("deductions", l.deductions);
        j.field("net", l.net);
        j.field("reinvest", reinvest);
        j.field("paidOut", l.net - reinvest);
        j.field("stillOwed", l.stillOwed);
        j.field("roundedUp", l.roundedUp);
        j.endObject();
    }
    j.endArray();
    j.key("totals").beginObject();
    j.field("shares", r.totalShares);
    j.field("saved", r.totalSaved);
    // The engine's gain: amount shared − saved (negative when less is shared than was saved,
    // e.g. when the group keeps back more than it earned). Not fund.earnings.
    j.field("sharedLessSaved", r.earnings);
    j.field("gross", r.allocated);
    j.field("deductions", deductions);
    j.field("net", net);
    j.field("reinvest", reinvested);
    j.field("paidOut", net - reinvested);
    j.field("stillOwed", stillOwed);
    j.field("keptByRounding", r.keptByRounding);
    j.field("unitsByRemainder", r.unitsByRemainder);
    j.endObject();
    j.field("roundingNote", r.roundingNote);
    problemsJson(j, plan.problems);
    j.field("committedEntry", plan.committedEntry);
}

} // namespace tontine::cli
