// The hash chain catches each way of editing a fund behind the app's back, each made
// directly on the file with the sqlite3 tool, as an outsider with a copy would.
#include "core/book/book.h"
#include "tests/support/fund_fixture.h"
#include "tests/support/process.h"

#include <catch2/catch.hpp>

using namespace tontine;
using tontine::test::FundFixture;
using tontine::test::runSqlite3;

namespace {

// A fund with 3 members and 3 opening entries (seq 6, 7, 8 after 2 creation + 3 member events).
struct TamperFixture : FundFixture {
    TamperFixture()
    {
        for (const char* name : {"Ndiaye", "Sarr", "Diallo"})
            addMember(name);
        for (MemberId id = 1; id <= 3; ++id)
            book->recordOpeningSavings(id, 1000 * id, actor());
        REQUIRE(book->entryCount() == 8);
        REQUIRE(book->verify().ok());
        book.reset(); // releases the lock so that the outsider can edit
        // Remove the automatic backup so that only the chain itself can tell.
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

constexpr const char* DropGuards =
    "DROP TRIGGER entry_no_update; DROP TRIGGER entry_no_delete; DROP TRIGGER posting_no_update; "
    "DROP TRIGGER posting_no_delete; DROP TRIGGER entry_next_seq; DROP TRIGGER member_no_delete; ";

} // namespace

TEST_CASE("The schema itself refuses updates and deletes of posted rows")
{
    TamperFixture f;
    CHECK(runSqlite3(f.path, "UPDATE posting SET amount = 5 WHERE entry_seq = 7 AND line = 1") != 0);
    CHECK(runSqlite3(f.path, "DELETE FROM entry WHERE seq = 8") != 0);
    CHECK(runSqlite3(f.path, "DELETE FROM member WHERE id = 1") != 0);
    f.book = Book::open(f.path, f.clock);
    CHECK(f.book->verify().ok());
}

TEST_CASE("verify names the entry whose amount was changed")
{
    TamperFixture f;
    const auto report = f.verifyAfter(std::string(DropGuards) +
                                      "UPDATE posting SET amount = amount * 10 WHERE entry_seq = 7;");
    CHECK_FALSE(report.ok());
    CHECK(report.firstBadEntry == 7);
}

TEST_CASE("verify names the entry whose date was changed")
{
    TamperFixture f;
    const auto report = f.verifyAfter(std::string(DropGuards) + "UPDATE entry SET date = '2026-02-01' WHERE seq = 6;");
    CHECK(report.firstBadEntry == 6);
    CHECK_THAT(report.problem, Catch::Contains("entry 6"));
}

TEST_CASE("verify finds a deleted entry")
{
    TamperFixture f;
    const auto report =
        f.verifyAfter(std::string(DropGuards) + "DELETE FROM posting WHERE entry_seq = 7; DELETE FROM entry WHERE seq = 7;");
    CHECK(report.firstBadEntry == 7);
    CHECK_THAT(report.problem, Catch::Contains("missing"));
}

TEST_CASE("verify finds an inserted entry")
{
    TamperFixture f;
    // Make room after entry 6 and slip a new entry in, copying entry 6's hash.
    const auto report = f.verifyAfter(std::string(DropGuards) +
                                      "UPDATE posting SET entry_seq = entry_seq + 100 WHERE entry_seq >= 7;"
                                      "UPDATE entry SET seq = seq + 100 WHERE seq >= 7;"
                                      "UPDATE entry SET seq = seq - 99 WHERE seq >= 107;"
                                      "UPDATE posting SET entry_seq = entry_seq - 99 WHERE entry_seq >= 107;"
                                      "INSERT INTO entry (seq, kind, date, memo, operator, written_at, hash) "
                                      "SELECT 7, 'txn', date, 'extra', operator, written_at, hash FROM entry WHERE seq = 6;"
                                      "INSERT INTO posting VALUES (7, 1, 1, 500), (7, 2, 12, -500);");
    CHECK(report.firstBadEntry == 7);
}

TEST_CASE("verify finds reordered entries")
{
    TamperFixture f;
    const auto report = f.verifyAfter(std::string(DropGuards) +
                                      "UPDATE posting SET entry_seq = 100 WHERE entry_seq = 6;"
                                      "UPDATE posting SET entry_seq = 6 WHERE entry_seq = 7;"
                                      "UPDATE posting SET entry_seq = 7 WHERE entry_seq = 100;"
                                      "UPDATE entry SET seq = 100 WHERE seq = 6;"
                                      "UPDATE entry SET seq = 6 WHERE seq = 7;"
                                      "UPDATE entry SET seq = 7 WHERE seq = 100;");
    CHECK(report.firstBadEntry == 6);
}

TEST_CASE("verify finds a member record changed behind the app's back")
{
    TamperFixture f;
    const auto report = f.verifyAfter("UPDATE member SET last_name = 'Faye' WHERE id = 2;");
    REQUIRE(report.firstBadEntry);
    CHECK(*report.firstBadEntry == 4); // the chained record of member 2
    CHECK_THAT(report.problem, Catch::Contains("member:2"));
}

TEST_CASE("verify finds changed settings")
{
    TamperFixture f;
    const auto report = f.verifyAfter("UPDATE fund_setting SET value = '50' WHERE key = 'rounding_unit';");
    CHECK(report.firstBadEntry == 1);
}

TEST_CASE("verify finds entries cut from the end by comparing with the automatic backup")
{
    FundFixture f;
    f.addMember("Ndiaye");
    f.book->recordOpeningSavings(1, 500, f.actor());
    f.book.reset(); // makes the automatic backup of the 4-entry chain
    REQUIRE(runSqlite3(f.path, std::string(DropGuards) + "DELETE FROM posting WHERE entry_seq = 4; DELETE FROM entry WHERE seq = 4;") == 0);
    BookOptions options;
    options.backupOnClose = false;
    f.book = Book::open(f.path, f.clock, options);
    const auto report = f.book->verify();
    CHECK(report.firstBadEntry == 4);
    CHECK_THAT(report.problem, Catch::Contains("removed"));
}
