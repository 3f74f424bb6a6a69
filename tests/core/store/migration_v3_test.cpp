// Schema step 4 on a real schema-3 fund (tests/data/rotations-v3.tontine, made by
// tests/data/make-rotations-v3.sh with the tontine-cli of the commit before step 4): the two
// rotation fine tables are rebuilt with every row as it was, after a verified backup, and the
// migrated file then takes what schema 3 refused, the negation of a fine or fine payment.
#include "core/book/book.h"
#include "core/store/schema.h"
#include "core/rotation/member_dues.h"
#include "core/store/backups.h"
#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

using namespace tontine;
using tontine::test::TempDir;

namespace {

// Runs sqlite3 on `file` and returns what it printed; the test fails when sqlite3 does.
std::string sqlite(const std::filesystem::path& file, const std::string& sql)
{
    std::string out;
    const int status =
        test::runCommand("sqlite3 " + test::shellQuote(file.string()) + " " + test::shellQuote(sql), &out);
    INFO(sql << "\n" << out);
    REQUIRE(status == 0);
    return out;
}

// Every row of every table, as sqlite3's .dump writes them, sorted: two files hold the same
// facts exactly when these are equal, whatever the order of their tables.
std::vector<std::string> allRows(const std::filesystem::path& file)
{
    std::istringstream dump(sqlite(file, ".dump"));
    std::vector<std::string> rows;
    for (std::string line; std::getline(dump, line);)
        if (line.rfind("INSERT INTO ", 0) == 0)
            rows.push_back(line);
    std::sort(rows.begin(), rows.end());
    return rows;
}

std::filesystem::path copyOfFixture(const TempDir& dir)
{
    const auto path = dir / "rotations-v3.tontine";
    std::filesystem::copy_file(std::string(TONTINE_SOURCE_DIR) + "/tests/data/rotations-v3.tontine", path);
    return path;
}

Actor on(int year, int month, int day) { return Actor{"Awa Diop", Date::fromYmd(year, month, day)}; }

} // namespace

TEST_CASE("A schema-3 fund with rotation fines charged and paid migrates to schema 4 row for row",
          "[rotation][store]")
{
    TempDir dir;
    const auto path = copyOfFixture(dir);

    // The fixture as the script wrote it (see make-rotations-v3.sh for the story).
    REQUIRE(sqlite(path, "PRAGMA user_version") == "3\n");
    const std::string fines = "SELECT member_id, round, date, amount, periods_late, entry_seq FROM rotation_fine "
                              "ORDER BY id";
    const std::string finePayments = "SELECT member_id, date, amount, entry_seq FROM rotation_fine_payment ORDER BY id";
    // Aminata (3) fined 100 for round 1 paid on 2026-04-10 (entry 14) and paying it (entry 15);
    // Mamadou (2) fined 100 for round 2 paid on 2026-05-10 (entry 20), still owed.
    REQUIRE(sqlite(path, fines) == "3|1|2026-04-10|100|1|14\n2|2|2026-05-10|100|1|20\n");
    REQUIRE(sqlite(path, finePayments) == "3|2026-04-10|100|15\n");
    const std::vector<std::string> rowsBefore = allRows(path);
    REQUIRE(rowsBefore.size() > 50);

    FixedClock clock(Date::fromYmd(2026, 6, 1), "2026-06-01T10:00:00Z");
    auto book = Book::open(path, clock);
    const VerifyReport report = book->verify();
    CHECK(report.ok());
    CHECK(report.entriesChecked == 21);
    CHECK(book->entryCount() == 21);
    const std::string head = book->chainHead().shortText();

    // What the members owe is what the script's story gives.
    const RotationId id = 1;
    const RotationState state = *book->rotation(id);
    CHECK(state.fines.size() == 2);
    CHECK(state.finePayments.size() == 1);
    CHECK(finesOutstanding(state, 1) == 0);
    CHECK(finesOutstanding(state, 2) == 100);
    CHECK(finesOutstanding(state, 3) == 0);
    const Date may = Date::fromYmd(2026, 5, 10);
    const Date june = Date::fromYmd(2026, 6, 10);
    for (const MemberDue& d : book->rotationDuesOn(id, may)) {
        INFO("member " << d.member);
        CHECK(d.dueNow == 1000); // round 3, due that day
        CHECK(d.arrears == 0);
        CHECK(d.finesOwed == (d.member == 2 ? 100 : 0));
    }
    for (const MemberDue& d : book->rotationDuesOn(id, june)) {
        INFO("member " << d.member);
        CHECK(d.arrears == 1000); // round 3 is late by then
        CHECK(d.fineIfPaidNow == 100);
    }
    const auto mamadouRounds = book->arrears(id, 2, may);
    REQUIRE(mamadouRounds.size() == 3);
    CHECK(mamadouRounds[0].paid == 1000);
    CHECK(mamadouRounds[1].paid == 1000);
    CHECK(mamadouRounds[2].outstanding == 1000);
    CHECK(book->cashBalance() == 3300);
    book->close();
    book.reset();

    // The latest schema now, with every row of every table as it was; step 5 added only the
    // accounts of social loans and of shared earnings, step 6 those of loan penalties and losses,
    // step 7 each member's relationship to their household head (empty: none recorded).
    CHECK(sqlite(path, "PRAGMA user_version") == std::to_string(store::currentSchemaVersion()) + "\n");
    std::vector<std::string> rowsAfter;
    int addedAccounts = 0;
    for (std::string row : allRows(path)) {
        const std::string noRelationship = ",'');";
        if (row.rfind("INSERT INTO member VALUES", 0) == 0 && row.size() > noRelationship.size() &&
            row.compare(row.size() - noRelationship.size(), noRelationship.size(), noRelationship) == 0)
            row = row.substr(0, row.size() - noRelationship.size()) + ");";
        if (row.find("'social:loans','Social loans','asset'") != std::string::npos ||
            row.find("'shared','Earnings shared out','equity'") != std::string::npos ||
            row.find("'income:penalties','Loan penalties','income'") != std::string::npos ||
            row.find("'expense:loan-losses','Loans written off','expense'") != std::string::npos)
            ++addedAccounts;
        else
            rowsAfter.push_back(row);
    }
    CHECK(addedAccounts == 4);
    CHECK(rowsAfter == rowsBefore);
    CHECK(sqlite(path, fines) == "3|1|2026-04-10|100|1|14\n2|2|2026-05-10|100|1|20\n");
    CHECK(sqlite(path, finePayments) == "3|2026-04-10|100|15\n");
    // The guards of step 3 came back with the rebuilt tables.
    CHECK(sqlite(path, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name LIKE 'rotation_fine%' "
                       "ORDER BY name") ==
          "rotation_fine_no_delete\nrotation_fine_no_update\n"
          "rotation_fine_payment_no_delete\nrotation_fine_payment_no_update\n");

    // The copy taken before the migration is the schema-3 file, whole and untampered.
    const auto before = dir / "rotations-v3.backups" / "rotations-v3-before-schema-4-21.tontine";
    REQUIRE(std::filesystem::exists(before));
    const BackupInfo info = store::inspectFund(before);
    CHECK(info.entries == 21);
    CHECK(info.chainHead == head);
    CHECK(sqlite(before, "PRAGMA user_version") == "3\n");
    CHECK(allRows(before) == rowsBefore);
}

