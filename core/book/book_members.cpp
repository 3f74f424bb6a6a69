// Book's member use cases: add, edit, deactivate, list, and the all-or-nothing CSV import.
#include "core/book/book.h"

#include "core/book/book_file.h"
#include "core/exchange/member_csv.h"
#include "core/rotation/rotation_plan.h"

#include <algorithm>
#include <map>
#include <set>

namespace tontine {

namespace {

std::string memberSubject(MemberId id) { return "member:" + std::to_string(id); }

// "Member 12 added: Aminata Ndiaye" — the journal line people read.
std::string memberMemo(const char* what, const Member& member)
{
    return "Member " + std::to_string(member.id) + " " + what + ": " + member.fullName();
}

// What validation needs from the fund: other members by number (copied into `cache`, which
// must outlive the context) and insurance numbers already taken by someone else.
MemberContext fundContext(const store::MemberStore& members, Date today, std::optional<MemberId> editing,
                          std::map<MemberId, Member>& cache)
{
    MemberContext context;
    context.today = today;
    context.editing = editing;
    context.findMember = [&members, &cache](MemberId id) -> const Member* {
        auto m = members.get(id);
        return m ? &(cache[id] = *m) : nullptr;
    };
    context.insuranceNumberTaken = [&members, editing](const std::string& n) {
        return members.insuranceNumberTaken(n, editing);
    };
    return context;
}

// A household is headed by someone still in the group.
void requireActiveHead(const Member& member, const store::MemberStore& members, Problems& problems)
{
    if (!member.householdHeadId || *member.householdHeadId == 0)
        return;
    const auto head = members.get(*member.householdHeadId);
    if (head && !head->active)
        problems.push_back(Problem{"householdHead", "household_head.inactive", {std::to_string(head->id)},
                                   "Member " + std::to_string(head->id) + " (" + head->fullName() +
                                       ") has left the group and cannot head a household",
                                   0, 0});
}

} // namespace

MemberId Book::addMember(const MemberInput& input, const Actor& actor)
{
    requireOperator(actor);
    std::map<MemberId, Member> cache;
    const auto context = fundContext(m_file->members, actor.date, std::nullopt, cache);
    auto [member, problems] = validateMemberInput(input, context);
    requireActiveHead(member, m_file->members, problems);
    if (!problems.empty())
        throw ValidationError(problems);

    store::Transaction tx(m_file->db());
    member.id = m_file->members.nextId();
    member.active = true;
    m_file->members.insert(member);
    for (const auto& account : accounts::memberAccounts(member))
        m_file->ledger.insertAccount(account);
    appendAudit(memberSubject(member.id), "add", memberMemo("added", member), memberSnapshot(member), actor);
    tx.commit();
    return member.id;
}

void Book::editMember(MemberId id, const MemberInput& input, const Actor& actor)
{
    requireOperator(actor);
    const auto current = m_file->members.get(id);
    if (!current)
        throw ValidationError("member", "member.unknown", "No member number " + std::to_string(id), {std::to_string(id)});
    std::map<MemberId, Member> cache;
    const auto context = fundContext(m_file->members, actor.date, id, cache);
    auto [member, problems] = validateMemberInput(input, context);
    if (member.householdHeadId != current->householdHeadId)
        requireActiveHead(member, m_file->members, problems);
    // A member who heads a household cannot be placed under another head: households are one level.
    if (member.householdHeadId) {
        for (const auto& other : m_file->members.list({}, true))
            if (other.householdHeadId == id) {
                problems.push_back(Problem{"householdHead", "household_head.has_members", {std::to_string(id)},
                                           "This member heads a household; they cannot have a household head", 0, 0});
                break;
            }
    }
    if (!problems.empty())
        throw ValidationError(problems);
    member.id = id;
    member.active = current->active;
    member.leftOn = current->leftOn;
    if (memberSnapshot(member) == memberSnapshot(*current))
        return; // nothing changed: nothing to chain
    store::Transaction tx(m_file->db());
    m_file->members.update(member);
    appendAudit(memberSubject(id), "edit", memberMemo("changed", member), memberSnapshot(member), actor);
    tx.commit();
}

void Book::deactivateMember(MemberId id, const Actor& actor)
{
    requireOperator(actor);
    auto member = m_file->members.get(id);
    if (!member)
        throw ValidationError("member", "member.unknown", "No member number " + std::to_string(id), {std::to_string(id)});
    if (!member->active)
        throw ValidationError("member", "member.inactive", member->fullName() + " is already inactive",
                              {member->fullName()});
    if (actor.date < member->joinedOn)
        throw ValidationError("date", "date.before_joined",
                              "A member cannot leave before joining (" + member->joinedOn.iso() + ")",
                              {member->joinedOn.iso()});
    // A member holding a hand in a running rotation leaves it first (its money must be settled).
    for (const auto& spec : rotations()) {
        const auto members = rotationMembers(spec);
        if (std::find(members.begin(), members.end(), id) == members.end())
            continue;
        const auto state = requireRotation(spec.id);
        const bool left = std::any_of(state.withdrawals.begin(), state.withdrawals.end(),
                                      [&](const Withdrawal& w) { return w.member == id; });
        const auto rounds = planCycle(state);
        const bool running = std::any_of(rounds.begin(), rounds.end(),
                                         [](const RoundPlan& r) { return r.status != RoundStatus::PaidOut; });
        if (running && !left)
            throw ValidationError("member", "member.in_rotation",
                                  member->fullName() + " holds a hand in the rotation \"" + spec.name +
                                      "\"; record their leaving the rotation first",
                                  {spec.name});
    }
    member->active = false;
    member->leftOn = actor.date;
    store::Transaction tx(m_file->db());
    m_file->members.update(*member);
    appendAudit(memberSubject(id), "deactivate", memberMemo("deactivated", *member), memberSnapshot(*member), actor);
    tx.commit();
}

std::optional<Member> Book::member(MemberId id) const { return m_file->members.get(id); }

std::vector<Member> Book::members(const MemberQuery& query) const
{
    return m_file->members.list(query.text, query.includeInactive);
}

ImportReport Book::importMembers(std::string_view csvText, const Actor& actor)
{
    requireOperator(actor);
    const MemberCsv csv = readMemberCsv(csvText); // structural problems throw here
    const MemberId firstId = m_file->members.nextId();

    // Each row gets the number it will have, so that household_head may name a row of the
    // same file by its ref, in any order.
    std::map<std::string, MemberId> idOfRef;
    for (std::size_t i = 0; i < csv.rows.size(); ++i)
        if (!csv.rows[i].ref.empty())
            idOfRef[csv.rows[i].ref] = firstId + static_cast<MemberId>(i);

    std::vector<MemberInput> inputs;
    std::map<MemberId, Member> pending; // rows as provisional members, for head look-ups
    for (std::size_t i = 0; i < csv.rows.size(); ++i) {
        MemberInput input = csv.rows[i].input;
        if (auto it = idOfRef.find(input.householdHead); it != idOfRef.end())
            input.householdHead = std::to_string(it->second);
        Member provisional;
        provisional.id = firstId + static_cast<MemberId>(i);
        if (!input.householdHead.empty())
            provisional.householdHeadId = 0; // has a head; the exact one does not matter here
        pending[provisional.id] = provisional;
        inputs.push_back(std::move(input));
    }

    Problems problems;
    std::vector<Member> members;
    std::map<std::string, int> insuranceLine;
    std::map<MemberId, Member> cache;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const auto& row = csv.rows[i];
        const MemberId id = firstId + static_cast<MemberId>(i);
        MemberContext context = fundContext(m_file->members, actor.date, id, cache);
        // Rows of the file are members too, for household look-ups.
        context.findMember = [&](MemberId other) -> const Member* {
            if (auto it = pending.find(other); it != pending.end())
                return &it->second;
            auto m = m_file->members.get(other);
            return m ? &(cache[other] = *m) : nullptr;
        };
        context.insuranceNumberTaken = [&](const std::string& n) {
            return m_file->members.insuranceNumberTaken(n, std::nullopt) || insuranceLine.count(n) > 0;
        };
        auto [member, rowProblems] = validateMemberInput(inputs[i], context);
        requireActiveHead(member, m_file->members, rowProblems);
        if (!inputs[i].insuranceNumber.empty())
            insuranceLine.emplace(member.insuranceNumber, row.line);
        for (auto& p : rowProblems) {
            p.line = row.line;
            if (auto c = csv.columnOf.find(p.field); c != csv.columnOf.end())
                p.column = c->second;
            problems.push_back(std::move(p));
        }
        member.id = id;
        member.active = true;
        members.push_back(std::move(member));
    }
    if (members.empty())
        problems.push_back(Problem{"file", "import.empty", {}, "The file has no member rows", 1, 0});
    if (!problems.empty())
        throw ValidationError(problems);

    ImportReport report;
    store::Transaction tx(m_file->db());
    m_file->members.deferReferenceChecks();
    for (const auto& member : members) {
        m_file->members.insert(member);
        for (const auto& account : accounts::memberAccounts(member))
            m_file->ledger.insertAccount(account);
        appendAudit(memberSubject(member.id), "add", memberMemo("added", member), memberSnapshot(member), actor);
        report.added.push_back(member.id);
    }
    tx.commit();
    return report;
}

} // namespace tontine
