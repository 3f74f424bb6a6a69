// The meeting workflow through the Book: cash counts, attendance fines as dues, payments,
// closing, freezing, the summary, and reversals in a later meeting.
#include "core/book/book.h"
#include "tests/support/fund_fixture.h"
#include "tests/support/process.h"

#include <catch2/catch.hpp>

using namespace tontine;
using tontine::test::FundFixture;

namespace {

struct MeetingFixture : FundFixture {
    MemberId awa = 0;
    MemberId moussa = 0;
    MeetingFixture()
    {
        awa = addMember("Diop", "Awa");
        moussa = addMember("Ndiaye", "Moussa");
        book->recordOpeningSavings(awa, 20000, actor());
        book->setMeetingRules(MeetingRules{500, 1000, 0}, actor());
    }
    Actor on(int year, int month, int day) const { return Actor{"Awa Diop", Date::fromYmd(year, month, day)}; }
};

bool hasCode(const ValidationError& e, const std::string& code)
{
    for (const auto& p : e.problems())
        if (p.code == code)
            return true;
    return false;
}

} // namespace

TEST_CASE("Opening a meeting compares the counted cash with the books")
{
    MeetingFixture f;
    REQUIRE(f.book->cashBalance() == 20000);
    // A difference without a note is refused and nothing is written.
    const auto before = f.book->entryCount();
    try {
        f.book->openMeeting(19500, "", f.on(2026, 4, 1));
        FAIL("opened without a note");
    } catch (const ValidationError& e) {
        CHECK(hasCode(e, "meeting.note_required"));
    }
    CHECK(f.book->entryCount() == before);
    CHECK_FALSE(f.book->currentMeeting());

    const MeetingId id = f.book->openMeeting(19500, "500 F lent for transport, not written", f.on(2026, 4, 1));
    const auto m = f.book->meeting(id);
    REQUIRE(m);
    CHECK(m->openingExpected == 20000);
    CHECK(m->openingCounted == 19500);
    // The difference is an entry of the meeting: the books now say what the box holds.
    CHECK(f.book->cashBalance() == 19500);
    const auto summary = f.book->meetingSummary(id);
    REQUIRE(summary.lines.size() == 1);
    CHECK(summary.lines[0].kind == "cash-difference");
    CHECK(summary.lines[0].cashOut == 500);
    CHECK(f.book->verify().ok());
}

TEST_CASE("One meeting at a time, each after the last")
{
    MeetingFixture f;
    f.book->openMeeting(20000, "", f.on(2026, 4, 1));
    try {
        f.book->openMeeting(20000, "", f.on(2026, 4, 8));
        FAIL("second open meeting");
    } catch (const ValidationError& e) {
        CHECK(hasCode(e, "meeting.already_open"));
    }
    f.book->closeMeeting(20000, "", f.on(2026, 4, 1));
    try {
        f.book->openMeeting(20000, "", f.on(2026, 4, 1));
        FAIL("meeting on the same date");
    } catch (const ValidationError& e) {
        CHECK(hasCode(e, "meeting.date_not_after"));
    }
    CHECK_THROWS_AS(f.book->openMeeting(20000, "", f.on(2026, 3, 25)), ValidationError);
    CHECK_NOTHROW(f.book->openMeeting(20000, "", f.on(2026, 4, 8)));
}

