// Statements, the fund report and the collection sheet as JSON: every field of core's
// structs, amounts in minor units, dates ISO, optional values null.
#include "app/cli/loan_json.h"
#include "app/cli/report_output.h"

namespace tontine::cli {

namespace {

void optionalDate(JsonWriter& j, std::string_view name, const std::optional<Date>& date)
{
    j.key(name);
    if (date)
        j.value(date->iso());
    else
        j.null();
}

void optionalInt(JsonWriter& j, std::string_view name, const std::optional<int>& value)
{
    j.key(name).value(value ? std::optional<std::int64_t>(*value) : std::nullopt);
}

void chainHeadJson(JsonWriter& j, const ChainHead& head)
{
    j.key("chainHead").beginObject();
    j.field("entries", head.count);
    j.field("short", head.shortText());
    j.endObject();
}

void balanceLinesJson(JsonWriter& j, std::string_view name, const std::vector<FundBalanceLine>& lines)
{
    j.key(name).beginArray();
    for (const FundBalanceLine& l : lines) {
        j.beginObject();
        j.field("key", l.key);
        j.field("name", l.name);
        j.field("opening", l.opening);
        j.field("closing", l.closing);
        j.endObject();
    }
    j.endArray();
}

void datedAmountsJson(JsonWriter& j, std::string_view name, const std::vector<DatedAmount>& points)
{
    j.key(name).beginArray();
    for (const DatedAmount& p : points) {
        j.beginObject();
        j.field("date", p.date.iso());
        j.field("amount", p.amount);
        j.endObject();
    }
    j.endArray();
}

void dashboardJson(JsonWriter& j, const DashboardData& d)
{
    j.beginObject();
    j.field("from", d.from.iso());
    j.field("to", d.to.iso());
    datedAmountsJson(j, "cash", d.cash);
    j.key("collections").beginArray();
    for (const CollectionPoint& c : d.collections) {
        j.beginObject();
        j.field("meeting", c.meeting);
        j.field("date", c.date.iso());
        j.field("due", c.due);
        j.field("collected", c.collected);
        j.endObject();
    }
    j.endArray();
    j.key("portfolio").beginArray();
    for (const PortfolioPoint& p : d.portfolio) {
        j.beginObject();
        j.field("date", p.date.iso());
        j.field("outstanding", p.outstanding);
        j.field("atRisk30", p.atRisk30);
        j.endObject();
    }
    j.endArray();
    datedAmountsJson(j, "socialFund", d.socialFund);
    j.key("rotations").beginArray();
    for (const RotationProgress& r : d.rotations) {
        j.beginObject();
        j.field("rotation", r.rotation);
        j.field("name", r.name);
        j.field("rounds", r.rounds);
        j.field("roundsPaidOut", r.roundsPaidOut);
        j.field("collected", r.collected);
        j.field("expected", r.expected);
        j.endObject();
    }
    j.endArray();
    j.endObject();
}

} // namespace

void statementJson(JsonWriter& j, const MemberStatement& s)
{
    j.beginObject();
    j.key("member").beginObject();
    j.field("number", s.member.id);
    j.field("name", s.member.fullName());
    j.endObject();
    j.field("month", s.month.text());
    j.field("openingSavings", s.openingSavings);
    j.field("closingSavings", s.closingSavings);
    optionalInt(j, "closingShares", s.closingShares);
    j.key("movements").beginArray();
    for (const MemberMovement& m : s.movements) {
        j.beginObject();
        j.field("entry", m.seq);
        j.field("date", m.date.iso());
        j.key("meeting").value(m.meeting);
        j.field("kind", m.kind);
        j.field("memo", m.memo);
        j.field("in", m.cashIn);
        j.field("out", m.cashOut);
        j.field("savingsChange", m.savingsChange);
        j.field("loanChange", m.loanChange);
        j.endObject();
    }
    j.endArray();
    j.field("totalIn", s.totalCashIn);
    j.field("totalOut", s.totalCashOut);
    j.key("rotations").beginArray();
    for (const StatementRotation& r : s.rotations) {
        j.beginObject();
        j.field("rotation", r.rotation);
        j.field("name", r.name);
        j.field("dueInMonth", r.dueInMonth);
        j.field("paidInMonth", r.paidInMonth);
        j.field("arrearsAtEnd", r.arrearsAtEnd);
        j.field("finesOwed", r.finesOwed);
        optionalInt(j, "receivedRound", r.receivedRound);
        optionalDate(j, "receivedOn", r.receivedOn);
        j.field("receivedAmount", r.receivedAmount);
        optionalInt(j, "expectedRound", r.expectedRound);
        optionalDate(j, "expectedOn", r.expectedOn);
        j.endObject();
    }
    j.endArray();
    j.key("loans").beginArray();
    for (const StatementLoan& l : s.loans) {
        j.beginObject();
        j.field("loan", l.loan);
        j.field("product", l.product);
        j.field("status", l.status);
        j.field("principal", l.principal);
        j.field("principalOutstanding", l.principalOutstanding);
        j.field("dueInMonth", l.dueInMonth);
        j.field("paidInMonth", l.paidInMonth);
        j.field("overdueAtEnd", l.overdueAtEnd);
        j.field("daysLate", l.daysLate);
        optionalDate(j, "nextDueOn", l.nextDueOn);
        j.field("nextDueAmount", l.nextDueAmount);
        j.endObject();
    }
    j.endArray();
    j.key("guarantees").beginArray();
    for (const StatementGuarantee& g : s.guarantees) {
        j.beginObject();
        j.field("loan", g.loan);
        j.field("borrower", g.borrower);
        j.field("borrowerName", g.borrowerName);
        j.field("pledge", g.pledge);
        j.field("held", g.held);
        j.endObject();
    }
    j.endArray();
    j.key("grants").beginArray();
    for (const StatementGrant& g : s.grants) {
        j.beginObject();
        j.field("date", g.date.iso());
        j.field("kind", g.kind);
        j.field("amount", g.amount);
        j.endObject();
    }
    j.endArray();
    j.key("duesOwed").beginArray();
    for (const StatementDue& d : s.duesOwed) {
        j.beginObject();
        j.field("dueOn", d.dueOn.iso());
        j.field("kind", d.kind);
        j.field("outstanding", d.outstanding);
        j.endObject();
    }
    j.endArray();
    j.field("totalOwed", s.totalOwed);
    chainHeadJson(j, s.chainHead);
    j.endObject();
}

void fundReportJson(JsonWriter& j, const FundMonthlyReport& r)
{
    j.beginObject();
    j.field("fund", r.fundName);
    j.field("currency", r.currencyCode);
    j.field("month", r.month.text());
    j.field("meetingsHeld", r.meetingsHeld);
    balanceLinesJson(j, "cashAndBank", r.cashAndBank);
    j.key("flows").beginArray();
    for (const FlowLine& f : r.flows) {
        j.beginObject();
        j.field("kind", f.kind);
        j.field("entries", f.entries);
        j.field("in", f.cashIn);
        j.field("out", f.cashOut);
        j.endObject();
    }
    j.endArray();
    j.field("totalIn", r.totalIn);
    j.field("totalOut", r.totalOut);
    balanceLinesJson(j, "funds", r.funds);
    j.key("portfolio");
    j.beginObject();
    portfolioJson(j, r.portfolio);
    j.endObject();
    j.key("arrears").beginArray();
    for (const ArrearsLine& a : r.arrears) {
        j.beginObject();
        j.field("member", a.member);
        j.field("name", a.memberName);
        j.field("what", a.what);
        j.field("whatName", a.whatName);
        j.field("amount", a.amount);
        j.field("daysLate", a.daysLate);
        j.endObject();
    }
    j.endArray();
    j.key("rotations").beginArray();
    for (const RotationStatusLine& l : r.rotations) {
        j.beginObject();
        j.field("rotation", l.rotation);
        j.field("name", l.name);
        j.field("status", l.status);
        j.field("rounds", l.rounds);
        j.field("roundsPaidOut", l.roundsPaidOut);
        j.field("arrears", l.arrears);
        optionalInt(j, "nextRound", l.nextRound);
        optionalDate(j, "nextDate", l.nextDate);
        j.field("nextBeneficiaries", l.nextBeneficiaries);
        j.endObject();
    }
    j.endArray();
    j.key("premiums").beginArray();
    for (const PremiumsLine& l : r.premiums) {
        j.beginObject();
        j.field("partner", l.partner);
        j.field("name", l.name);
        j.field("heldOpening", l.heldOpening);
        j.field("collected", l.collected);
        j.field("remitted", l.remitted);
        j.field("heldClosing", l.heldClosing);
        j.endObject();
    }
    j.endArray();
    j.key("charts");
    dashboardJson(j, r.charts);
    chainHeadJson(j, r.chainHead);
    j.endObject();
}

void collectionSheetJson(JsonWriter& j, const CollectionSheet& s)
{
    j.beginObject();
    j.field("fund", s.fundName);
    j.field("currency", s.currencyCode);
    j.field("meetingDate", s.meetingDate.iso());
    j.key("columns").beginArray();
    for (const SheetColumn& c : s.columns) {
        j.beginObject();
        j.field("key", c.key);
        j.field("name", c.name);
        j.endObject();
    }
    j.endArray();
    j.key("rows").beginArray();
    for (const SheetRow& r : s.rows) {
        j.beginObject();
        j.field("member", r.member.id);
        j.field("name", r.member.fullName());
        j.key("owed").beginArray();
        for (std::int64_t owed : r.owed)
            j.value(owed);
        j.endArray();
        j.field("total", r.total);
        j.endObject();
    }
    j.endArray();
    j.key("columnTotals").beginArray();
    for (std::int64_t t : s.columnTotals)
        j.value(t);
    j.endArray();
    j.field("total", s.total);
    chainHeadJson(j, s.chainHead);
    j.endObject();
}

} // namespace tontine::cli
