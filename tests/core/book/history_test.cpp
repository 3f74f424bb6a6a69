// The book's history queries: balances and the chain head on past dates, a balance's daily
// path (one account or every loan), what each money entry meant for each member, and the next
// meeting's date. Every expected figure is worked out by hand from the postings made here.
#include "tests/core/book/loan_book_fixture.h"
#include "tests/core/book/rotation_book_fixture.h"

#include <catch2/catch.hpp>

using namespace loan_book_test;

namespace {

std::int64_t balanceIn(const std::vector<AccountBalance>& all, const std::string& code)
{
    for (const auto& b : all)
        if (b.account.code == code)
            return b.debitMinusCredit;
    FAIL("no account " << code);
    return 0;
}

// The loan fund (March: members 1–4 saved 10 000 F, 5–7 5 000 F, 55 000 F in the box), then:
// 1 April: member 1 buys 2 shares (1 000) and borrows 6 000 over 3 months (member 2 pledges);
// 1 May: member 1 repays 2 060 (2 000 principal + 60 interest), member 3 borrows 3 000 over
// 3 months (member 4 pledges), member 3 buys a share (500) that is then reversed.
struct HistoryFund : LoanFund {
    ChainHead march;
    LoanId first = 0, second = 0;
    EntrySeq reversedBuy = 0, reversal = 0;

    HistoryFund()
    {
        march = book->chainHead();
        openMeetingOn(day(2026, 4, 1));
        book->buyShares(cycle, member(1), 2, actor());
        first = approvedLoan(1, 6000, 3, {pledge(2, 3000)});
        book->disburseLoan(first, actor());
        closeMeeting();
        openMeetingOn(day(2026, 5, 1));
        book->repayLoan(first, 2060, actor());
        second = approvedLoan(3, 3000, 3, {pledge(4, 1500)});
        book->disburseLoan(second, actor());
        reversedBuy = book->buyShares(cycle, member(3), 1, actor());
        reversal = book->reverse(reversedBuy, "typed for the wrong member", actor());
        closeMeeting();
    }
};

std::vector<MemberMovement> movementsOf(const std::vector<MemberMovement>& all, const std::string& kind)
{
    std::vector<MemberMovement> out;
    for (const auto& m : all)
        if (m.kind == kind)
            out.push_back(m);
    return out;
}

} // namespace

TEST_CASE("Balances on past dates count only the entries dated up to them", "[history][book]")
{
    HistoryFund f;
    // Before the fund existed, nothing; after March's purchases, the saved 55 000 F.
    CHECK(f.book->balanceOn("cash", day(2026, 2, 28)) == 0);
    CHECK(f.book->balanceOn("cash", day(2026, 3, 31)) == 55000);
    // 1 April: + 1 000 of shares − 6 000 lent.
    CHECK(f.book->balanceOn("cash", day(2026, 4, 1)) == 50000);
    // 1 May: + 2 060 repaid − 3 000 lent + 500 bought − 500 given back.
    CHECK(f.book->balanceOn("cash", day(2026, 5, 1)) == 49060);
    CHECK(f.book->balanceOn("cash", day(2026, 12, 31)) == f.book->cashBalance());
    CHECK(f.book->balanceOn(accounts::savings(f.member(1)), day(2026, 3, 4)) == 0);
    CHECK(f.book->balanceOn(accounts::savings(f.member(1)), day(2026, 3, 5)) == -10000);
    CHECK(f.book->balanceOn(accounts::savings(f.member(1)), day(2026, 4, 30)) == -11000);
    CHECK(f.book->balanceOn(accounts::loanPrincipal(f.member(1)), day(2026, 4, 30)) == 6000);
    CHECK(f.book->balanceOn(accounts::loanPrincipal(f.member(1)), day(2026, 5, 1)) == 4000);
    CHECK(f.book->balanceOn(std::string(accounts::InterestIncome), day(2026, 5, 1)) == -60);
    CHECK(f.book->balanceOn("no-such-account", day(2026, 5, 1)) == 0);
    // "loan:" names no account: balanceOn takes one account, never a prefix.
    CHECK(f.book->balanceOn("loan:", day(2026, 5, 1)) == 0);

    // Every account, in the chart's order, those unused at 0.
    const auto april = f.book->balancesOn(day(2026, 4, 30));
    const auto chart = f.book->accounts();
    REQUIRE(april.size() == chart.size());
    for (std::size_t i = 0; i < chart.size(); ++i)
        CHECK(april[i].account.code == chart[i].code);
    CHECK(balanceIn(april, "cash") == 50000);
    CHECK(balanceIn(april, accounts::savings(f.member(1))) == -11000);
    CHECK(balanceIn(april, accounts::savings(f.member(5))) == -5000);
    CHECK(balanceIn(april, accounts::loanPrincipal(f.member(1))) == 6000);
    CHECK(balanceIn(april, accounts::loanPrincipal(f.member(3))) == 0);
    CHECK(balanceIn(april, std::string(accounts::InterestIncome)) == 0);
    std::int64_t sum = 0;
    for (const auto& b : april)
        sum += b.debitMinusCredit;
    CHECK(sum == 0);
    // Today's balances are the history's last day.
    const auto now = f.book->balances();
    const auto late = f.book->balancesOn(day(2030, 1, 1));
    REQUIRE(now.size() == late.size());
    for (std::size_t i = 0; i < now.size(); ++i)
        CHECK(now[i].debitMinusCredit == late[i].debitMinusCredit);
}

