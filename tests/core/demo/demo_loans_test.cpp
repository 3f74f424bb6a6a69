// The demo fund's loans: one in every state a treasurer meets, each reached through the real
// use cases, and the books agreeing with the loans' own records.
#include "core/demo/demo_fund.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace tontine;

TEST_CASE("the demo fund has loans in every state and a group guarantee open")
{
    test::TempDir dir;
    const Date today = Date::fromYmd(2026, 11, 22);
    const FixedClock clock(today, "2026-11-22T19:00:00Z");
    BookOptions options;
    options.backupDir = dir / "backups";
    options.backupOnClose = false;
    auto book = createDemoFund(dir / "demo.tontine", clock, options);

    const auto loans = book->loans();
    std::map<LoanStatus, int> byStatus;
    bool custom = false, fromGuarantee = false, late = false, current = false;
    std::int64_t principalOnLoans = 0;
    for (const Loan& loan : loans) {
        ++byStatus[loan.status];
        custom = custom || loan.product.method == LoanMethod::Custom;
        fromGuarantee = fromGuarantee || loan.fromGuarantee.has_value();
        if (loan.status == LoanStatus::Active) {
            const LoanPosition p = book->loanPosition(loan.id, today);
            CHECK(p.principalOutstanding > 0);
            late = late || p.daysLate > 30;
            current = current || p.daysLate == 0;
            principalOnLoans += p.principalOutstanding;
            // Its guarantors' pledges are held in proportion to what is still owed.
            const auto held = book->pledgesHeld(loan.id, today);
            REQUIRE(held.size() == loan.guarantors.size());
            for (std::size_t i = 0; i < held.size(); ++i) {
                CHECK(held[i].guarantor == loan.guarantors[i].guarantor);
                CHECK(held[i].pledge > 0);
                CHECK(held[i].pledge <= loan.guarantors[i].pledge);
            }
        }
    }
    CHECK(byStatus[LoanStatus::Repaid] >= 1);
    CHECK(byStatus[LoanStatus::Active] >= 3);
    CHECK(byStatus[LoanStatus::Closed] >= 1);    // defaulted, recovered from guarantors, written off
    CHECK(byStatus[LoanStatus::Requested] == 1); // the committee decides at today's meeting
    CHECK(custom);
    CHECK(fromGuarantee);
    CHECK(late);
    CHECK(current);

    // The ledger's loan principal is exactly what the loans' own records leave outstanding.
    std::int64_t ledgerPrincipal = 0;
    for (const AccountBalance& b : book->balances())
        if (b.account.code.rfind("loan:", 0) == 0)
            ledgerPrincipal += b.debitMinusCredit;
    CHECK(ledgerPrincipal == principalOnLoans);

    // The default: the guarantors gave from their savings; the borrower paid part of it back.
    const auto debts = book->guarantorDebts();
    REQUIRE(debts.size() == 2);
    std::int64_t recovered = 0, repaid = 0;
    for (const auto& d : debts) {
        recovered += d.recovered;
        repaid += d.repaid;
    }
    CHECK(recovered > 0);
    CHECK(repaid > 0);
    CHECK(repaid < recovered); // still owed to one of them

    const Portfolio portfolio = book->portfolio(today);
    CHECK(portfolio.outstanding == principalOnLoans);
    CHECK(portfolio.atRisk30 > 0);
    CHECK(portfolio.par30BasisPoints > 0);
    CHECK(portfolio.guaranteesOpen == 1);

    std::set<GuaranteeStatus> guarantees;
    for (const auto& g : book->guarantees())
        guarantees.insert(g.status);
    CHECK(guarantees == std::set<GuaranteeStatus>{GuaranteeStatus::Open, GuaranteeStatus::Released,
                                                  GuaranteeStatus::Called});
    CHECK(book->verify().ok());
}
