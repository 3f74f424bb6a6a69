// The loan, guarantee and portfolio --json documents (see loan_json.h). Every figure comes
// from core; this file only names and nests them.
#include "app/cli/loan_json.h"

#include "app/cli/loan_text.h"
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

void dateField(JsonWriter& j, const std::string& name, const std::optional<Date>& date)
{
    j.key(name);
    if (date)
        j.value(date->iso());
    else
        j.null();
}

} // namespace

void loanRulesJson(JsonWriter& j, const Book& book, const LoanRules& rules)
{
    membersArray(j, book, "committee", rules.committee);
    j.field("approvalsRequired", rules.approvalsRequired);
    j.field("maxDaysLateToBorrow", rules.maxDaysLateToBorrow);
    j.field("guarantorExposurePercent", rules.guarantorExposurePercent);
}

void loanProductJson(JsonWriter& j, const LoanProduct& p)
{
    j.beginObject();
    j.field("id", static_cast<std::int64_t>(p.id));
    j.field("name", p.name);
    j.field("rateBasisPoints", p.rateBasisPoints);
    j.field("method", loanMethodCode(p.method));
    j.field("minTermMonths", p.minTermMonths);
    j.field("maxTermMonths", p.maxTermMonths);
    j.field("savingsMultiplePercent", p.savingsMultiplePercent);
    j.field("maxAmount", p.maxAmount);
    j.field("guarantorsRequired", p.guarantorsRequired);
    j.field("pledgeBasisPoints", p.pledgeBasisPoints);
    j.key("penalty").beginObject();
    j.field("kind", penaltyKindCode(p.penalty.kind));
    j.field("amount", p.penalty.amount);
    j.field("basisPoints", p.penalty.basisPoints);
    j.field("perPeriod", p.penalty.perPeriod);
    j.field("periodDays", p.penalty.periodDays);
    j.field("graceDays", p.penalty.graceDays);
    j.endObject();
    j.field("topUpAllowed", p.topUpAllowed);
    j.field("topUpMinRepaidPercent", p.topUpMinRepaidPercent);
    j.field("active", p.active);
    j.endObject();
}

void scheduleJson(JsonWriter& j, const std::string& name, const std::vector<Instalment>& schedule)
{
    j.key(name).beginArray();
    for (const auto& i : schedule) {
        j.beginObject();
        j.field("number", i.number);
        j.field("dueOn", i.dueOn.iso());
        j.field("principal", i.principal);
        j.field("interest", i.interest);
        j.field("total", i.total());
        j.endObject();
    }
    j.endArray();
}

void allocationsJson(JsonWriter& j, const std::vector<LoanAllocation>& lines)
{
    j.key("allocations").beginArray();
    for (const auto& a : lines) {
        j.beginObject();
        j.field("date", a.date.iso());
        j.field("instalment", a.instalment);
        j.field("penalty", a.penalty);
        j.field("interest", a.interest);
        j.field("principal", a.principal);
        j.field("total", a.total());
        j.endObject();
    }
    j.endArray();
}

void positionJson(JsonWriter& j, const LoanPosition& p)
{
    j.key("position").beginObject();
    j.field("on", p.on.iso());
    j.field("principalOutstanding", p.principalOutstanding);
    j.field("interestDue", p.interestDue);
    j.field("penaltiesDue", p.penaltiesDue);
    j.field("principalDue", p.principalDue);
    j.field("dueToday", p.dueToday());
    j.field("payoff", p.payoff());
    j.field("daysLate", p.daysLate);
    j.field("repaid", p.repaid());
    j.key("instalments").beginArray();
    for (const auto& s : p.instalments) {
        j.beginObject();
        j.field("number", s.instalment.number);
        j.field("dueOn", s.instalment.dueOn.iso());
        j.field("principal", s.instalment.principal);
        j.field("interest", s.instalment.interest);
        j.field("principalPaid", s.principalPaid);
        j.field("interestPaid", s.interestPaid);
        j.field("penaltyCharged", s.penaltyCharged);
        j.field("penaltyPaid", s.penaltyPaid);
        j.field("principalLeft", s.principalLeft());
        j.field("interestLeft", s.interestLeft());
        j.field("penaltyLeft", s.penaltyLeft());
        dateField(j, "settledOn", s.settledOn);
        j.field("daysLate", s.daysLate);
        j.endObject();
    }
    j.endArray();
    j.endObject();
}