TEST_CASE("A balance's history: the day before, then each day it changed; a prefix sums its accounts",
          "[history][book]")
{
    HistoryFund f;
    const auto cash = f.book->balanceHistory("cash", day(2026, 4, 1), day(2026, 5, 31));
    REQUIRE(cash.size() == 3);
    CHECK(cash[0].date == day(2026, 3, 31));
    CHECK(cash[0].debitMinusCredit == 55000);
    CHECK(cash[1].date == day(2026, 4, 1));
    CHECK(cash[1].debitMinusCredit == 50000);
    CHECK(cash[2].date == day(2026, 5, 1));
    CHECK(cash[2].debitMinusCredit == 49060);

    // Every member's loan: 6 000 on 1 April; on 1 May 4 000 (member 1) + 3 000 (member 3).
    const auto loans = f.book->balanceHistory("loan:", day(2026, 3, 1), day(2026, 12, 31));
    REQUIRE(loans.size() == 3);
    CHECK(loans[0].date == day(2026, 2, 28));
    CHECK(loans[0].debitMinusCredit == 0);
    CHECK(loans[1].date == day(2026, 4, 1));
    CHECK(loans[1].debitMinusCredit == 6000);
    CHECK(loans[2].date == day(2026, 5, 1));
    CHECK(loans[2].debitMinusCredit == 7000);

    // A window after the changes: only the starting balance.
    const auto later = f.book->balanceHistory("loan:", day(2026, 6, 1), day(2026, 6, 30));
    REQUIRE(later.size() == 1);
    CHECK(later[0].date == day(2026, 5, 31));
    CHECK(later[0].debitMinusCredit == 7000);
    // A day whose postings cancel out (the purchase reversed the same day) is no change: member
    // 3's savings stay at −10 000 through 1 May.
    const auto savings3 = f.book->balanceHistory(accounts::savings(f.member(3)), day(2026, 4, 1), day(2026, 5, 31));
    REQUIRE(savings3.size() == 1);
    CHECK(savings3[0].debitMinusCredit == -10000);
    // "savings:" sums every member's savings: 55 000 in March, 56 000 from 1 April.
    const auto allSavings = f.book->balanceHistory("savings:", day(2026, 3, 1), day(2026, 5, 31));
    REQUIRE(allSavings.size() == 3);
    CHECK(allSavings[1].date == day(2026, 3, 5));
    CHECK(allSavings[1].debitMinusCredit == -55000);
    CHECK(allSavings[2].date == day(2026, 4, 1));
    CHECK(allSavings[2].debitMinusCredit == -56000);
}

TEST_CASE("The chain head on a date is the head after the last entry dated up to it", "[history][book]")
{
    HistoryFund f;
    const ChainHead onMarch = f.book->chainHeadOn(day(2026, 3, 31));
    CHECK(onMarch.count == f.march.count);
    CHECK(onMarch.hash == f.march.hash);
    CHECK(onMarch.shortText() == f.march.shortText());
    const ChainHead now = f.book->chainHead();
    const ChainHead later = f.book->chainHeadOn(day(2027, 1, 1));
    CHECK(later.count == f.book->entryCount());
    CHECK(later.count == now.count);
    CHECK(later.hash == now.hash);
    // Before the fund: a zero head.
    const ChainHead before = f.book->chainHeadOn(day(2026, 2, 28));
    CHECK(before.count == 0);
    CHECK(before.hash == Hash{});
    // Each head is the journal's entry at that count.
    const ChainHead april = f.book->chainHeadOn(day(2026, 4, 30));
    CHECK(april.count > f.march.count);
    CHECK(april.count < now.count);
    const auto entry = f.book->entry(april.count);
    REQUIRE(entry);
    CHECK(entry->hash == april.hash);
    CHECK(entry->date <= day(2026, 4, 30));
    const auto next = f.book->entry(april.count + 1);
    REQUIRE(next);
    CHECK(next->date > day(2026, 4, 30));
}

