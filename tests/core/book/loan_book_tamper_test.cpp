// A loan's records changed behind the app's back are caught by verify: its terms, its
// schedule, where a repayment went, a product, a group guarantee (DESIGN §4).
#include "tests/core/book/loan_book_fixture.h"
#include "tests/support/process.h"

using namespace loan_book_test;

namespace {

void runSql(const std::filesystem::path& file, const std::string& sql)
{
    std::string out;
    const int status = test::runCommand("sqlite3 " + test::shellQuote(file.string()) + " " +
                                            test::shellQuote("PRAGMA foreign_keys=OFF; " + sql),
                                        &out);
    INFO(out);
    REQUIRE(status == 0);
}

// A fund with one loan paid out and repaid once, closed so sqlite3 can write to it.
struct TamperFund : LoanFund {
    LoanId id = 0;
    TamperFund()
    {
        id = activeLoan(day(2026, 4, 1), 1, 6000, 3, {pledge(2, 3000)});
        closeMeeting();
        openMeetingOn(day(2026, 5, 1));
        book->repayLoan(id, 2060, actor());
        closeMeeting();
        GroupGuarantee g;
        g.member = member(4);
        g.supplier = "Quincaillerie Diop";
        g.purpose = "Tin roof";
        g.amount = 5000;
        g.until = day(2026, 8, 1);
        g.approvers = {member(5), member(6)};
        book->createGuarantee(g, actor());
        REQUIRE(book->verify().ok());
        book.reset(); // sqlite3 needs the file unlocked
    }
    VerifyReport verifyAfter(const std::string& sql)
    {
        runSql(path, sql);
        book = Book::open(path, clock);
        return book->verify();
    }
};

} // namespace

TEST_CASE("Changing a loan's rate, schedule, allocation, product or guarantee in the file is caught",
          "[loans-book]")
{
    SECTION("the rate copied into the loan")
    {
        TamperFund f;
        const auto report = f.verifyAfter("DROP TRIGGER loan_no_update; UPDATE loan SET rate_bp = 50;");
        CHECK_FALSE(report.ok());
        CHECK(report.problem.find("loan:1") != std::string::npos);
    }
    SECTION("a schedule line")
    {
        TamperFund f;
        const auto report = f.verifyAfter(
            "DROP TRIGGER loan_schedule_line_no_update; UPDATE loan_schedule_line SET interest = 0 WHERE number = 2;");
        CHECK_FALSE(report.ok());
        CHECK(report.problem.find("loan:1:schedule:1") != std::string::npos);
    }
    SECTION("where a repayment went")
    {
        TamperFund f;
        const auto report = f.verifyAfter(
            "DROP TRIGGER loan_allocation_no_update; UPDATE loan_allocation SET interest = 0, principal = 2060;");
        CHECK_FALSE(report.ok());
        CHECK(report.problem.find("loan repayment") != std::string::npos);
    }
    SECTION("a repayment's allocation removed")
    {
        TamperFund f;
        const auto report = f.verifyAfter("DROP TRIGGER loan_allocation_no_delete; DELETE FROM loan_allocation;");
        CHECK_FALSE(report.ok());
    }
    SECTION("a product's terms")
    {
        TamperFund f;
        const auto report = f.verifyAfter("UPDATE loan_product SET rate_bp = 300;");
        CHECK_FALSE(report.ok());
        CHECK(report.problem.find("loanproduct:1") != std::string::npos);
    }
    SECTION("a group guarantee's amount")
    {
        TamperFund f;
        const auto report =
            f.verifyAfter("DROP TRIGGER group_guarantee_no_update; UPDATE group_guarantee SET amount = 50000;");
        CHECK_FALSE(report.ok());
        CHECK(report.problem.find("guarantee:1") != std::string::npos);
    }
    SECTION("a loan event (a top-up no one paid out)")
    {
        TamperFund f;
        const auto report = f.verifyAfter("INSERT INTO loan_event (loan_id, kind, date, amount, entry_seq) "
                                          "VALUES (1, 'topup', '2026-05-01', 5000, 3);");
        CHECK_FALSE(report.ok());
    }
}
