// Opening refuses what is not a sound fund of ours, with a reason a person can act on.
#include "core/book/book.h"
#include "core/store/schema.h"
#include "tests/support/fund_fixture.h"
#include "tests/support/process.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tontine;
using tontine::test::FundFixture;
using tontine::test::runSqlite3;
using tontine::test::TempDir;

namespace {

StorageError::Kind openError(const std::filesystem::path& path, std::string* message = nullptr)
{
    FixedClock clock(Date::fromYmd(2026, 3, 1), "2026-03-01T10:00:00Z");
    try {
        Book::open(path, clock);
    } catch (const StorageError& e) {
        if (message)
            *message = e.what();
        return e.kind();
    }
    FAIL("opened " << path);
    return StorageError::Kind::Io;
}

void writeFile(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary) << bytes;
}

} // namespace

TEST_CASE("Files that are not funds are refused and left untouched")
{
    TempDir dir;
    std::string message;
    CHECK(openError(dir / "missing.tontine") == StorageError::Kind::NotFound);

    writeFile(dir / "empty.tontine", "");
    CHECK(openError(dir / "empty.tontine") == StorageError::Kind::NotAFund);

    writeFile(dir / "letter.tontine", "Dear treasurer,\nplease find the accounts attached.\n");
    CHECK(openError(dir / "letter.tontine", &message) == StorageError::Kind::NotAFund);
    CHECK_THAT(message, Catch::Contains("not a Tontine fund"));
    CHECK_FALSE(std::filesystem::exists(dir / "letter.tontine-wal"));

    REQUIRE(runSqlite3(dir / "other.db", "CREATE TABLE t (x); INSERT INTO t VALUES (1);") == 0);
    CHECK(openError(dir / "other.db", &message) == StorageError::Kind::NotAFund);
    CHECK_THAT(message, Catch::Contains("not a Tontine fund"));

    CHECK(openError(dir.path()) == StorageError::Kind::NotAFund);
}

TEST_CASE("A fund from a newer version is refused, never opened anyway")
{
    FundFixture f;
    f.book.reset();
    REQUIRE(runSqlite3(f.path, "PRAGMA user_version = 99") == 0);
    std::string message;
    CHECK(openError(f.path, &message) == StorageError::Kind::NewerVersion);
    CHECK_THAT(message, Catch::Contains("newer version"));
    std::string version;
    test::runCommand("sqlite3 " + test::shellQuote(f.path.string()) + " 'PRAGMA user_version'", &version);
    CHECK(version == "99\n");
}