TEST_CASE("Member movements: savings, a loan paid out and repaid, a reversal", "[history][book]")
{
    HistoryFund f;
    // March: each member's purchase.
    const auto march = f.book->memberMovements(day(2026, 3, 1), day(2026, 3, 31));
    REQUIRE(march.size() == 7);
    for (int i = 1; i <= 7; ++i) {
        const MemberMovement& m = march[static_cast<std::size_t>(i - 1)];
        CHECK(m.member == f.member(i));
        CHECK(m.kind == "savings-shares");
        CHECK(m.date == day(2026, 3, 5));
        CHECK(m.cashIn == (i <= 4 ? 10000 : 5000));
        CHECK(m.savingsChange == m.cashIn);
        CHECK(m.cashOut == 0);
        CHECK(m.loanChange == 0);
        REQUIRE(m.meeting);
        CHECK(*m.meeting == f.book->meetings().front().id);
        if (i > 1)
            CHECK(m.seq > march[static_cast<std::size_t>(i - 2)].seq); // chain order
    }

    const auto april = f.book->memberMovements(day(2026, 4, 1), day(2026, 4, 30));
    REQUIRE(april.size() == 2);
    CHECK(april[0].member == f.member(1));
    CHECK(april[0].kind == "savings-shares");
    CHECK(april[0].cashIn == 1000);
    CHECK(april[0].savingsChange == 1000);
    CHECK(april[1].member == f.member(1));
    CHECK(april[1].kind == "loan-disbursement");
    CHECK(april[1].cashOut == 6000);
    CHECK(april[1].cashIn == 0);
    CHECK(april[1].loanChange == 6000);
    CHECK(april[1].savingsChange == 0);

    const auto may = f.book->memberMovements(day(2026, 5, 1), day(2026, 5, 1));
    REQUIRE(may.size() == 4);
    CHECK(may[0].member == f.member(1));
    CHECK(may[0].kind == "loan-repayment");
    CHECK(may[0].cashIn == 2060);
    CHECK(may[0].loanChange == -2000);
    CHECK(may[1].member == f.member(3));
    CHECK(may[1].kind == "loan-disbursement");
    CHECK(may[1].loanChange == 3000);
    CHECK(may[2].member == f.member(3));
    CHECK(may[2].seq == f.reversedBuy);
    CHECK(may[2].cashIn == 500);
    CHECK(may[2].savingsChange == 500);
    CHECK(may[3].member == f.member(3));
    CHECK(may[3].seq == f.reversal);
    CHECK(may[3].kind == "reversal");
    CHECK(may[3].memo == "typed for the wrong member");
    CHECK(may[3].cashOut == 500);
    CHECK(may[3].cashIn == 0);
    CHECK(may[3].savingsChange == -500);
    // Nothing after the last entry; an empty or reversed range gives nothing.
    CHECK(f.book->memberMovements(day(2026, 6, 1), day(2026, 12, 31)).empty());
    CHECK(f.book->memberMovements(day(2026, 5, 2), day(2026, 5, 1)).empty());
    // Movements add up to each member's balances.
    const auto all = f.book->memberMovements(day(2026, 1, 1), day(2026, 12, 31));
    for (int i = 1; i <= 7; ++i) {
        std::int64_t saved = 0, lent = 0;
        for (const auto& m : all)
            if (m.member == f.member(i)) {
                saved += m.savingsChange;
                lent += m.loanChange;
            }
        CHECK(saved == f.savedBy(i));
        CHECK(lent == f.balance(accounts::loanPrincipal(f.member(i))));
    }
}

