// Savings records, grants, social loans and a committed share-out edited on the file behind
// the app's back are caught by verify, like every other chained fact; the schema refuses
// the edits outright while its guards stand.
#include "tests/core/book/savings_book_fixture.h"
#include "tests/support/process.h"

using namespace savings_book_test;
using tontine::test::runSqlite3;

namespace {

struct SavingsTamper : SavingsFund {
    SavingsTamper()
    {
        SocialRules rules = defaultSocialRules();
        rules.contribution = 1000;
        rules.loansAllowed = true;
        rules.events = {SocialEventRule{SocialEvent::Birth, true, 2000}};
        book->setSocialRules(rules, actor());
        openMeetingOn(Date::fromYmd(2026, 3, 10));
        for (int i = 1; i <= 4; ++i) {
            book->paySocialContribution(member(i), 1000, actor());
            book->buyShares(cycle, member(i), i, actor());
        }
        SocialGrant grant;
        grant.event = SocialEvent::Birth;
        grant.beneficiary = member(1);
        grant.amount = 2000;
        grant.approvers = {member(2), member(3)};
        book->recordGrant(grant, actor());
        SocialLoanRequest loan;
        loan.borrower = member(4);
        loan.amount = 1000;
        loan.dueOn = Date::fromYmd(2026, 4, 10);
        loan.approvers = {member(2), member(3)};
        book->lendSocial(loan, actor());
        book->commitShareOut(cycle, ShareOutOptions{}, actor());
        closeMeeting();
        REQUIRE(book->verify().ok());
        book.reset();
        std::filesystem::remove_all(dir / "fund.backups");
    }
    VerifyReport verifyAfter(const std::string& sql)
    {
        REQUIRE(runSqlite3(path, sql) == 0);
        BookOptions options;
        options.backupOnClose = false;
        book = Book::open(path, clock, options);
        return book->verify();
    }
};

std::string dropGuards(const std::string& table)
{
    return "DROP TRIGGER " + table + "_no_update; DROP TRIGGER " + table + "_no_delete; ";
}

} // namespace

TEST_CASE("The schema refuses changes to savings and social fund records", "[savings][book]")
{
    SavingsTamper f;
    CHECK(runSqlite3(f.path, "UPDATE savings_record SET amount = 1") != 0);
    CHECK(runSqlite3(f.path, "DELETE FROM savings_record") != 0);
    CHECK(runSqlite3(f.path, "UPDATE social_grant SET amount = 1") != 0);
    CHECK(runSqlite3(f.path, "UPDATE shareout_line SET net = 1") != 0);
    CHECK(runSqlite3(f.path, "UPDATE savings_cycle SET share_price = 1") != 0);
    CHECK(runSqlite3(f.path, "DELETE FROM savings_cycle") != 0);
}

TEST_CASE("Verify catches a savings record changed behind the app's back", "[savings][book]")
{
    SavingsTamper f;
    const auto report = f.verifyAfter(dropGuards("savings_record") + "UPDATE savings_record SET shares = 9 WHERE id = 1");
    CHECK_FALSE(report.ok());
    CHECK(report.problem.find("savings records") != std::string::npos);
}

TEST_CASE("Verify catches a savings record removed behind the app's back", "[savings][book]")
{
    SavingsTamper f;
    CHECK_FALSE(f.verifyAfter(dropGuards("savings_record") + "DELETE FROM savings_record WHERE id = 2").ok());
}

TEST_CASE("Verify catches a social grant or loan changed behind the app's back", "[social][book]")
{
    SavingsTamper grant;
    CHECK_FALSE(grant.verifyAfter(dropGuards("social_grant_approver") + "UPDATE social_grant_approver SET member_id = 1").ok());
    SavingsTamper loan;
    CHECK_FALSE(loan.verifyAfter(dropGuards("social_loan") + "UPDATE social_loan SET due_on = '2030-01-01'").ok());
}

TEST_CASE("Verify catches a share-out line or a cycle's terms changed behind the app's back", "[savings][book]")
{
    SavingsTamper line;
    const auto report = line.verifyAfter(dropGuards("shareout_line") + "UPDATE shareout_line SET net = net + 100, "
                                                                        "gross = gross + 100 WHERE member_id = 1");
    CHECK_FALSE(report.ok());
    CHECK(report.problem.find("shareout:1") != std::string::npos);
    SavingsTamper terms;
    CHECK_FALSE(terms.verifyAfter("DROP TRIGGER savings_cycle_frozen; UPDATE savings_cycle SET share_price = 100").ok());
}
