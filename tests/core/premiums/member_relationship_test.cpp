// A member's relationship to their household head (docs/premium-rules.md): checked when
// entered, chained only when set (older snapshots stay equal), carried by the members CSV.
#include "core/exchange/member_csv.h"
#include "core/members/member.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace tontine;

namespace {

Member headMember()
{
    Member m;
    m.id = 1;
    m.lastName = "Ndiaye";
    return m;
}

std::pair<Member, Problems> check(const std::string& head, const std::string& relationship)
{
    static const Member h = headMember();
    MemberInput in;
    in.lastName = "Ndiaye";
    in.householdHead = head;
    in.relationship = relationship;
    MemberContext context;
    context.today = Date::fromYmd(2026, 3, 1);
    context.findMember = [](MemberId id) -> const Member* { return id == 1 ? &h : nullptr; };
    return validateMemberInput(in, context);
}

} // namespace

TEST_CASE("A relationship is one of the codes, and only a dependant has one", "[premiums][members]")
{
    auto [spouse, ok] = check("1", "Spouse");
    CHECK(ok.empty());
    CHECK(spouse.relationship == Relationship::Spouse);

    // A dependant without one is allowed (the mutuelle-fr export asks for it).
    auto [none, okToo] = check("1", "");
    CHECK(okToo.empty());
    CHECK(none.relationship == Relationship::None);

    auto [m1, unknown] = check("1", "cousin");
    REQUIRE(unknown.size() == 1);
    CHECK(unknown.front().field == "relationship");
    CHECK(unknown.front().code == "relationship.invalid");

    auto [m2, head] = check("", "child");
    REQUIRE(head.size() == 1);
    CHECK(head.front().code == "relationship.head");
}

TEST_CASE("The member snapshot carries the relationship only when there is one", "[premiums][members]")
{
    Member m = headMember();
    const std::string before = memberSnapshot(m);
    CHECK(before.find("relationship") == std::string::npos);
    const std::string tail = "active=1\nleftOn=\n"; // the last keys of snapshots chained before
    CHECK(before.substr(before.size() - tail.size()) == tail);
    m.householdHeadId = 4;
    m.relationship = Relationship::Child;
    CHECK(memberSnapshot(m) == before.substr(0, before.find("householdHead=")) + "householdHead=4\n" +
                                   before.substr(before.find("insuranceNumber=")) + "relationship=child\n");
}

TEST_CASE("The members CSV writes and reads the relationship", "[premiums][members][csv]")
{
    Member m = headMember();
    m.householdHeadId = 4;
    m.relationship = Relationship::Parent;
    m.joinedOn = Date::fromYmd(2026, 1, 1);
    const auto& columns = memberCsvColumns();
    const auto at = std::find(columns.begin(), columns.end(), "relationship");
    REQUIRE(at != columns.end());
    CHECK(*(at - 1) == "insurance_number");
    const std::string text = writeMemberCsv({m}, CsvWriteOptions{});
    CHECK(text.find(",parent,") != std::string::npos);
    const MemberCsv read = readMemberCsv("last_name,household_head,insurance_number,relationship\r\nNdiaye,4,,parent\r\n");
    REQUIRE(read.rows.size() == 1);
    CHECK(read.rows.front().input.relationship == "parent");
    // Optional on import.
    CHECK(readMemberCsv("last_name\r\nNdiaye\r\n").rows.front().input.relationship.empty());
}
