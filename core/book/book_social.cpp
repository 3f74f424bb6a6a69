// Book's social fund use cases (docs/savings-rules.md): rules, the contributions owed at each
// meeting (dues of kind "social"), grants with their approvals, and interest-free social
// loans (dues of kind "social-loan"). The fund never goes below zero and is never shared out.
#include "core/book/book.h"

#include "core/book/book_file.h"
#include "core/book/book_member_text.h"
#include "core/meetings/due_payment.h"
#include "core/money/money.h"

#include <algorithm>

namespace tontine {

namespace {

std::string dueSubject(DueId id) { return "due:" + std::to_string(id); }

void requireActiveMembers(const store::MemberStore& members, const std::vector<MemberId>& ids, const char* field)
{
    for (MemberId id : ids) {
        const auto member = members.get(id);
        if (!member)
            throw ValidationError(field, "member.unknown", "No member number " + std::to_string(id), {std::to_string(id)});
        if (!member->active)
            throw ValidationError(field, "member.inactive", member->fullName() + " has left the group",
                                  {std::to_string(id)});
    }
}

// The engine's problems name members by number; the treasurer reads names.
[[noreturn]] void refuse(Problems problems, const store::MemberStore& members)
{
    nameMembers(problems, members);
    throw ValidationError(problems);
}

} // namespace

SocialRules Book::socialRules() const { return m_file->social.loadSocialRules(); }

void Book::setSocialRules(const SocialRules& rules, const Actor& actor)
{
    requireOperator(actor);
    if (auto problems = validateSocialRules(rules, settings().roundingUnit, &settings().currency()); !problems.empty())
        throw ValidationError(problems);
    if (m_file->social.hasSocialRules() && socialRulesSnapshot(rules) == socialRulesSnapshot(socialRules()))
        return;
    store::Transaction tx(m_file->db());
    m_file->social.saveSocialRules(rules);
    appendAudit("rules:social", "edit", "Social fund rules changed", socialRulesSnapshot(socialRules()), actor);
    tx.commit();
}

SocialFundPosition Book::socialFund() const
{
    SocialFundPosition p;
    p.balance = -m_file->ledger.balanceOf(std::string(accounts::SocialFund));
    p.lentOut = m_file->ledger.balanceOf(std::string(accounts::SocialLoans));
    return p;
}

void Book::createSocialDues(const Meeting& meeting, const Actor& actor)
{
    const SocialRules rules = socialRules();
    if (rules.contribution <= 0)
        return;
    // Every member active on the meeting's day owes the contribution; each due is chained
    // like an attendance fine so verify can compare it.
    for (const auto& member : m_file->members.list({}, false)) {
        if (!member.active || meeting.date < member.joinedOn)
            continue;
        Due due;
        due.member = member.id;
        due.kind = "social";
        due.amount = rules.contribution;
        due.dueOn = meeting.date;
        due.meeting = meeting.id;
        due.note = "Social fund contribution, meeting of " + meeting.date.iso();
        due.id = m_file->meetings.insertDue(due);
        appendAudit(dueSubject(due.id), "add", "Due of " + member.fullName() + ": " + due.note, dueSnapshot(due), actor);
    }
}

EntrySeq Book::paySocialContribution(MemberId member, std::int64_t amount, const Actor& actor)
{
    requireOperator(actor);
    requireActiveMembers(m_file->members, {member}, "member");
    const Meeting meeting = requireOpenMeeting(actor);
    if (amount <= 0)
        throw ValidationError("amount", "amount.not_positive", "The amount paid must be more than zero");
    std::vector<Due> owed;
    std::int64_t total = 0;
    for (auto& due : m_file->meetings.dues(member))
        if (due.kind == "social" && due.outstanding() > 0) {
            total = checkedAdd(total, due.outstanding());
            owed.push_back(due);
        }
    if (amount > total) {
        const std::string text = formatWithCode(total, settings().currency());
        throw ValidationError("amount", "social.overpaid",
                              memberLabel(m_file->members, member) + " owes " + text + " to the social fund",
                              {text});
    }
    // Oldest due first, one entry per due: each payment names the one due it settles.
    std::sort(owed.begin(), owed.end(), [](const Due& a, const Due& b) {
        return a.dueOn < b.dueOn || (a.dueOn == b.dueOn && a.id < b.id);
    });
    store::Transaction tx(m_file->db());
    EntrySeq last = 0;
    std::int64_t left = amount;
    for (const auto& due : owed) {
        if (left == 0)
            break;
        const std::int64_t part = std::min(left, due.outstanding());
        Entry e;
        e.action = "due-payment";
        e.memo = "Paid by " + memberLabel(m_file->members, member) + ": " + due.note;
        e.payload = duePaymentPayload(due.id, part);
        e.postings = {Posting{std::string(accounts::Cash), part}, Posting{std::string(accounts::SocialFund), -part}};
        last = appendInMeeting(std::move(e), actor);
        m_file->meetings.insertPayment(last, due.id, part);
        left -= part;
    }
    (void)meeting;
    tx.commit();
    return last;
}

GrantId Book::recordGrant(SocialGrant grant, const Actor& actor)
{
    requireOperator(actor);
    requireActiveMembers(m_file->members, {grant.beneficiary}, "beneficiary");
    requireActiveMembers(m_file->members, grant.approvers, "approvers");
    requireOpenMeeting(actor);
    grant.date = actor.date;
    grant.id = 0;
    grant.entrySeq = 0; // the payload chains the grant as decided, before it has ids
    if (auto problems = checkGrant(socialRules(), grant, socialFund(), settings().roundingUnit, &settings().currency()); !problems.empty())
        refuse(problems, m_file->members);
    std::string approvers;
    for (MemberId id : grant.approvers)
        approvers += (approvers.empty() ? "" : ", ") + memberLabel(m_file->members, id);
    Entry e;
    e.action = "social-grant";
    e.memo = "Social grant (" + socialEventCode(grant.event) + ") to " + memberLabel(m_file->members, grant.beneficiary) +
             (grant.note.empty() ? "" : ": " + grant.note) + "; approved by " + approvers;
    e.payload = socialGrantPayload(grant);
    e.postings = {Posting{std::string(accounts::SocialFund), grant.amount},
                  Posting{std::string(accounts::Cash), -grant.amount}};
    store::Transaction tx(m_file->db());
    grant.entrySeq = appendInMeeting(std::move(e), actor);
    grant.id = m_file->social.insertGrant(grant);
    tx.commit();
    return grant.id;
}

std::vector<SocialGrant> Book::grants() const { return m_file->social.grants(); }

DueId Book::lendSocial(const SocialLoanRequest& request, const Actor& actor)
{
    requireOperator(actor);
    requireActiveMembers(m_file->members, {request.borrower}, "borrower");
    requireActiveMembers(m_file->members, request.approvers, "approvers");
    const Meeting meeting = requireOpenMeeting(actor);
    SocialLoanRequest loan = request;
    loan.date = actor.date;
    if (auto problems = checkSocialLoan(socialRules(), loan, socialFund(), settings().roundingUnit, &settings().currency()); !problems.empty())
        refuse(problems, m_file->members);
    const std::string who = memberLabel(m_file->members, loan.borrower);
    Entry e;
    e.action = "social-loan";
    e.memo = "Social loan to " + who + ", due " + loan.dueOn.iso() + (loan.note.empty() ? "" : ": " + loan.note);
    e.payload = socialLoanPayload(loan);
    e.postings = {Posting{std::string(accounts::SocialLoans), loan.amount},
                  Posting{std::string(accounts::Cash), -loan.amount}};
    store::Transaction tx(m_file->db());
    const EntrySeq seq = appendInMeeting(std::move(e), actor);
    // The repayment is owed like any due; paying it (payDue) credits social:loans.
    Due due;
    due.member = loan.borrower;
    due.kind = "social-loan";
    due.amount = loan.amount;
    due.dueOn = loan.dueOn;
    due.meeting = meeting.id;
    due.note = "Social loan of " + loan.date.iso() + ", due " + loan.dueOn.iso();
    due.id = m_file->meetings.insertDue(due);
    appendAudit(dueSubject(due.id), "add", "Due of " + who + ": " + due.note, dueSnapshot(due), actor);
    m_file->social.insertSocialLoan(store::SocialStore::SocialLoanRow{0, due.id, loan, seq});
    tx.commit();
    return due.id;
}

} // namespace tontine
