// The social fund through the Book: contributions owed at each meeting, grants with their
// approvals, social loans repaid as dues, and a fund that never goes below zero.
#include "tests/core/book/savings_book_fixture.h"

using namespace savings_book_test;

namespace {

struct SocialFundFixture : SavingsFund {
    SocialFundFixture()
    {
        SocialRules rules = defaultSocialRules();
        rules.contribution = 1000;
        rules.approvalsRequired = 2;
        rules.loansAllowed = true;
        rules.events = {SocialEventRule{SocialEvent::Illness, false, 5000},
                        SocialEventRule{SocialEvent::DeathOfMember, true, 20000}};
        book->setSocialRules(rules, actor());
        openMeetingOn(Date::fromYmd(2026, 3, 10));
    }
    SocialGrant grant(std::int64_t amount, std::vector<MemberId> approvers) const
    {
        SocialGrant g;
        g.event = SocialEvent::Illness;
        g.beneficiary = member(4);
        g.amount = amount;
        g.note = "hospital in Thiès";
        g.approvers = std::move(approvers);
        return g;
    }
};

} // namespace

TEST_CASE("Opening a meeting makes every active member owe the social contribution", "[social][book]")
{
    SocialFundFixture f;
    int social = 0;
    for (const auto& due : f.book->dues(std::nullopt, true))
        if (due.kind == "social" && due.amount == 1000)
            ++social;
    CHECK(social == 7);
    f.book->paySocialContribution(f.member(1), 1000, f.actor());
    CHECK(f.book->socialFund().balance == 1000);
    // Not more than owed.
    CHECK(refusalCodes([&] { f.book->paySocialContribution(f.member(1), 500, f.actor()); }) ==
          std::vector<std::string>{"social.overpaid"});
    CHECK(f.book->verify().ok());
}

TEST_CASE("A grant is refused when the social fund is short and when approvals are missing", "[social][book]")
{
    SocialFundFixture f;
    for (int i = 1; i <= 4; ++i)
        f.book->paySocialContribution(f.member(i), 1000, f.actor()); // 4 000 F in the fund
    const auto before = f.book->chainHead().shortText();
    const auto shortCodes = refusalCodes([&] { f.book->recordGrant(f.grant(5000, {f.member(1), f.member(2)}), f.actor()); });
    CHECK(std::find(shortCodes.begin(), shortCodes.end(), "social.insufficient") != shortCodes.end());
    CHECK(!refusalCodes([&] { f.book->recordGrant(f.grant(3000, {f.member(1)}), f.actor()); }).empty());
    CHECK(!refusalCodes([&] { f.book->recordGrant(f.grant(3000, {f.member(1), f.member(4)}), f.actor()); }).empty());
    CHECK(f.book->chainHead().shortText() == before);
    f.book->recordGrant(f.grant(3000, {f.member(1), f.member(2)}), f.actor());
    CHECK(f.book->socialFund().balance == 1000);
    CHECK(f.book->cashBalance() == 1000);
    const auto grants = f.book->grants();
    REQUIRE(grants.size() == 1);
    CHECK(grants.front().approvers == std::vector<MemberId>{f.member(1), f.member(2)});
    CHECK(f.book->verify().ok());
}

TEST_CASE("A social loan is repaid like a due and never takes the fund below zero", "[social][book]")
{
    SocialFundFixture f;
    for (int i = 1; i <= 5; ++i)
        f.book->paySocialContribution(f.member(i), 1000, f.actor());
    SocialLoanRequest loan;
    loan.borrower = f.member(6);
    loan.amount = 6000;
    loan.dueOn = Date::fromYmd(2026, 5, 10);
    loan.approvers = {f.member(1), f.member(2)};
    CHECK(!refusalCodes([&] { f.book->lendSocial(loan, f.actor()); }).empty()); // only 5 000 F
    loan.amount = 4000;
    const DueId due = f.book->lendSocial(loan, f.actor());
    CHECK(f.book->socialFund().available() == 1000);
    const EntrySeq lent = f.book->entryCount() - 1; // the loan entry, before its due's audit
    CHECK(refusalCodes([&] { f.book->reverse(lent, "mistake", f.actor()); }) ==
          std::vector<std::string>{"social_loan.reversal"});
    f.book->payDue(due, 1500, f.actor());
    CHECK(f.book->socialFund().lentOut == 2500);
    CHECK(f.book->socialFund().balance == 5000);
    CHECK(f.book->verify().ok());
}

TEST_CASE("A reversed grant goes back into the social fund and the books still verify", "[social][book]")
{
    SocialFundFixture f;
    for (int i = 1; i <= 4; ++i)
        f.book->paySocialContribution(f.member(i), 1000, f.actor());
    f.book->recordGrant(f.grant(3000, {f.member(1), f.member(2)}), f.actor());
    const EntrySeq paid = f.book->grants().front().entrySeq;
    const auto summary = f.book->meetingSummary(f.book->currentMeeting()->id);
    CHECK(summary.lines.back().member == f.member(4)); // the beneficiary
    f.book->reverse(paid, "paid to the wrong member", f.actor());
    CHECK(f.book->socialFund().balance == 4000);
    CHECK(f.book->reversedBy(paid));
    CHECK(f.book->verify().ok());
}