TEST_CASE("Attendance fines by rule become dues, paid at the meeting, never more than owed")
{
    MeetingFixture f;
    const MeetingId id = f.book->openMeeting(20000, "", f.on(2026, 4, 1));
    f.book->recordAttendance(id, f.awa, AttendanceStatus::Present, f.on(2026, 4, 1));
    f.book->recordAttendance(id, f.moussa, AttendanceStatus::Absent, f.on(2026, 4, 1));
    auto dues = f.book->dues(f.moussa, true);
    REQUIRE(dues.size() == 1);
    CHECK(dues[0].amount == 1000);
    CHECK(dues[0].kind == "fine:absent");
    CHECK(f.book->dues(f.awa, true).empty());

    // He was only late after all: corrected while the meeting is open.
    f.book->recordAttendance(id, f.moussa, AttendanceStatus::Late, f.on(2026, 4, 1));
    dues = f.book->dues(f.moussa, true);
    REQUIRE(dues.size() == 1);
    CHECK(dues[0].amount == 500);

    CHECK_THROWS_AS(f.book->payDue(dues[0].id, 600, f.on(2026, 4, 1)), ValidationError);
    f.book->payDue(dues[0].id, 200, f.on(2026, 4, 1));
    CHECK(f.book->dues(f.moussa, true).front().outstanding() == 300);
    CHECK(f.book->cashBalance() == 20200);
    f.book->closeMeeting(20200, "", f.on(2026, 4, 1));

    const auto summary = f.book->meetingSummary(id);
    CHECK(summary.attendance.size() == 2);
    CHECK(summary.totalIn == 200);
    REQUIRE(summary.lines.size() == 1);
    CHECK(summary.lines[0].member == f.moussa);
    REQUIRE(summary.outstandingDues.size() == 1);
    CHECK(summary.outstandingDues[0].outstanding() == 300);
    CHECK(f.book->verify().ok());
}

TEST_CASE("Closing records the counted cash and freezes the meeting")
{
    MeetingFixture f;
    const MeetingId id = f.book->openMeeting(20000, "", f.on(2026, 4, 1));
    f.book->recordAttendance(id, f.awa, AttendanceStatus::Present, f.on(2026, 4, 1));
    CHECK_THROWS_AS(f.book->closeMeeting(20100, "", f.on(2026, 4, 1)), ValidationError);
    f.book->closeMeeting(20100, "100 F found in the box", f.on(2026, 4, 1));
    const auto m = f.book->meeting(id);
    CHECK_FALSE(m->isOpen());
    CHECK(m->closingExpected == 20000);
    CHECK(m->closingCounted == 20100);
    CHECK(f.book->cashBalance() == 20100);
    const auto summary = f.book->meetingSummary(id);
    CHECK(summary.chainHead == f.book->chainHead().shortText());

    try {
        f.book->recordAttendance(id, f.awa, AttendanceStatus::Late, f.on(2026, 4, 1));
        FAIL("changed a closed meeting");
    } catch (const ValidationError& e) {
        CHECK(hasCode(e, "meeting.closed"));
    }
    Entry e;
    e.memo = "after closing";
    e.postings = {{"cash", 100}, {"income:fees", -100}};
    CHECK_THROWS_AS(f.book->postInMeeting(e, f.on(2026, 4, 1)), ValidationError);

    // The file itself refuses changes to a closed meeting's rows.
    f.book.reset();
    CHECK(test::runSqlite3(f.path, "UPDATE attendance SET status = 'late' WHERE meeting_id = 1") != 0);
    CHECK(test::runSqlite3(f.path, "UPDATE meeting SET closing_counted = 0 WHERE id = 1") != 0);
    CHECK(test::runSqlite3(f.path, "DELETE FROM meeting WHERE id = 1") != 0);
}