TEST_CASE("A damaged fund is refused or reported, never silently used")
{
    FundFixture f;
    for (int i = 0; i < 40; ++i)
        f.addMember("Member" + std::to_string(i));
    f.book.reset();
    // Overwrite the middle of the file with garbage, past the header page.
    const auto size = std::filesystem::file_size(f.path);
    REQUIRE(size > 8192);
    {
        std::fstream file(f.path, std::ios::binary | std::ios::in | std::ios::out);
        file.seekp(4096 + 100);
        const std::string garbage(size - 4096 - 200, '\x5A');
        file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    FixedClock clock(Date::fromYmd(2026, 3, 1), "2026-03-01T10:00:00Z");
    bool refused = false;
    try {
        BookOptions options;
        options.backupOnClose = false;
        auto book = Book::open(f.path, clock, options);
        const auto report = book->verify();
        refused = !report.ok();
    } catch (const StorageError& e) {
        refused = e.kind() == StorageError::Kind::Damaged || e.kind() == StorageError::Kind::NotAFund;
    }
    CHECK(refused);
}

TEST_CASE("A second opener of the same fund is refused at once with 'in use'")
{
    FundFixture f;
    f.book.reset();
    int ready[2];
    int release[2];
    REQUIRE(pipe(ready) == 0);
    REQUIRE(pipe(release) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // The first window: holds the fund open until told to let go.
        FixedClock clock(Date::fromYmd(2026, 3, 1), "2026-03-01T10:00:00Z");
        BookOptions options;
        options.backupOnClose = false;
        auto book = Book::open(f.path, clock, options);
        char c = 'r';
        (void)!write(ready[1], &c, 1);
        (void)!read(release[0], &c, 1);
        book.reset();
        _exit(0);
    }
    char c = 0;
    REQUIRE(read(ready[0], &c, 1) == 1);
    std::string message;
    CHECK(openError(f.path, &message) == StorageError::Kind::Locked);
    CHECK_THAT(message, Catch::Contains("in use"));
    (void)!write(release[1], &c, 1);
    int status = 0;
    waitpid(child, &status, 0);
    CHECK(WEXITSTATUS(status) == 0);
    // Once the first lets go, the fund opens normally.
    FixedClock clock(Date::fromYmd(2026, 3, 1), "2026-03-01T10:00:00Z");
    CHECK(Book::open(f.path, clock)->verify().ok());
}

TEST_CASE("A killed holder leaves no stale lock")
{
    FundFixture f;
    f.book.reset();
    int ready[2];
    REQUIRE(pipe(ready) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        FixedClock clock(Date::fromYmd(2026, 3, 1), "2026-03-01T10:00:00Z");
        auto book = Book::open(f.path, clock);
        char c = 'r';
        (void)!write(ready[1], &c, 1);
        pause();
        _exit(0);
    }
    char c = 0;
    REQUIRE(read(ready[0], &c, 1) == 1);
    CHECK(openError(f.path) == StorageError::Kind::Locked);
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
    FixedClock clock(Date::fromYmd(2026, 3, 1), "2026-03-01T10:00:00Z");
    CHECK(Book::open(f.path, clock)->verify().ok());
}

TEST_CASE("Migrations run one step at a time after a backup, and a failed step changes nothing")
{
    TempDir dir;
    const auto path = dir / "m.db";
    const auto& real = store::migrations();
    REQUIRE(real.front().version == 1);

    {
        store::Database db(path, store::Database::Mode::ReadWriteCreate);
        // The first schema only, as the first release wrote it.
        store::migrate(db, {real.front()});
        CHECK(db.queryInt("PRAGMA user_version") == 1);
        db.exec("INSERT INTO operator (name, role) VALUES ('Awa', 'treasurer')");
    }
    std::vector<store::Migration> steps = {real.front()};
    steps.push_back({2, "add a column", [](store::Database& db) { db.exec("ALTER TABLE operator ADD COLUMN phone TEXT"); }});
    steps.push_back({3, "a step that fails", [](store::Database& db) {
                         db.exec("CREATE TABLE half_done (x INTEGER)");
                         db.exec("THIS IS NOT SQL");
                     }});
    int backups = 0;
    int backedUpFrom = -1;
    store::Database db(path, store::Database::Mode::ReadWrite);
    CHECK_THROWS_AS(store::migrate(db, steps, [&](int from) { ++backups; backedUpFrom = from; }), StorageError);
    CHECK(backups == 1);
    CHECK(backedUpFrom == 1);
    // Step 2 is committed; step 3 rolled back entirely.
    CHECK(db.queryInt("PRAGMA user_version") == 2);
    CHECK(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'") == 0);
    CHECK(db.queryText("SELECT name FROM operator") == "Awa");
    CHECK(db.queryInt("SELECT count(*) FROM pragma_table_info('operator') WHERE name = 'phone'") == 1);

    steps.pop_back();
    CHECK_NOTHROW(store::migrate(db, steps)); // nothing left to do
    CHECK_THROWS_AS(store::migrate(db, {real.front()}), StorageError); // file now newer than the code
}

TEST_CASE("A fund written with the first schema opens with the current code")
{
    TempDir dir;
    FixedClock clock(Date::fromYmd(2026, 3, 1), "2026-03-01T10:00:00Z");
    NewFund fund;
    fund.settings.name = "Old fund";
    fund.firstOperator = "Awa Diop";
    fund.createdOn = clock.today();
    Book::create(dir / "old.tontine", fund, clock).reset();
    auto book = Book::open(dir / "old.tontine", clock);
    CHECK(book->settings().name == "Old fund");
    CHECK(book->verify().ok());
}
