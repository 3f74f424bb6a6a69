#include "core/social/social_grant.h"

#include "core/money/money.h"
#include "core/text/canonical_text.h"
#include "core/text/text_checks.h"

#include <algorithm>
#include <utility>

namespace tontine {

namespace {

constexpr std::size_t kMaxNoteLength = 200;

void add(Problems& problems, std::string field, std::string code, std::string text, std::vector<std::string> args = {})
{
    problems.push_back(Problem{std::move(field), std::move(code), std::move(args), std::move(text)});
}

std::string joined(const std::vector<MemberId>& members)
{
    std::string out;
    for (MemberId m : members)
        out += (out.empty() ? "" : ",") + std::to_string(m);
    return out;
}

// Approvals for a grant or a social loan (`prefix` "grant" or "social_loan"): each approver
// once, never the member who receives the money, and enough distinct others.
void checkApprovals(Problems& problems, const std::string& prefix, const std::vector<MemberId>& approvers,
                    MemberId receiver, int required)
{
    std::vector<MemberId> counted;
    for (std::size_t i = 0; i < approvers.size(); ++i) {
        const MemberId a = approvers[i];
        const std::string number = std::to_string(a);
        if (std::find(approvers.begin(), approvers.begin() + static_cast<std::ptrdiff_t>(i), a) !=
            approvers.begin() + static_cast<std::ptrdiff_t>(i)) {
            add(problems, "approvers", prefix + ".duplicate_approver",
                "Member " + number + " is listed twice as an approver; each approval counts once", {number});
            continue;
        }
        if (a == receiver) {
            add(problems, "approvers", prefix + ".self_approval",
                "Member " + number + " cannot approve money paid to themselves", {number});
            continue;
        }
        counted.push_back(a);
    }
    const int given = static_cast<int>(counted.size());
    if (given < required)
        add(problems, "approvers", prefix + ".approvals_missing",
            std::to_string(required) + " committee approvals are needed, " + std::to_string(given) +
                (given == 1 ? " was" : " were") + " given",
            {std::to_string(required), std::to_string(given)});
}

// Positive and a whole multiple of the rounding unit.
void checkAmount(Problems& problems, const std::string& prefix, const std::string& what, std::int64_t amount,
                 std::int64_t roundingUnit, const Currency* currency)
{
    const std::int64_t unit = roundingUnit > 0 ? roundingUnit : 1;
    if (amount <= 0)
        add(problems, "amount", prefix + ".amount_positive",
            what + " must be more than zero, not " + formatAmount(amount, currency), {std::to_string(amount)});
    else if (amount % unit != 0)
        add(problems, "amount", prefix + ".amount_unit",
            what + " (" + formatAmount(amount, currency) + ") must be a whole multiple of the rounding unit " +
                formatAmount(unit, currency),
            {std::to_string(amount), std::to_string(unit)});
}

// The social fund never goes below zero: money lent out is not there to give.
void checkAvailable(Problems& problems, const SocialFundPosition& fund, std::int64_t amount, const std::string& what,
                    const Currency* currency)
{
    if (amount <= 0 || amount <= fund.available())
        return;
    add(problems, "amount", "social.insufficient",
        "The social fund has only " + formatAmount(fund.available(), currency) + " available (balance " +
            formatAmount(fund.balance, currency) + ", lent out " + formatAmount(fund.lentOut, currency) + "): " + what +
            " of " + formatAmount(amount, currency) + " cannot be paid",
        {std::to_string(fund.available()), std::to_string(amount)});
}

void checkNote(Problems& problems, const std::string& note)
{
    if (!isValidUtf8(note))
        add(problems, "note", "text.encoding", "The note is not valid UTF-8 text");
    else if (const std::size_t length = codePointCount(note); length > kMaxNoteLength)
        add(problems, "note", "too_long",
            "The note must be at most " + std::to_string(kMaxNoteLength) + " characters long (it has " +
                std::to_string(length) + ")",
            {std::to_string(kMaxNoteLength), std::to_string(length)});
}

} // namespace

std::string socialGrantPayload(const SocialGrant& grant)
{
    // entrySeq is left out: the payload rides in that very entry, so it cannot name it.
    CanonicalWriter w("social_grant");
    w.integer("id", grant.id)
        .text("event", socialEventCode(grant.event))
        .integer("beneficiary", grant.beneficiary)
        .integer("amount", grant.amount)
        .text("date", grant.date.iso())
        .text("note", grant.note)
        .text("approvers", joined(grant.approvers));
    return w.str();
}

Problems checkGrant(const SocialRules& rules, const SocialGrant& grant, const SocialFundPosition& fund,
                    std::int64_t roundingUnit, const Currency* currency)
{
    Problems problems;
    const std::string event = socialEventCode(grant.event);
    const SocialEventRule* rule = rules.ruleFor(grant.event);
    if (grant.beneficiary <= 0)
        add(problems, "beneficiary", "grant.beneficiary", "A grant needs the member who receives it");
    if (!rule || rule->amount == 0) {
        add(problems, "event", "grant.no_rule", "The social fund's rules give no grant for " + event, {event});
    } else if (rule->fixed && grant.amount != rule->amount) {
        add(problems, "amount", "grant.not_fixed_amount",
            "The grant for " + event + " is fixed at " + formatAmount(rule->amount, currency) + ", not " +
                formatAmount(grant.amount, currency),
            {event, std::to_string(rule->amount), std::to_string(grant.amount)});
    } else if (!rule->fixed && grant.amount > rule->amount) {
        add(problems, "amount", "grant.above_ceiling",
            "The grant for " + event + " is at most " + formatAmount(rule->amount, currency) + ", not " +
                formatAmount(grant.amount, currency),
            {event, std::to_string(rule->amount), std::to_string(grant.amount)});
    }
    checkAmount(problems, "grant", "A grant", grant.amount, roundingUnit, currency);
    checkApprovals(problems, "grant", grant.approvers, grant.beneficiary, rules.approvalsRequired);
    checkAvailable(problems, fund, grant.amount, "a grant", currency);
    checkNote(problems, grant.note);
    return problems;
}

Problems checkSocialLoan(const SocialRules& rules, const SocialLoanRequest& loan, const SocialFundPosition& fund,
                         std::int64_t roundingUnit, const Currency* currency)
{
    Problems problems;
    if (!rules.loansAllowed)
        add(problems, "amount", "social_loan.not_allowed", "The social fund's rules allow no social loans");
    if (loan.borrower <= 0)
        add(problems, "borrower", "social_loan.borrower", "A social loan needs the member who borrows");
    checkAmount(problems, "social_loan", "A social loan", loan.amount, roundingUnit, currency);
    if (rules.loanMax > 0 && loan.amount > rules.loanMax)
        add(problems, "amount", "social_loan.above_max",
            "A social loan is at most " + formatAmount(rules.loanMax, currency) + ", not " +
                formatAmount(loan.amount, currency),
            {std::to_string(rules.loanMax), std::to_string(loan.amount)});
    checkAvailable(problems, fund, loan.amount, "a loan", currency);
    if (!(loan.date < loan.dueOn))
        add(problems, "dueOn", "social_loan.due_before",
            "The loan must fall due after it is made (" + loan.date.iso() + "), not on " + loan.dueOn.iso(),
            {loan.date.iso(), loan.dueOn.iso()});
    checkApprovals(problems, "social_loan", loan.approvers, loan.borrower, rules.approvalsRequired);
    checkNote(problems, loan.note);
    return problems;
}

std::string socialLoanPayload(const SocialLoanRequest& loan)
{
    CanonicalWriter w("social_loan");
    w.integer("borrower", loan.borrower)
        .integer("amount", loan.amount)
        .text("date", loan.date.iso())
        .text("dueOn", loan.dueOn.iso())
        .text("approvers", joined(loan.approvers))
        .text("note", loan.note);
    return w.str();
}

} // namespace tontine
