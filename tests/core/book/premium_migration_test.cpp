// Schema step 7 on real older funds (tests/data/*.tontine): each opens, migrates after a
// verified backup, still verifies (the members chained before relationships existed keep
// their snapshots), and then takes partners and premiums.
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

TEST_CASE("Older funds migrate to schema 7, verify, and take premiums", "[premiums][store]")
{
    const std::string name = GENERATE(std::string("savings-v5"), std::string("rotations-v3"), std::string("demo-v1"));
    INFO(name);
    TempDir dir;
    const auto path = dir / (name + ".tontine");
    std::filesystem::copy_file(std::string(TONTINE_SOURCE_DIR) + "/tests/data/" + name + ".tontine", path);
    const std::string version = sqlite(path, "PRAGMA user_version");
    REQUIRE(version != "7\n");

    FixedClock clock(Date::fromYmd(2027, 6, 1), "2027-06-01T10:00:00Z");
    auto book = Book::open(path, clock);
    CHECK(store::currentSchemaVersion() == 7);
    const VerifyReport report = book->verify();
    INFO(report.problem);
    REQUIRE(report.ok());
    CHECK(book->partners().empty());
    for (const auto& m : book->members())
        CHECK(m.relationship == Relationship::None);

    const Actor actor{book->operators().front().name, clock.today()};
    Partner p;
    p.name = "Mutuelle de santé And Fagaru";
    p.payerName = book->settings().name;
    p.productCodes = {"MSAF-FAM"};
    p.premium = 3500;
    const PartnerId id = book->savePartner(p, actor);
    const MemberId first = book->members().front().id;
    if (book->currentMeeting())
        book->closeMeeting(book->cashBalance(), "", Actor{actor.operatorName, book->currentMeeting()->date});
    book->openMeeting(book->cashBalance(), "", actor);
    const Coverage c = book->coverage(id, first, clock.today());
    book->payPremium(id, first, c.owedForNext(), "Q-1", "", actor);
    book->closeMeeting(book->cashBalance(), "", actor);
    CHECK(book->premiumsHeld().front().held() == c.owedForNext());
    CHECK(book->verify().ok());
    book.reset();
    CHECK(sqlite(path, "PRAGMA user_version") == "7\n");
}