void loanJson(JsonWriter& j, const Book& book, const Loan& loan)
{
    j.field("id", static_cast<std::int64_t>(loan.id));
    j.field("borrower", static_cast<std::int64_t>(loan.borrower));
    j.field("borrowerName", memberName(book, loan.borrower));
    j.field("status", loanStatusCode(loan.status));
    j.field("product", static_cast<std::int64_t>(loan.product.id));
    j.field("productName", loan.product.name);
    j.field("method", loanMethodCode(loan.product.method));
    j.field("rateBasisPoints", loan.product.rateBasisPoints);
    j.field("principal", loan.principal);
    j.field("termMonths", loan.termMonths);
    j.field("purpose", loan.purpose);
    j.field("requestedOn", loan.requestedOn.iso());
    dateField(j, "approvedOn", loan.approvedOn);
    dateField(j, "disbursedOn", loan.disbursedOn);
    dateField(j, "defaultedOn", loan.defaultedOn);
    dateField(j, "closedOn", loan.closedOn);
    j.field("writtenOff", loan.writtenOff);
    j.key("fromGuarantee");
    if (loan.fromGuarantee)
        j.value(static_cast<std::int64_t>(*loan.fromGuarantee));
    else
        j.null();
    j.field("scheduleVersion", loan.scheduleVersion);
    membersArray(j, book, "approvers", loan.approvers);
}

void loanShowJson(JsonWriter& j, const Book& book, const Loan& loan, Date on)
{
    j.beginObject();
    j.field("currency", book.settings().currency().code);
    loanJson(j, book, loan);
    j.key("custom").beginArray();
    for (const auto& c : loan.custom) {
        j.beginObject();
        j.field("dueOn", c.dueOn.iso());
        j.field("principal", c.principal);
        j.endObject();
    }
    j.endArray();
    const auto held = book.pledgesHeld(loan.id, on);
    j.key("guarantors").beginArray();
    for (const auto& g : loan.guarantors) {
        j.beginObject();
        j.field("member", static_cast<std::int64_t>(g.guarantor));
        j.field("name", memberName(book, g.guarantor));
        j.field("pledge", g.pledge);
        std::int64_t h = 0;
        for (const auto& x : held)
            if (x.guarantor == g.guarantor)
                h = x.pledge;
        j.field("held", h);
        j.endObject();
    }
    j.endArray();
    scheduleJson(j, "schedule", loan.schedule);
    if (loan.disbursedOn)
        positionJson(j, book.loanPosition(loan.id, on));
    else
        j.key("position").null();
    allocationsJson(j, loan.allocations);
    j.key("guarantorDebts").beginArray();
    for (const auto& d : book.guarantorDebts()) {
        if (d.loan != loan.id)
            continue;
        j.beginObject();
        j.field("guarantor", static_cast<std::int64_t>(d.guarantor));
        j.field("name", memberName(book, d.guarantor));
        j.field("recovered", d.recovered);
        j.field("repaid", d.repaid);
        j.field("left", d.left());
        j.endObject();
    }
    j.endArray();
    j.endObject();
}


void loanProblemsJson(JsonWriter& j, const Problems& problems)
{
    const ValidationError named = forPeople(ValidationError(problems), loanFields);
    j.key("problems").beginArray();
    for (const auto& p : named.problems()) {
        j.beginObject();
        j.field("field", p.field);
        j.field("code", p.code);
        j.field("text", p.text);
        j.endObject();
    }
    j.endArray();
}

void guaranteeJson(JsonWriter& j, const Book& book, const GroupGuarantee& g, Date on)
{
    j.beginObject();
    j.field("id", static_cast<std::int64_t>(g.id));
    j.field("member", static_cast<std::int64_t>(g.member));
    j.field("name", memberName(book, g.member));
    j.field("supplier", g.supplier);
    j.field("purpose", g.purpose);
    j.field("amount", g.amount);
    j.field("issuedOn", g.issuedOn.iso());
    j.field("until", g.until.iso());
    j.field("status", guaranteeStatusCode(g.status));
    j.field("committed", g.isCommitted(on));
    dateField(j, "closedOn", g.closedOn);
    j.key("loan");
    if (g.loan)
        j.value(static_cast<std::int64_t>(*g.loan));
    else
        j.null();
    membersArray(j, book, "approvers", g.approvers);
    j.endObject();
}

void portfolioJson(JsonWriter& j, const Portfolio& p)
{
    j.field("loans", p.loans);
    j.field("outstanding", p.outstanding);
    j.key("ageing").beginArray();
    for (int b = 0; b < AgeingBucketCount; ++b) {
        j.beginObject();
        j.field("bucket", ageingBucketCode(static_cast<AgeingBucket>(b)));
        j.field("loans", p.loansByBucket[static_cast<std::size_t>(b)]);
        j.field("outstanding", p.outstandingByBucket[static_cast<std::size_t>(b)]);
        j.endObject();
    }
    j.endArray();
    j.field("atRisk30", p.atRisk30);
    j.field("par30BasisPoints", p.par30BasisPoints);
    j.key("byPurpose").beginArray();
    for (const auto& purpose : p.byPurpose) {
        j.beginObject();
        j.field("purpose", purpose.purpose);
        j.field("loans", purpose.loans);
        j.field("outstanding", purpose.outstanding);
        j.endObject();
    }
    j.endArray();
    j.field("guaranteesOpen", p.guaranteesOpen);
    j.field("guaranteesCommitted", p.guaranteesCommitted);
}

} // namespace tontine::cli
