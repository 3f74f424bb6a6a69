// Book's rotation use cases that record no money: define a rotation, edit its fixed order,
// show the draw, decide an auction, and the read-only views (plan, dues, arrears).
#include "core/book/book.h"

#include "core/book/book_file.h"
#include "core/book/book_member_text.h"

#include <algorithm>
#include <set>

namespace tontine {

namespace {

std::string rotationLabel(const RotationSpec& spec)
{
    return "Rotation " + std::to_string(spec.id) + " (" + spec.name + ")";
}

// The holders must be members of this fund who have not left: a rotation is agreed among
// the people present, and accounts are opened in their names.
void checkHolders(const RotationSpec& spec, const store::MemberStore& members, Problems& problems)
{
    std::set<MemberId> seen; // one problem per member, however many hands they hold
    for (const Hand& hand : spec.hands)
        for (const HandShare& share : hand.holders) {
            if (!seen.insert(share.member).second)
                continue;
            const auto m = members.get(share.member);
            const std::string n = std::to_string(share.member);
            if (!m)
                problems.push_back(Problem{"hands", "member.unknown", {n}, "No member number " + n, 0, 0});
            else if (!m->active)
                problems.push_back(Problem{"hands", "member.inactive", {n},
                                           memberLabel(members, share.member)
                                               + " has left the group and cannot hold a hand", 0, 0});
        }
}

} // namespace

RotationState Book::requireRotation(RotationId id) const
{
    auto state = m_file->rotations.load(id);
    if (!state)
        throw ValidationError("rotation", "rotation.unknown", "No rotation number " + std::to_string(id),
                              {std::to_string(id)});
    return std::move(*state);
}

RotationId Book::createRotation(RotationSpec spec, const Actor& actor)
{
    requireOperator(actor);
    const FundSettings fund = settings();
    // The ledger keeps one currency; the rotation meets on the fund's calendar and rounds
    // to the fund's unit.
    if (spec.currencyCode.empty())
        spec.currencyCode = fund.currencyCode;
    spec.frequency = fund.frequency;
    spec.roundingUnit = fund.roundingUnit;
    spec.id = m_file->rotations.nextId();
    Problems problems = validateRotation(spec);
    if (spec.currencyCode != fund.currencyCode)
        problems.push_back(Problem{"currencyCode", "rotation.currency", {fund.currencyCode},
                                   "A rotation is kept in the fund's currency (" + fund.currencyCode + ")", 0, 0});
    checkHolders(spec, m_file->members, problems);
    if (!problems.empty())
        throw ValidationError(problems);

    store::Transaction tx(m_file->db());
    m_file->rotations.insert(spec);
    const std::string n = std::to_string(spec.id);
    for (const auto& [code, name] : {std::pair{rotation_accounts::pot(spec.id), "Pot of rotation " + n},
                                     std::pair{rotation_accounts::prepaid(spec.id), "Prepaid to rotation " + n},
                                     std::pair{rotation_accounts::reserve(spec.id), "Discount reserve of rotation " + n}})
        m_file->ledger.insertAccount(Account{0, code, name, AccountKind::Liability, std::nullopt});
    for (MemberId member : rotationMembers(spec)) {
        const std::string code = rotation_accounts::advance(member);
        if (!m_file->ledger.accountByCode(code))
            m_file->ledger.insertAccount(Account{0, code, "Advances to member " + std::to_string(member),
                                                 AccountKind::Asset, member});
    }
    appendAudit(rotationSubject(spec.id), "add", rotationLabel(spec) + " created", rotationSpecSnapshot(spec), actor);
    tx.commit();
    return spec.id;
}

std::optional<RotationState> Book::rotation(RotationId id) const { return m_file->rotations.load(id); }

std::vector<RotationSpec> Book::rotations() const
{
    std::vector<RotationSpec> out;
    for (RotationId id : m_file->rotations.ids())
        if (auto spec = m_file->rotations.spec(id))
            out.push_back(std::move(*spec));
    return out;
}

void Book::editFixedOrder(RotationId id, const std::vector<HandNumber>& order, const Actor& actor)
{
    requireOperator(actor);
    RotationState state = requireRotation(id);
    if (auto problems = checkFixedOrderEdit(state, order); !problems.empty())
        throw ValidationError(problems);
    if (order == state.spec.fixedOrder)
        return; // nothing changed: nothing to chain
    state.spec.fixedOrder = order;
    store::Transaction tx(m_file->db());
    m_file->rotations.updateFixedOrder(id, order);
    appendAudit(rotationSubject(id), "edit", rotationLabel(state.spec) + ": fixed order changed",
                rotationSpecSnapshot(state.spec), actor);
    tx.commit();
}

std::vector<DrawStep> Book::drawOrder(RotationId id) const
{
    const RotationState state = requireRotation(id);
    if (state.spec.order != OrderMethod::Draw)
        throw ValidationError("rotation", "rotation.not_draw", rotationLabel(state.spec) + " is not ordered by draw");
    // The plan's rule (drawSchedule), so the printed draw and the plan never disagree (R42).
    std::vector<DrawStep> steps;
    for (const DrawnRound& drawn : drawSchedule(state))
        steps.insert(steps.end(), drawn.picks.begin(), drawn.picks.end());
    return steps;
}

std::vector<DrawStep> Book::drawRound(RotationId id, int round) const
{
    const RotationState state = requireRotation(id);
    if (state.spec.order != OrderMethod::Draw)
        throw ValidationError("rotation", "rotation.not_draw", rotationLabel(state.spec) + " is not ordered by draw");
    for (const DrawnRound& drawn : drawSchedule(state))
        if (drawn.round == round)
            return drawn.picks;
    throw ValidationError("round", "rotation.round_unknown", "There is no round " + std::to_string(round),
                          {std::to_string(round)});
}

Problems Book::checkBid(RotationId id, int round, const Bid& bid) const
{
    Problems problems = validateBid(requireRotation(id), round, bid);
    nameMembers(problems, m_file->members);
    return problems;
}

AuctionResult Book::decideAuction(RotationId id, int round, const std::vector<Bid>& bids, const Actor& actor)
{
    requireOperator(actor);
    requireOpenMeeting(actor); // the group bids in the meeting
    const RotationState state = requireRotation(id);
    AuctionResult result = tontine::decideAuction(state, round, bids);
    if (!result.problems.empty()) {
        nameMembers(result.problems, m_file->members);
        throw ValidationError(result.problems);
    }
    result.outcome.discounts.resize(result.outcome.beneficiaries.size(), 0);
    std::string winners;
    for (HandNumber hand : result.outcome.beneficiaries)
        winners += (winners.empty() ? "hand " : ", hand ") + std::to_string(hand);
    store::Transaction tx(m_file->db());
    const EntrySeq seq = appendAudit(auctionSubject(id, round), "decide",
                                     rotationLabel(state.spec) + ", round " + std::to_string(round) + " won by " + winners,
                                     auctionSnapshot(id, result.outcome, bids), actor);
    m_file->rotations.insertDecision(id, result.outcome, bids, seq);
    tx.commit();
    return result;
}

std::vector<Bid> Book::bids(RotationId id, int round) const { return m_file->rotations.bids(id, round); }

std::vector<RoundPlan> Book::plan(RotationId id) const { return planCycle(requireRotation(id)); }

std::vector<MemberDue> Book::rotationDuesOn(RotationId id, Date date) const
{
    // As the records stood at the end of `date`: a statement for a past month must not count
    // what was paid after it (for today's meeting nothing is dated later, so nothing changes).
    return tontine::duesOn(stateAsOf(requireRotation(id), date), date);
}

std::vector<MemberRoundStatus> Book::arrears(RotationId id, MemberId member, Date date) const
{
    const RotationState state = requireRotation(id);
    // Someone with no hand owes nothing here: an all-zero table would read as "paid up".
    const auto holders = rotationMembers(state.spec);
    if (std::find(holders.begin(), holders.end(), member) == holders.end()) {
        const auto m = m_file->members.get(member);
        const std::string n = std::to_string(member), r = std::to_string(id);
        throw ValidationError("member", "rotation.noHand",
                              (m ? m->fullName() + " (member " + n + ")" : "Member " + n)
                                  + " holds no hand in rotation " + r,
                              {n, r});
    }
    return memberRounds(stateAsOf(state, date), member, date);
}

} // namespace tontine
