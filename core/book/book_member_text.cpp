#include "core/book/book_member_text.h"

#include <array>
#include <charconv>
#include <string_view>

namespace tontine {

namespace {

// The engine codes whose first arg is the member named at the start of the text.
constexpr std::array<std::string_view, 28> MemberFirstCodes{
    "contribution.member",    "bid.notHolder",       "payout.contributionsMissing", "leave.sharedHand",
    "leave.pendingWinner",    "leave.notMember",     "leave.partlyReceived",        "leave.alreadyLeft",
    "savings.above_max",      "savings.below_min",   "savings.above_free",          "shareout.repay_first",
    "shareout.loss_above_savings",
    // The loan engine's, about a borrower, guarantor, approver or committee member.
    "loan.above_limit",       "loan.approver_not_committee", "loan.borrower_inactive", "loan.borrower_late",
    "loan.duplicate_approver", "loan.duplicate_guarantor",   "loan.guarantor_exposure", "loan.guarantor_inactive",
    "loan.pledge_not_positive", "loan.pledge_unit",          "loan.pledge_below_min",  "loan.self_approval",
    "loan.self_guarantee",    "loan_rules.committee_twice",
};

bool memberFirst(const std::string& code)
{
    for (std::string_view c : MemberFirstCodes)
        if (c == code)
            return true;
    return false;
}

} // namespace

std::string memberLabel(const store::MemberStore& members, MemberId member)
{
    const std::string number = std::to_string(member);
    if (const auto m = members.get(member))
        return m->fullName() + " (no. " + number + ")";
    return "member " + number;
}

void nameMembers(Problems& problems, const store::MemberStore& members)
{
    for (Problem& p : problems) {
        if (!memberFirst(p.code) || p.args.empty())
            continue;
        MemberId id = 0;
        const std::string& arg = p.args.front();
        const auto [end, ec] = std::from_chars(arg.data(), arg.data() + arg.size(), id);
        const std::string prefix = "Member " + arg;
        // Only the exact engine wording is replaced, so a text changed elsewhere stays readable.
        if (ec != std::errc{} || end != arg.data() + arg.size() || p.text.rfind(prefix, 0) != 0
            || (p.text.size() > prefix.size() && p.text[prefix.size()] != ' ' && p.text[prefix.size()] != '\''))
            continue;
        if (members.get(id))
            p.text = memberLabel(members, id) + p.text.substr(prefix.size());
    }
}

} // namespace tontine
