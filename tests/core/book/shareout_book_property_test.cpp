// Property: over random savings cycles run through the Book (shares, voluntary savings,
// withdrawals, fines, social contributions and loans, money kept back, parts reinvested),
// the committed share-out gives out exactly the amount shared, the cash paid is what members
// are handed, the ledger balances and verify finds nothing wrong.
#include "tests/core/book/savings_book_fixture.h"

#include "core/demo/demo_random.h"

using namespace savings_book_test;
using tontine::demo::DemoRandom;

namespace {

void runCycle(std::uint64_t seed)
{
    DemoRandom random(seed);
    SavingsFund f(5);
    {
        SocialRules rules = defaultSocialRules();
        rules.contribution = 100 * (1 + random.below(5));
        rules.approvalsRequired = 2;
        rules.loansAllowed = true;
        f.book->setSocialRules(rules, f.actor());
        MeetingRules meetingRules;
        meetingRules.fineLate = 50 * (1 + random.below(4));
        f.book->setMeetingRules(meetingRules, f.actor());
    }
    const int meetings = 2 + random.below(5);
    Date day = Date::fromYmd(2026, 3, 10);
    for (int m = 0; m < meetings; ++m, day = day.addMonths(1)) {
        f.openMeetingOn(day);
        const MeetingId meeting = f.book->currentMeeting()->id;
        for (MemberId member : f.members) {
            if (random.chance(70))
                f.book->buyShares(f.cycle, member, 1 + random.below(5), f.actor());
            if (random.chance(20))
                f.book->recordAttendance(meeting, member, AttendanceStatus::Late, f.actor());
            for (const Due& due : f.book->dues(member, true))
                if (due.kind != "social-loan" && random.chance(70))
                    f.book->payDue(due.id, due.outstanding(), f.actor());
            if (random.chance(10)) {
                const auto all = f.book->savingsBalances(f.cycle);
                const auto* mine = f.savingsOf(all, member);
                if (mine && mine->free() >= 500)
                    f.book->withdrawSavings(f.cycle, member, 500 * (1 + random.below(static_cast<int>(mine->free() / 500))),
                                            f.actor());
            }
        }
        const auto fund = f.book->socialFund();
        if (random.chance(40) && fund.available() >= 100) {
            SocialLoanRequest loan;
            loan.borrower = f.member(1 + random.below(7));
            loan.amount = 100 * (1 + random.below(static_cast<int>(fund.available() / 100)));
            loan.dueOn = day.addMonths(2);
            for (MemberId a : f.members)
                if (a != loan.borrower && loan.approvers.size() < 2)
                    loan.approvers.push_back(a);
            f.book->lendSocial(loan, f.actor());
        }
        if (m + 1 < meetings)
            f.closeMeeting();
    }
    ShareOutOptions options;
    options.rule = random.chance(50) ? ShareOutRule::Standard : ShareOutRule::TimeWeighted;
    if (random.chance(30)) {
        options.keptBack = 10 * random.below(50);
        options.keptBackNote = "for the new cash box";
    }
    auto plan = f.book->previewShareOut(f.cycle, options, f.clock.today());
    INFO("seed " << seed);
    REQUIRE(plan.problems.empty());
    for (const auto& line : plan.result.lines)
        if (line.net > 0 && random.chance(30))
            options.reinvest[line.member] = random.below(static_cast<int>(std::min<std::int64_t>(line.net, 5000)) + 1);
    const std::int64_t cashBefore = f.book->cashBalance();
    const std::int64_t lentBefore = f.book->socialFund().lentOut;
    plan = f.book->commitShareOut(f.cycle, options, f.actor());

    std::int64_t gross = 0, net = 0, deductions = 0, reinvested = 0;
    for (const auto& line : plan.result.lines) {
        gross += line.gross;
        net += line.net;
        deductions += line.deductions;
        CHECK(line.net + line.deductions == line.gross);
    }
    for (const auto& [member, amount] : plan.reinvest)
        reinvested += amount;
    CHECK(gross + plan.result.keptByRounding == plan.fund.amountShared);
    CHECK(net + deductions == gross);
    CHECK(f.book->cashBalance() == cashBefore - (net - reinvested));
    CHECK(f.book->socialFund().lentOut == lentBefore - deductions); // only social loans were owed
    std::int64_t savingsLeft = 0, total = 0;
    for (const auto& b : f.book->balances()) {
        total += b.debitMinusCredit;
        if (b.account.code.rfind("savings:", 0) == 0)
            savingsLeft += b.natural();
    }
    CHECK(total == 0); // the ledger balances
    CHECK(savingsLeft == reinvested);
    const VerifyReport report = f.book->verify();
    INFO(report.problem);
    CHECK(report.ok());
}

} // namespace

TEST_CASE("Share-outs of random cycles through the book give out exactly what is shared and keep the ledger balanced",
          "[savings][book]")
{
    for (std::uint64_t seed = 1; seed <= 25; ++seed)
        runCycle(0x5348415245ULL * seed);
}
