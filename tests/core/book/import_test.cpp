// Member import is all or nothing, and every problem names its line and column.
#include "core/book/book.h"
#include "tests/support/fund_fixture.h"

#include <catch2/catch.hpp>

using namespace tontine;
using tontine::test::FundFixture;

TEST_CASE("A valid members file is imported whole, households by ref in any order")
{
    FundFixture f;
    f.addMember("Existing", "Head");
    const std::string csv =
        "\xEF\xBB\xBFref;last_name;other_names;sex;birth_date;village;household_head;insurance_number\r\n"
        "a;Ngom;Ndèye Fatou;F;1985-04-12;Thiès;b;SN-001\r\n"
        "b;Ngom;Mamadou;M;1979-11-02;Thiès;;SN-002\r\n"
        "c;Faye;Aïssatou;F;;Pout;1;\r\n";
    const auto report = f.book->importMembers(csv, f.actor());
    REQUIRE(report.added.size() == 3);
    const auto a = *f.book->member(report.added[0]);
    const auto b = *f.book->member(report.added[1]);
    const auto c = *f.book->member(report.added[2]);
    CHECK(a.otherNames == "Ndèye Fatou");
    CHECK(a.householdHeadId == b.id);
    CHECK_FALSE(b.householdHeadId);
    CHECK(c.householdHeadId == 1);
    CHECK(a.birthDate == Date::fromYmd(1985, 4, 12));
    CHECK(f.book->verify().ok());
}

TEST_CASE("A members file with bad rows imports nothing and names every problem")
{
    FundFixture f;
    f.addMember("Existing", "Head");
    const auto before = f.book->entryCount();
    const std::string csv =
        "last_name,other_names,sex,birth_date,household_head,insurance_number\n"
        "Diop,Awa,F,1990-01-01,,SN-9\n"
        ",Moussa,M,1988-02-02,,\n"          // line 3: no last name
        "Ba,Coumba,X,1991-13-01,,\n"        // line 4: bad sex and bad date
        "Sy,Ali,M,,7,SN-9\n";               // line 5: unknown head, insurance number repeated
    try {
        f.book->importMembers(csv, f.actor());
        FAIL("a file with bad rows was imported");
    } catch (const ValidationError& e) {
        std::vector<std::tuple<int, int, std::string>> where;
        for (const auto& p : e.problems())
            where.emplace_back(p.line, p.column, p.field);
        using T = std::tuple<int, int, std::string>;
        CHECK(std::find(where.begin(), where.end(), T{3, 1, "lastName"}) != where.end());
        CHECK(std::find(where.begin(), where.end(), T{4, 3, "sex"}) != where.end());
        CHECK(std::find(where.begin(), where.end(), T{4, 4, "birthDate"}) != where.end());
        CHECK(std::find(where.begin(), where.end(), T{5, 5, "householdHead"}) != where.end());
        CHECK(std::find(where.begin(), where.end(), T{5, 6, "insuranceNumber"}) != where.end());
    }
    CHECK(f.book->entryCount() == before);
    CHECK(f.book->members().size() == 1);
}

TEST_CASE("A malformed CSV is refused before anything is read into the fund")
{
    FundFixture f;
    try {
        f.book->importMembers("last_name,other_names\n\"Diop,Awa\n", f.actor());
        FAIL("accepted");
    } catch (const ValidationError& e) {
        CHECK(e.problems().front().line == 2);
    }
    CHECK(f.book->members().empty());
}
