// A rotation's definition and records edited on the file behind the app's back are caught
// by verify, like any other chained fact.
#include "tests/core/book/rotation_book_fixture.h"
#include "tests/support/process.h"

using namespace rotation_book_test;
using tontine::test::runSqlite3;

namespace {

// One rotation, round 1 fully paid and paid out; the guards dropped for the outsider.
struct RotationTamper : RotationFund {
    EntrySeq created = 0;
    EntrySeq firstContribution = 0;
    RotationTamper()
    {
        const RotationId id = book->createRotation(spec(10000), actor());
        created = book->entryCount();
        openMeetingOn(Date::fromYmd(2026, 3, 10));
        for (MemberId m : members) {
            book->contribute(id, m, 10000, actor());
            if (firstContribution == 0)
                firstContribution = book->entryCount();
        }
        book->payout(id, 1, actor());
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

} // namespace

TEST_CASE("The schema refuses changes to a rotation's records and terms", "[rotation][book]")
{
    RotationTamper f;
    CHECK(runSqlite3(f.path, "UPDATE rotation_line SET amount = 1") != 0);
    CHECK(runSqlite3(f.path, "DELETE FROM rotation_line") != 0);
    CHECK(runSqlite3(f.path, "UPDATE rotation SET contribution_per_hand = 1") != 0);
    CHECK(runSqlite3(f.path, "UPDATE rotation_outcome SET paid_on = '2026-03-11'") != 0);
    CHECK(runSqlite3(f.path, "DELETE FROM rotation_outcome") != 0);
    f.book = Book::open(f.path, f.clock);
    CHECK(f.book->verify().ok());
}

TEST_CASE("verify finds a rotation line changed behind the app's back", "[rotation][book]")
{
    RotationTamper f;
    const auto report = f.verifyAfter("DROP TRIGGER rotation_line_no_update; "
                                      "UPDATE rotation_line SET amount = 1000 WHERE id = 1;");
    CHECK_FALSE(report.ok());
    REQUIRE(report.firstBadEntry);
    CHECK(*report.firstBadEntry == f.firstContribution);
    CHECK_THAT(report.problem, Catch::Contains("rotation 1"));
}

TEST_CASE("verify finds a rotation line added behind the app's back", "[rotation][book]")
{
    RotationTamper f;
    const auto report = f.verifyAfter("INSERT INTO rotation_line (rotation_id, member_id, round, amount, source, booking, "
                                      "date, entry_seq) VALUES (1, 2, 2, 10000, 'payment', 'prepaid', '2026-03-10', 2);");
    CHECK_FALSE(report.ok());
    CHECK_THAT(report.problem, Catch::Contains("rotation 1"));
}

TEST_CASE("verify finds a rotation's terms changed behind the app's back", "[rotation][book]")
{
    RotationTamper f;
    const auto report = f.verifyAfter("DROP TRIGGER rotation_fixed_terms; UPDATE rotation SET contribution_per_hand = 9000;");
    CHECK_FALSE(report.ok());
    CHECK_THAT(report.problem, Catch::Contains("rotation:1"));
}

TEST_CASE("verify finds a payout's hand changed behind the app's back", "[rotation][book]")
{
    RotationTamper f;
    const auto report = f.verifyAfter("DROP TRIGGER rotation_outcome_paid_once; UPDATE rotation_outcome SET hand = 2;");
    CHECK_FALSE(report.ok());
    CHECK_THAT(report.problem, Catch::Contains("rotation 1"));
}

TEST_CASE("verify finds a fixed order changed behind the app's back", "[rotation][book]")
{
    // The schema lets the fixed order change (the book decides when); only the chain can tell.
    RotationTamper f;
    const auto report = f.verifyAfter("UPDATE rotation SET fixed_order = '3,4,5,2,1';");
    CHECK_FALSE(report.ok());
    REQUIRE(report.firstBadEntry);
    CHECK(*report.firstBadEntry == f.created);
    CHECK_THAT(report.problem, Catch::Contains("rotation:1"));
}

TEST_CASE("verify finds an auction bid changed behind the app's back", "[rotation][book]")
{
    RotationFund f;
    RotationSpec spec = f.spec(10000, OrderMethod::Auction);
    spec.fixedOrder.clear();
    const RotationId id = f.book->createRotation(spec, f.actor());
    f.openMeetingOn(Date::fromYmd(2026, 3, 10));
    f.book->decideAuction(id, 1, {Bid{f.members[0], 1, 3000, 1}, Bid{f.members[1], 2, 2000, 2}}, f.actor());
    const EntrySeq decision = f.book->entryCount();
    f.closeMeeting();
    REQUIRE(f.book->verify().ok());
    f.book.reset();
    std::filesystem::remove_all(f.dir / "fund.backups");
    REQUIRE(runSqlite3(f.path, "DROP TRIGGER rotation_bid_no_update; UPDATE rotation_bid SET discount = 2500 WHERE hand = 2;") == 0);
    f.book = Book::open(f.path, f.clock);
    const auto report = f.book->verify();
    CHECK_FALSE(report.ok());
    REQUIRE(report.firstBadEntry);
    CHECK(*report.firstBadEntry == decision);
    CHECK_THAT(report.problem, Catch::Contains("rotation:1:round:1"));
}
