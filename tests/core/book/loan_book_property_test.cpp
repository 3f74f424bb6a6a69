// A property of random loan histories through the book (seeded, reproducible): whatever is
// requested, paid out, repaid, reversed, recovered or written off, the principal the ledger
// holds on loan accounts equals, over all loans, what was paid out less principal repaid
// less principal written off; and the chain verifies.
#include "tests/core/book/loan_book_fixture.h"

#include <random>

using namespace loan_book_test;

namespace {

std::int64_t ledgerPrincipal(const LoanFund& f)
{
    std::int64_t sum = 0;
    for (MemberId m : f.members)
        sum += f.balance(accounts::loanPrincipal(m));
    return sum;
}

std::int64_t loansPrincipal(const LoanFund& f)
{
    std::int64_t sum = 0;
    for (const auto& loan : f.book->loans()) {
        if (!loan.disbursedOn)
            continue;
        sum += loan.principal - loan.writtenOff;
        for (const auto& a : loan.allocations)
            sum -= a.principal;
    }
    return sum;
}

// Two committee members (5, 6, 7) who are not the borrower.
std::vector<MemberId> approversFor(const LoanFund& f, MemberId borrower)
{
    std::vector<MemberId> out;
    for (int i : {5, 6, 7})
        if (f.member(i) != borrower && out.size() < 2)
            out.push_back(f.member(i));
    return out;
}

template <typename F>
bool tryIt(F&& action)
{
    try {
        action();
        return true;
    } catch (const ValidationError&) {
        return false;
    }
}

} // namespace

TEST_CASE("Principal on the loan accounts equals what the loans' records say, over random histories",
          "[loans-book]")
{
    for (unsigned seed : {1u, 7u, 42u, 2026u}) {
        INFO("seed " << seed);
        LoanFund f;
        std::mt19937 rng(seed);
        auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
        int disbursed = 0, repayments = 0, reversals = 0, defaults = 0;
        for (int month = 0; month < 10; ++month) {
            f.openMeetingOn(day(2026, 4, 1).addMonths(month));
            const Date today = f.clock.today();
            // A new loan or two, when the checks allow it.
            for (int n = pick(0, 2); n > 0; --n) {
                const int borrower = pick(1, 7);
                int guarantor = pick(1, 7);
                if (guarantor == borrower)
                    guarantor = borrower % 7 + 1;
                const std::int64_t principal = 100 * pick(5, 60);
                const LoanRequest r = f.request(borrower, principal, pick(1, 6), {f.pledge(guarantor, principal / 2)});
                if (!f.book->previewLoan(r).problems.empty())
                    continue;
                const LoanId id = f.book->requestLoan(r, f.actor());
                f.book->approveLoan(id, approversFor(f, f.member(borrower)), f.actor());
                if (tryIt([&] { f.book->disburseLoan(id, f.actor()); }))
                    ++disbursed;
            }
            for (const auto& loan : f.book->loans()) {
                if (loan.status != LoanStatus::Active && loan.status != LoanStatus::Defaulted)
                    continue;
                if (loan.disbursedOn == today)
                    continue;
                const LoanPosition p = f.book->loanPosition(loan.id, today);
                const int what = pick(0, 9);
                if (what < 6 && p.payoff() > 0) {
                    const std::int64_t amount = std::min<std::int64_t>(p.payoff(), std::max<std::int64_t>(1, p.dueToday() + pick(-200, 800)));
                    f.book->repayLoan(loan.id, amount, f.actor());
                    ++repayments;
                    if (pick(0, 4) == 0) {
                        // The repayment just made is the loan's latest: it may be reversed.
                        EntrySeq seq = f.book->entryCount();
                        while (f.book->entry(seq)->kind != EntryKind::Transaction)
                            --seq;
                        f.book->reverse(seq, "Recorded against the wrong loan", f.actor());
                        ++reversals;
                    }
                } else if (what == 6 && loan.status == LoanStatus::Active && p.daysLate > 0) {
                    f.book->declareDefault(loan.id, approversFor(f, loan.borrower), "Stopped paying", f.actor());
                    ++defaults;
                    if (pick(0, 1) == 0)
                        tryIt([&] { f.book->recoverFromGuarantors(loan.id, f.actor()); });
                    if (f.status(loan.id) == LoanStatus::Defaulted && pick(0, 1) == 0)
                        tryIt([&] {
                            f.book->writeOffLoan(loan.id, approversFor(f, loan.borrower), f.actor());
                        });
                }
                REQUIRE(ledgerPrincipal(f) == loansPrincipal(f));
            }
            f.closeMeeting();
            REQUIRE(ledgerPrincipal(f) == loansPrincipal(f));
            // Every open loan's position agrees with the ledger account of its borrower.
            for (MemberId m : f.members) {
                std::int64_t outstanding = 0;
                for (const auto& loan : f.book->loans(m))
                    if (loan.status == LoanStatus::Active || loan.status == LoanStatus::Defaulted)
                        outstanding += f.book->loanPosition(loan.id, f.clock.today()).principalOutstanding;
                CHECK(f.balance(accounts::loanPrincipal(m)) == outstanding);
            }
        }
        CHECK(disbursed > 3);
        CHECK(repayments > 5);
        (void)reversals;
        (void)defaults;
        const VerifyReport report = f.book->verify();
        INFO(report.problem);
        CHECK(report.ok());
    }
}
