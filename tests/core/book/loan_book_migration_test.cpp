// Schema step 6 on a real schema-5 fund (tests/data/savings-v5.tontine, made by
// tests/data/make-savings-v5.sh): after a verified backup the file gains the loan tables and
// the accounts income:penalties and expense:loan-losses, still verifies, and then lends.
#include "core/book/book.h"
#include "core/store/schema.h"
#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace tontine;
using tontine::test::TempDir;

namespace {

std::string sqlite(const std::filesystem::path& file, const std::string& sql)
{
    std::string out;
    const int status =
        test::runCommand("sqlite3 " + test::shellQuote(file.string()) + " " + test::shellQuote(sql), &out);
    INFO(sql << "\n" << out);
    REQUIRE(status == 0);
    return out;
}

} // namespace

TEST_CASE("A schema-5 fund migrates to the loan schema and then lends", "[loans-book][store]")
{
    TempDir dir;
    const auto path = dir / "savings-v5.tontine";
    std::filesystem::copy_file(std::string(TONTINE_SOURCE_DIR) + "/tests/data/savings-v5.tontine", path);
    REQUIRE(sqlite(path, "PRAGMA user_version") == "5\n");
    REQUIRE(sqlite(path, "SELECT count(*) FROM account WHERE code IN ('income:penalties', 'expense:loan-losses')") ==
            "0\n");

    FixedClock clock(Date::fromYmd(2026, 5, 1), "2026-05-01T10:00:00Z");
    {
        auto book = Book::open(path, clock);
        const VerifyReport report = book->verify();
        INFO(report.problem);
        CHECK(report.ok());
        CHECK(book->entryCount() == 16);
        CHECK(book->cashBalance() == 40000);
        int loanAccounts = 0;
        for (const auto& a : book->accounts())
            if (a.code == accounts::PenaltyIncome || a.code == accounts::LoanLosses)
                ++loanAccounts;
        CHECK(loanAccounts == 2);
        CHECK(book->loans().empty());

        const Actor awa{"Awa Diop", clock.today()};
        LoanRules rules;
        rules.committee = {2, 3};
        rules.approvalsRequired = 2;
        book->setLoanRules(rules, awa);
        LoanProduct product;
        product.name = "Ordinary loan";
        product.guarantorsRequired = 1;
        const LoanProductId productId = book->saveLoanProduct(product, awa);
        LoanRequest request;
        request.borrower = 1;
        request.product = productId;
        request.principal = 20000;
        request.termMonths = 4;
        request.purpose = "Trade";
        request.guarantors = {GuarantorPledge{2, 10000}};
        const LoanId id = book->requestLoan(request, awa);
        book->approveLoan(id, {2, 3}, awa);
        book->openMeeting(book->cashBalance(), "", awa);
        book->disburseLoan(id, awa);
        book->closeMeeting(book->cashBalance(), "", awa);
        CHECK(book->cashBalance() == 20000);
        CHECK(book->loan(id)->status == LoanStatus::Active);
        CHECK(book->verify().ok());
    }
    CHECK(sqlite(path, "PRAGMA user_version") == std::to_string(store::currentSchemaVersion()) + "\n");
    // The file as it was before the migration is kept beside it, still schema 5.
    const auto before = dir / "savings-v5.backups" / "savings-v5-before-schema-6-16.tontine";
    REQUIRE(std::filesystem::exists(before));
    CHECK(sqlite(before, "PRAGMA user_version") == "5\n");
}