TEST_CASE("Money recorded at a closed meeting is reversed at a later meeting")
{
    MeetingFixture f;
    const MeetingId first = f.book->openMeeting(20000, "", f.on(2026, 4, 1));
    f.book->recordAttendance(first, f.moussa, AttendanceStatus::Absent, f.on(2026, 4, 1));
    const DueId fine = f.book->dues(f.moussa, true).front().id;
    const EntrySeq paid = f.book->payDue(fine, 1000, f.on(2026, 4, 1));
    CHECK(f.book->dues(f.moussa, true).empty());
    f.book->closeMeeting(21000, "", f.on(2026, 4, 1));

    try {
        f.book->reverse(paid, "paid by mistake", f.on(2026, 4, 5));
        FAIL("reversed outside a meeting");
    } catch (const ValidationError& e) {
        CHECK(hasCode(e, "meeting.none_open"));
    }
    const MeetingId second = f.book->openMeeting(21000, "", f.on(2026, 5, 1));
    const EntrySeq reversal = f.book->reverse(paid, "he was excused; fine waived next", f.on(2026, 5, 1));
    CHECK(f.book->cashBalance() == 20000);
    // The due is owed again, and the reversal belongs to the second meeting.
    REQUIRE(f.book->dues(f.moussa, true).size() == 1);
    CHECK(f.book->dues(f.moussa, true).front().outstanding() == 1000);
    const auto summary = f.book->meetingSummary(second);
    REQUIRE(summary.lines.size() == 1);
    CHECK(summary.lines[0].seq == reversal);
    CHECK(f.book->verify().ok());
}

TEST_CASE("verify catches attendance and payments changed behind the app's back")
{
    MeetingFixture f;
    const MeetingId id = f.book->openMeeting(20000, "", f.on(2026, 4, 1));
    f.book->recordAttendance(id, f.moussa, AttendanceStatus::Absent, f.on(2026, 4, 1));
    const DueId fine = f.book->dues(f.moussa, true).front().id;
    f.book->payDue(fine, 400, f.on(2026, 4, 1));
    f.book->closeMeeting(20400, "", f.on(2026, 4, 1));
    f.book.reset();

    BookOptions options;
    options.backupOnClose = false;
    SECTION("an absence turned into presence")
    {
        REQUIRE(test::runSqlite3(f.path, "DROP TRIGGER attendance_frozen; UPDATE attendance SET status = 'present', fine = 0") == 0);
        f.book = Book::open(f.path, f.clock, options);
        const auto report = f.book->verify();
        CHECK_FALSE(report.ok());
        CHECK_THAT(report.problem, Catch::Contains("attendance:1:2"));
    }
    SECTION("a payment made larger")
    {
        REQUIRE(test::runSqlite3(f.path, "DROP TRIGGER due_payment_no_update; UPDATE due_payment SET amount = 1000") == 0);
        f.book = Book::open(f.path, f.clock, options);
        const auto report = f.book->verify();
        CHECK_FALSE(report.ok());
        CHECK_THAT(report.problem, Catch::Contains("payment of due"));
    }
    SECTION("a payment removed")
    {
        REQUIRE(test::runSqlite3(f.path, "DROP TRIGGER due_payment_no_delete; DELETE FROM due_payment") == 0);
        f.book = Book::open(f.path, f.clock, options);
        CHECK_FALSE(f.book->verify().ok());
    }
}

TEST_CASE("A fund written with schema 1 is migrated to schema 2 after a verified backup")
{
    test::TempDir dir;
    const auto path = dir / "demo-v1.tontine";
    std::filesystem::copy_file(std::string(TONTINE_SOURCE_DIR) + "/tests/data/demo-v1.tontine", path);
    FixedClock clock(Date::fromYmd(2026, 3, 1), "2026-03-01T10:00:00Z");
    auto book = Book::open(path, clock);
    CHECK(book->verify().ok());
    CHECK(book->entryCount() == 40);
    CHECK(book->members().size() == 20);
    // The copy taken before the migration is kept and is itself a sound schema-1 fund.
    const auto before = dir / "demo-v1.backups" / "demo-v1-before-schema-2-40.tontine";
    REQUIRE(std::filesystem::exists(before));
    std::string version;
    test::runCommand("sqlite3 " + test::shellQuote(before.string()) + " 'PRAGMA user_version'", &version);
    CHECK(version == "1\n");
    // The new capability works on the migrated file.
    const MeetingId id = book->openMeeting(book->cashBalance(), "", Actor{"Awa Diop", Date::fromYmd(2026, 3, 5)});
    CHECK(book->meeting(id)->isOpen());
    CHECK(book->verify().ok());
}
