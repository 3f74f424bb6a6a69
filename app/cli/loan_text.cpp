// Shared parsing and wording of the loan, guarantee and portfolio verbs (loan_text.h).
#include "app/cli/loan_text.h"

#include "app/cli/cli_context.h"
#include "app/cli/meeting_text.h"
#include "app/cli/problem_text.h"
#include "app/cli/rotation_text.h"
#include "app/cli/text_table.h"
#include "core/error/errors.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <ostream>

namespace tontine::cli {

const FieldNames loanFields = {
    {"borrower", "--member"},           {"member", "--member"},
    {"product", "--product"},           {"principal", "--amount"},
    {"amount", "--amount"},             {"termMonths", "--term"},
    {"custom", "--custom"},             {"purpose", "--purpose"},
    {"guarantors", "--guarantor"},      {"guarantor", "--guarantor"},
    {"approvers", "--by"},              {"reason", "--reason"},
    {"topUp", "--top-up"},              {"method", "--method"},
    {"supplier", "--supplier"},         {"until", "--until"},
    {"name", "--name"},                 {"rateBasisPoints", "--rate"},
    {"minTermMonths", "--term-min"},    {"maxTermMonths", "--term-max"},
    {"savingsMultiplePercent", "--multiple"}, {"maxAmount", "--max-amount"},
    {"guarantorsRequired", "--guarantors"}, {"pledgeBasisPoints", "--pledge"},
    {"penalty", "--penalty"},           {"topUpMinRepaidPercent", "--top-up"},
    {"committee", "--committee"},       {"approvalsRequired", "--approvals"},
    {"maxDaysLateToBorrow", "--max-days-late"}, {"guarantorExposurePercent", "--exposure"},
};

namespace {

constexpr std::int64_t maxId = std::numeric_limits<std::int64_t>::max();

std::string lower(std::string text)
{
    for (auto& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(' ');
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

// Cuts at `sep` and trims each part (names keep their inner spaces, unlike splitOn).
std::vector<std::string> items(const std::string& text, char sep)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const auto end = text.find(sep, start);
        parts.push_back(trimmed(text.substr(start, end == std::string::npos ? std::string::npos : end - start)));
        if (end == std::string::npos)
            return parts;
        start = end + 1;
    }
}

bool allDigits(const std::string& text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

MemberId memberRef(const Book& book, const std::string& text, const std::string& option)
{
    if (allDigits(text)) {
        const MemberId id = CliContext::parseCount(text, option, 1, maxId);
        if (!book.member(id))
            throw ValidationError(option, "member.unknown", "no member number " + text, {text});
        return id;
    }
    std::vector<MemberId> found;
    for (const auto& m : book.members(MemberQuery{text, true}))
        if (lower(m.fullName()) == lower(trimmed(text)))
            found.push_back(m.id);
    if (found.empty())
        throw ValidationError(option, "member.unknown", "no member number or name '" + text + "'", {text});
    if (found.size() > 1) {
        std::string numbers;
        for (auto id : found)
            numbers += (numbers.empty() ? "" : ", ") + std::to_string(id);
        throw ValidationError(option, "member.ambiguous",
                              "several members are named '" + text + "': give the number (" + numbers + ")", {text});
    }
    return found.front();
}

std::vector<MemberId> memberRefs(const Book& book, const std::string& text, const std::string& option)
{
    std::vector<MemberId> members;
    for (const auto& item : items(text, ',')) {
        const MemberId m = memberRef(book, item, option);
        if (std::find(members.begin(), members.end(), m) != members.end())
            throw ValidationError(option, "member.twice", "member " + item + " is listed twice", {item});
        members.push_back(m);
    }
    return members;
}

Loan requireLoanArg(const Book& book, const std::string& text)
{
    const LoanId id = CliContext::parseCount(text, "LOAN", 1, maxId);
    auto loan = book.loan(id);
    if (!loan)
        throw ValidationError("LOAN", "loan.unknown", "There is no loan " + text, {text});
    return *loan;
}

GroupGuarantee requireGuaranteeArg(const Book& book, const std::string& text)
{
    const GuaranteeId id = CliContext::parseCount(text, "GUARANTEE", 1, maxId);
    for (const auto& g : book.guarantees())
        if (g.id == id)
            return g;
    throw ValidationError("GUARANTEE", "guarantee.unknown", "There is no group guarantee " + text, {text});
}

LoanProduct requireProductArg(const Book& book, const std::string& text, const std::string& option)
{
    const LoanProductId id = CliContext::parseCount(text, option, 1, maxId);
    for (const auto& p : book.loanProducts())
        if (p.id == id)
            return p;
    throw ValidationError(option, "loan.product_unknown",
                          "There is no loan product " + text + " (see 'loan product list')", {text});
}

int percentArg(const std::string& text, const std::string& option, int maxBasisPoints)
{
    const auto dot = text.find('.');
    const std::string whole = text.substr(0, dot);
    const std::string decimals = dot == std::string::npos ? "" : text.substr(dot + 1);
    const bool shape = allDigits(whole) && whole.size() <= 6 && (dot == std::string::npos || allDigits(decimals));
    if (!shape)
        throw ValidationError(option, "percent.invalid", "not a percentage (e.g. 1 or 1.25): '" + text + "'", {text});
    if (decimals.size() > 2)
        throw ValidationError(option, "percent.decimals",
                              "at most two decimals in a percentage (1.25 is 125 basis points): '" + text + "'",
                              {text});
    const std::int64_t bp = std::stoll(whole) * 100 + (decimals.empty() ? 0 : std::stoll(decimals + std::string(2 - decimals.size(), '0')));
    if (bp > maxBasisPoints)
        throw ValidationError(option, "percent.range", "must be at most " + percentText(maxBasisPoints) + ": " + text,
                              {text});
    return static_cast<int>(bp);
}

std::string percentText(std::int64_t bp)
{
    const std::string sign = bp < 0 ? "-" : "";
    const std::int64_t a = bp < 0 ? -bp : bp;
    std::string text = sign + std::to_string(a / 100);
    if (a % 100 != 0) {
        std::string frac = std::to_string(a % 100 + 100).substr(1);
        if (frac.back() == '0')
            frac.pop_back();
        text += "." + frac;
    }
    return text + "%";
}

std::string percentText2(std::int64_t bp)
{
    const std::string sign = bp < 0 ? "-" : "";
    const std::int64_t a = bp < 0 ? -bp : bp;
    return sign + std::to_string(a / 100) + "." + std::to_string(a % 100 + 100).substr(1) + "%";
}

std::vector<CustomInstalment> customArg(const std::string& text, const Currency& currency, const std::string& option)
{
    std::vector<CustomInstalment> lines;
    for (const auto& item : items(text, ',')) {
        const auto colon = item.find(':');
        if (colon == std::string::npos)
            throw ValidationError(option, "option.invalid",
                                  "write YYYY-MM-DD:AMOUNT, separated by commas: '" + item + "'", {item});
        CustomInstalment line;
        line.dueOn = CliContext::parseDate(item.substr(0, colon), option);
        line.principal = CliContext::parseAmount(item.substr(colon + 1), currency, option);
        lines.push_back(line);
    }
    return lines;
}

std::vector<GuarantorPledge> guarantorArgs(const Book& book, const std::vector<std::string>& values,
                                           const Currency& currency, std::int64_t defaultPledge)
{
    std::vector<GuarantorPledge> pledges;
    for (const auto& value : values) {
        const auto colon = value.rfind(':');
        GuarantorPledge p;
        p.guarantor = memberRef(book, value.substr(0, colon), "--guarantor");
        p.pledge = colon == std::string::npos ? defaultPledge
                                              : CliContext::parseAmount(value.substr(colon + 1), currency, "--guarantor");
        pledges.push_back(p);
    }
    return pledges;
}

std::string methodText(LoanMethod method)
{
    switch (method) {
    case LoanMethod::Flat: return "flat (interest on the original principal)";
    case LoanMethod::Declining: return "declining balance, equal principal";
    case LoanMethod::Annuity: return "declining balance, equal instalments (annuity)";
    case LoanMethod::Custom: return "custom dates, interest on what is left";
    }
    return loanMethodCode(method);
}

std::string penaltyText(const PenaltyRule& p, const Currency& currency)
{
    if (p.kind == PenaltyRule::Kind::None)
        return "none";
    std::string text = p.kind == PenaltyRule::Kind::Fixed
                           ? amountText(p.amount, currency) + " " + std::string(currency.code)
                           : percentText(p.basisPoints) + " of the instalment";
    text += p.perPeriod ? ", again every " + std::to_string(p.periodDays) + " days late" : ", once";
    if (p.graceDays > 0)
        text += ", after " + std::to_string(p.graceDays) + (p.graceDays == 1 ? " day" : " days") + " of grace";
    return text;
}

std::string productFields(const LoanProduct& p, const Currency& currency)
{
    FieldList f;
    f.add("Product", std::to_string(p.id) + " \"" + p.name + "\"");
    f.add("Interest", percentText(p.rateBasisPoints) + " a month, " + methodText(p.method));
    f.add("Term", p.minTermMonths == p.maxTermMonths
                      ? std::to_string(p.maxTermMonths) + " months"
                      : std::to_string(p.minTermMonths) + " to " + std::to_string(p.maxTermMonths) + " months");
    std::string limit;
    if (p.savingsMultiplePercent > 0)
        limit = percentText(p.savingsMultiplePercent * 100LL) + " of savings";
    if (p.maxAmount > 0)
        limit += (limit.empty() ? "" : ", ") + std::string("at most ") + amountText(p.maxAmount, currency) + " "
                 + std::string(currency.code);
    f.add("Largest loan", limit.empty() ? "no limit" : limit);
    f.add("Guarantors", p.guarantorsRequired == 0
                            ? "none required"
                            : std::to_string(p.guarantorsRequired) + ", each pledging at least "
                                  + percentText(p.pledgeBasisPoints) + " of the principal");
    f.add("Late penalty", penaltyText(p.penalty, currency));
    f.add("Top-up", p.topUpAllowed ? "after " + std::to_string(p.topUpMinRepaidPercent) + "% of the principal is repaid"
                                   : "no");
    f.add("Active", yesNo(p.active));
    return f.render();
}

std::string rulesFields(const Book& book, const LoanRules& rules)
{
    FieldList f;
    f.add("Committee", rules.committee.empty() ? "not named (any member but the borrower approves)"
                                               : membersText(book, rules.committee));
    f.add("Approvals needed", std::to_string(rules.approvalsRequired));
    f.add("Borrowers late", rules.maxDaysLateToBorrow == 0
                                ? "may not borrow"
                                : "may borrow up to " + std::to_string(rules.maxDaysLateToBorrow) + " days late");
    f.add("Guarantor exposure", "pledges up to " + std::to_string(rules.guarantorExposurePercent)
                                    + "% of the guarantor's savings");
    return f.render();
}

std::string loanTermsText(const Loan& loan, const Currency& currency)
{
    std::string text = amountText(loan.principal, currency) + " " + std::string(currency.code);
    if (loan.product.method == LoanMethod::Custom)
        text += " in " + std::to_string(loan.custom.size()) + " custom instalments";
    else
        text += " over " + std::to_string(loan.termMonths) + (loan.termMonths == 1 ? " month" : " months");
    return text + " at " + percentText(loan.product.rateBasisPoints) + " a month ("
           + loanMethodCode(loan.product.method) + ")";
}

std::string scheduleTable(const std::vector<Instalment>& schedule, const Currency& currency)
{
    TextTable t({{"No", TextTable::Align::Right},
                 {"Due"},
                 {"Principal", TextTable::Align::Right},
                 {"Interest", TextTable::Align::Right},
                 {"Total", TextTable::Align::Right},
                 {"Principal left", TextTable::Align::Right}});
    std::int64_t left = schedulePrincipal(schedule);
    for (const auto& i : schedule) {
        left -= i.principal;
        t.addRow({std::to_string(i.number), i.dueOn.iso(), amountText(i.principal, currency),
                  amountText(i.interest, currency), amountText(i.total(), currency), amountText(left, currency)});
    }
    const std::int64_t principal = schedulePrincipal(schedule);
    const std::int64_t interest = scheduleInterest(schedule);
    t.addRow({"", "Total", amountText(principal, currency), amountText(interest, currency),
              amountText(principal + interest, currency), ""});
    return t.render();
}

std::string positionTable(const LoanPosition& position, const Currency& currency)
{
    TextTable t({{"No", TextTable::Align::Right},
                 {"Due"},
                 {"Principal", TextTable::Align::Right},
                 {"Interest", TextTable::Align::Right},
                 {"Penalty", TextTable::Align::Right},
                 {"Paid", TextTable::Align::Right},
                 {"Left", TextTable::Align::Right},
                 {"State"}});
    for (const auto& s : position.instalments) {
        const std::int64_t paid = s.principalPaid + s.interestPaid + s.penaltyPaid;
        const std::int64_t left = s.principalLeft() + s.interestLeft() + s.penaltyLeft();
        std::string state;
        if (s.settledOn)
            state = "paid " + s.settledOn->iso();
        else if (s.daysLate > 0)
            state = std::to_string(s.daysLate) + (s.daysLate == 1 ? " day late" : " days late");
        else if (s.isDue(position.on))
            state = "due";
        t.addRow({std::to_string(s.instalment.number), s.instalment.dueOn.iso(),
                  amountText(s.instalment.principal, currency), amountText(s.instalment.interest, currency),
                  amountText(s.penaltyCharged, currency), amountText(paid, currency), amountText(left, currency),
                  state});
    }
    return t.render();
}

std::string positionFields(const LoanPosition& p, const Currency& currency)
{
    FieldList f;
    f.add("Principal outstanding", amountText(p.principalOutstanding, currency));
    f.add("Interest due", amountText(p.interestDue, currency));
    f.add("Penalties due", amountText(p.penaltiesDue, currency));
    f.add("Due today", amountText(p.dueToday(), currency) + " (to be up to date)");
    f.add("Payoff", amountText(p.payoff(), currency) + " (the most a repayment may be today)");
    f.add("Days late", std::to_string(p.daysLate));
    return f.render();
}

std::string allocationTable(const std::vector<LoanAllocation>& lines, const Currency& currency)
{
    TextTable t({{"Date"},
                 {"No", TextTable::Align::Right},
                 {"Penalty", TextTable::Align::Right},
                 {"Interest", TextTable::Align::Right},
                 {"Principal", TextTable::Align::Right},
                 {"Total", TextTable::Align::Right}});
    LoanAllocation sum;
    for (const auto& a : lines) {
        t.addRow({a.date.iso(), std::to_string(a.instalment), amountText(a.penalty, currency),
                  amountText(a.interest, currency), amountText(a.principal, currency), amountText(a.total(), currency)});
        sum.penalty += a.penalty;
        sum.interest += a.interest;
        sum.principal += a.principal;
    }
    t.addRow({"Total", "", amountText(sum.penalty, currency), amountText(sum.interest, currency),
              amountText(sum.principal, currency), amountText(sum.total(), currency)});
    return t.render();
}

void printProblems(std::ostream& out, const Problems& problems)
{
    const ValidationError named = forPeople(ValidationError(problems), loanFields);
    for (const auto& p : named.problems())
        out << "  " << problemText(p) << "\n";
}

} // namespace tontine::cli