TEST_CASE("Member movements: a share-out pays each member their part", "[history][book]")
{
    savings_book_test::SavingsFund f;
    f.openMeetingOn(day(2026, 3, 10));
    f.book->buyShares(f.cycle, f.member(1), 3, f.actor());
    f.book->buyShares(f.cycle, f.member(2), 1, f.actor());
    Entry fines;
    fines.memo = "Fines collected";
    fines.postings = {Posting{"cash", 600}, Posting{"income:fines", -600}};
    f.book->postInMeeting(fines, f.actor());
    f.closeMeeting();
    f.openMeetingOn(day(2026, 5, 10));
    f.book->commitShareOut(f.cycle, ShareOutOptions{}, f.actor());
    CHECK(f.book->cashBalance() == 0);

    // The fines concern no member; the share-out pays 2 600 F: 1 500 + 450 and 500 + 150.
    const auto march = f.book->memberMovements(day(2026, 3, 1), day(2026, 3, 31));
    REQUIRE(march.size() == 2);
    const auto may = movementsOf(f.book->memberMovements(day(2026, 5, 1), day(2026, 5, 31)), "shareout");
    REQUIRE(may.size() == 2);
    CHECK(may[0].member == f.member(1));
    CHECK(may[0].cashOut == 1950);
    CHECK(may[0].savingsChange == -1500);
    CHECK(may[1].member == f.member(2));
    CHECK(may[1].cashOut == 650);
    CHECK(may[1].savingsChange == -500);
    CHECK(may[0].seq == may[1].seq);
    CHECK(may[0].cashIn == 0);
}

TEST_CASE("Member movements: rotation contributions, a fine paid and a payout", "[history][book][rotation]")
{
    using rotation_book_test::RotationFund;
    RotationFund f;
    const MemberId ndiaye = f.members[0], diallo = f.members[2], fall = f.members[3];
    f.fundTheBox(5000); // opening savings of Ndiaye, 1 March
    f.book->setMeetingRules(MeetingRules{500, 1000, 0}, f.actor());
    const RotationId id = f.book->createRotation(f.spec(1000), f.actor());
    f.openMeetingOn(day(2026, 3, 10));
    const MeetingId meeting = f.book->currentMeeting()->id;
    f.book->recordAttendance(meeting, fall, AttendanceStatus::Late, f.actor());
    for (MemberId m : f.members)
        f.book->contribute(id, m, 1000, f.actor());
    f.book->payDue(f.book->dues(fall, true).front().id, 500, f.actor());
    f.book->payout(id, 1, f.actor()); // hand 3: Diallo
    f.closeMeeting();

    const auto opening = f.book->memberMovements(day(2026, 3, 1), day(2026, 3, 9));
    REQUIRE(opening.size() == 1);
    CHECK(opening[0].member == ndiaye);
    CHECK(opening[0].kind == "opening");
    CHECK(opening[0].cashIn == 5000);
    CHECK(opening[0].savingsChange == 5000);
    CHECK(!opening[0].meeting);

    const auto day10 = f.book->memberMovements(day(2026, 3, 10), day(2026, 3, 10));
    REQUIRE(day10.size() == 7);
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(day10[i].member == f.members[i]);
        CHECK(day10[i].kind == "rotation-contribution");
        CHECK(day10[i].cashIn == 1000);
        CHECK(day10[i].savingsChange == 0);
        CHECK(day10[i].meeting == meeting);
    }
    CHECK(day10[5].member == fall);
    CHECK(day10[5].kind == "due-payment");
    CHECK(day10[5].cashIn == 500);
    CHECK(day10[6].member == diallo);
    CHECK(day10[6].kind == "rotation-payout");
    CHECK(day10[6].cashOut == 5000);
    CHECK(day10[6].cashIn == 0);
}

TEST_CASE("The next meeting is the last one's date plus the fund's frequency", "[history][book]")
{
    tontine::test::FundFixture f;
    CHECK(f.book->nextMeetingDate(day(2026, 3, 7)) == day(2026, 3, 7)); // no meeting yet
    f.book->openMeeting(0, "", f.actor());                                // 1 March
    f.book->closeMeeting(0, "", f.actor());
    CHECK(f.book->nextMeetingDate(day(2026, 3, 7)) == day(2026, 4, 1)); // monthly by default
    FundSettings s = f.book->settings();
    s.frequency = MeetingFrequency::Weekly;
    f.book->updateSettings(s, f.actor());
    CHECK(f.book->nextMeetingDate(day(2026, 3, 7)) == day(2026, 3, 8));
    s.frequency = MeetingFrequency::Fortnightly;
    f.book->updateSettings(s, f.actor());
    CHECK(f.book->nextMeetingDate(day(2026, 3, 7)) == day(2026, 3, 15));
    // A later meeting moves it on.
    f.clock.set(day(2026, 3, 20), "2026-03-20T09:00:00Z");
    f.book->openMeeting(0, "", f.actor());
    CHECK(f.book->nextMeetingDate(day(2026, 3, 20)) == day(2026, 4, 3));
}