TEST_CASE("A fund migrated from schema 3 reverses a rotation fine payment and a fined payment",
          "[rotation][store]")
{
    TempDir dir;
    const auto path = copyOfFixture(dir);

    // Schema 3 refused a negative fine payment: that is what step 4 changes.
    const auto untouched = dir / "untouched.tontine";
    std::filesystem::copy_file(path, untouched);
    std::string refusal;
    CHECK(test::runCommand("sqlite3 " + test::shellQuote(untouched.string()) +
                               " 'INSERT INTO rotation_fine_payment (rotation_id, member_id, date, amount, entry_seq) "
                               "VALUES (1, 3, ''2026-06-10'', -100, 15)'",
                           &refusal) != 0);
    CHECK(refusal.find("CHECK constraint failed") != std::string::npos);

    FixedClock clock(Date::fromYmd(2026, 6, 10), "2026-06-10T10:00:00Z");
    auto book = Book::open(path, clock);
    const RotationId id = 1;
    const Actor june = on(2026, 6, 10);
    book->openMeeting(3300, "", june);

    // Aminata's fine payment (entry 15) was a mistake: the fine is owed again.
    const EntrySeq finePaid = 15;
    REQUIRE(book->entry(finePaid)->memo.find("late fine paid") != std::string::npos);
    const EntrySeq r1 = book->reverse(finePaid, "paid by Mamadou, not Aminata", june);
    CHECK(book->entry(r1)->reverses == finePaid);
    RotationState state = *book->rotation(id);
    CHECK(finesOutstanding(state, 3) == 100);
    REQUIRE(state.finePayments.size() == 2);
    CHECK(state.finePayments[1].member == 3);
    CHECK(state.finePayments[1].amount == -100);

    // Mamadou's late payment of round 2 (entry 20) goes with the fine it assessed.
    const EntrySeq r2 = book->reverse(20, "counted twice", june);
    state = *book->rotation(id);
    CHECK(finesOutstanding(state, 2) == 0);
    CHECK(paidBy(state, 2, 2) == 0);
    REQUIRE(state.fines.size() == 3);
    CHECK(state.fines[2].member == 2);
    CHECK(state.fines[2].round == 2);
    CHECK(state.fines[2].amount == -100);
    CHECK(book->cashBalance() == 3300 - 100 - 1000);
    CHECK(book->verify().ok());
    book->closeMeeting(2200, "", june);
    book->close();
    book.reset();

    CHECK(sqlite(path, "SELECT member_id, amount, entry_seq FROM rotation_fine_payment WHERE amount < 0") ==
          "3|-100|" + std::to_string(r1) + "\n");
    CHECK(sqlite(path, "SELECT member_id, round, amount, entry_seq FROM rotation_fine WHERE amount < 0") ==
          "2|2|-100|" + std::to_string(r2) + "\n");
    auto again = Book::open(path, clock);
    CHECK(again->verify().ok());
    CHECK(finesOutstanding(*again->rotation(id), 3) == 100);
    CHECK(again->entryCount() == 21 + 4); // opening, two reversals, closing
}
