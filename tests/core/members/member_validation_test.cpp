#include "core/members/member.h"

#include <catch2/catch.hpp>

#include <map>

using namespace tontine;

namespace {

const Date kToday = Date::fromYmd(2026, 11, 22);

// A small fund: 1 heads a household, 2 belongs to 1's household.
struct Fund {
    std::map<MemberId, Member> members;
    std::vector<std::string> insuranceNumbers{"MS-7"};

    Fund()
    {
        Member head;
        head.id = 1;
        head.lastName = "Sawadogo";
        members[1] = head;
        Member dependent;
        dependent.id = 2;
        dependent.lastName = "Sawadogo";
        dependent.householdHeadId = 1;
        members[2] = dependent;
    }

    MemberContext context(std::optional<MemberId> editing = std::nullopt) const
    {
        MemberContext c;
        c.today = kToday;
        c.editing = editing;
        c.findMember = [this](MemberId id) -> const Member* {
            auto it = members.find(id);
            return it == members.end() ? nullptr : &it->second;
        };
        c.insuranceNumberTaken = [this](const std::string& n) {
            for (const auto& taken : insuranceNumbers)
                if (taken == n)
                    return true;
            return false;
        };
        return c;
    }
};

MemberInput minimal()
{
    MemberInput in;
    in.lastName = "Kaboré";
    return in;
}

// The problems for one field, by code.
std::vector<std::string> codesFor(const Problems& problems, const std::string& field)
{
    std::vector<std::string> out;
    for (const auto& p : problems)
        if (p.field == field)
            out.push_back(p.code);
    return out;
}

using Codes = std::vector<std::string>;

Problems check(const MemberInput& in, std::optional<MemberId> editing = std::nullopt)
{
    return validateMemberInput(in, Fund().context(editing)).second;
}

} // namespace

TEST_CASE("a minimal member is valid and joins today")
{
    const auto [member, problems] = validateMemberInput(minimal(), Fund().context());
    CHECK(problems.empty());
    CHECK(member.lastName == "Kaboré");
    CHECK(member.joinedOn == kToday);
    CHECK(member.id == 0);
    CHECK(member.active);
    CHECK_FALSE(member.leftOn);
    CHECK_FALSE(member.birthDate);
    CHECK_FALSE(member.householdHeadId);
    CHECK(member.sex == Sex::Unknown);
}

TEST_CASE("a full member is read field by field, trimmed")
{
    MemberInput in;
    in.lastName = "  Uwimana ";
    in.otherNames = "\tClaudine";
    in.sex = " f ";
    in.birthDate = " 1990-04-07";
    in.phone = " +250 (788) 123-456 ";
    in.idDocType = "ID ";
    in.idDocNumber = " 1199080012345678";
    in.village = "Nyamata\xC2\xA0";
    in.municipality = " Bugesera";
    in.district = "Bugesera ";
    in.region = " Eastern ";
    in.joinedOn = "2019-09-01 ";
    in.householdHead = " 1 ";
    in.insuranceNumber = " CBHI-42 ";
    const auto [m, problems] = validateMemberInput(in, Fund().context());
    REQUIRE(problems.empty());
    CHECK(m.lastName == "Uwimana");
    CHECK(m.otherNames == "Claudine");
    CHECK(m.sex == Sex::Female);
    CHECK(m.birthDate == Date::fromYmd(1990, 4, 7));
    CHECK(m.phone == "+250 (788) 123-456");
    CHECK(m.idDocType == "ID");
    CHECK(m.idDocNumber == "1199080012345678");
    CHECK(m.village == "Nyamata");
    CHECK(m.municipality == "Bugesera");
    CHECK(m.district == "Bugesera");
    CHECK(m.region == "Eastern");
    CHECK(m.joinedOn == Date::fromYmd(2019, 9, 1));
    CHECK(m.householdHeadId == MemberId(1));
    CHECK(m.insuranceNumber == "CBHI-42");
}

TEST_CASE("last name is required and limited to 100 characters")
{
    MemberInput in = minimal();
    in.lastName = "   ";
    Problems p = check(in);
    REQUIRE(p.size() == 1);
    CHECK(p[0].field == "lastName");
    CHECK(p[0].code == "required");
    CHECK(p[0].text == "Last name is required");

    in.lastName = std::string(100, 'a');
    CHECK(check(in).empty());
    // 100 characters of two bytes each are still 100 characters.
    in.lastName.clear();
    for (int i = 0; i < 100; ++i)
        in.lastName += "\xC3\xA9"; // é
    CHECK(check(in).empty());
    in.lastName += "e";
    p = check(in);
    REQUIRE(p.size() == 1);
    CHECK(p[0].code == "too_long");
    CHECK(p[0].args == std::vector<std::string>{"100", "101"});
    CHECK(p[0].text == "Last name must be at most 100 characters long (it has 101)");
}

TEST_CASE("every other text field is limited to 100 characters")
{
    const std::pair<std::string MemberInput::*, const char*> fields[] = {
        {&MemberInput::otherNames, "otherNames"},     {&MemberInput::idDocType, "idDocType"},
        {&MemberInput::idDocNumber, "idDocNumber"},   {&MemberInput::village, "village"},
        {&MemberInput::municipality, "municipality"}, {&MemberInput::district, "district"},
        {&MemberInput::region, "region"},             {&MemberInput::insuranceNumber, "insuranceNumber"},
        {&MemberInput::phone, "phone"},
    };
    for (const auto& [member, name] : fields) {
        INFO(name);
        MemberInput in = minimal();
        in.*member = std::string(101, '1');
        CHECK(codesFor(check(in), name) == Codes{"too_long"});
        in.*member = std::string(100, '1');
        CHECK(codesFor(check(in), name).empty());
    }
}

TEST_CASE("control characters and broken UTF-8 are refused in every field")
{
    std::string MemberInput::*const fields[] = {
        &MemberInput::lastName,     &MemberInput::otherNames, &MemberInput::sex,       &MemberInput::birthDate,
        &MemberInput::phone,        &MemberInput::idDocType,  &MemberInput::idDocNumber, &MemberInput::village,
        &MemberInput::municipality, &MemberInput::district,   &MemberInput::region,    &MemberInput::joinedOn,
        &MemberInput::householdHead, &MemberInput::insuranceNumber,
    };
    for (std::size_t i = 0; i < std::size(fields); ++i) {
        INFO("field " << i);
        MemberInput in = minimal();
        in.*fields[i] = "ab\ncd";
        Problems p = check(in);
        REQUIRE(p.size() == 1);
        CHECK(p[0].code == "text.control_chars");

        in = minimal();
        in.*fields[i] = "a\x7F";
        CHECK(check(in).at(0).code == "text.control_chars");

        in = minimal();
        in.*fields[i] = "a\xC2\x85"; // U+0085, a C1 control
        CHECK(check(in).at(0).code == "text.control_chars");

        in = minimal();
        in.*fields[i] = "a\xC3";
        CHECK(check(in).at(0).code == "text.encoding");
    }
}

TEST_CASE("sex must be M, F, O or empty")
{
    MemberInput in = minimal();
    in.sex = "x";
    Problems p = check(in);
    REQUIRE(p.size() == 1);
    CHECK(p[0].field == "sex");
    CHECK(p[0].code == "sex.invalid");
    CHECK(p[0].args == std::vector<std::string>{"x"});
    in.sex = "Female";
    CHECK(codesFor(check(in), "sex") == Codes{"sex.invalid"});
    in.sex = "o";
    CHECK(check(in).empty());
}

TEST_CASE("phone numbers: digits, spaces and + - ( ), at least six digits")
{
    MemberInput in = minimal();
    for (const char* good : {"123456", "+221 77 123 45 67", "(01) 234-5678", "  0788123456  "}) {
        INFO(good);
        in.phone = good;
        CHECK(check(in).empty());
    }
    for (const char* bad : {"12345", "+1 (2) 3-4 5", "0788 12a 456", "0788.123.456", "phone", "+-()   "}) {
        INFO(bad);
        in.phone = bad;
        Problems p = check(in);
        REQUIRE(p.size() == 1);
        CHECK(p[0].field == "phone");
        CHECK(p[0].code == "phone.invalid");
    }
}

TEST_CASE("birth date: optional, a real date, not in the future")
{
    MemberInput in = minimal();
    in.birthDate = "1990-02-30";
    Problems p = check(in);
    REQUIRE(p.size() == 1);
    CHECK(p[0].field == "birthDate");
    CHECK(p[0].code == "date.invalid");
    CHECK(p[0].args == std::vector<std::string>{"1990-02-30"});

    in.birthDate = "07/04/1990";
    CHECK(codesFor(check(in), "birthDate") == Codes{"date.invalid"});
    in.birthDate = "1899-12-31"; // before 1900
    CHECK(codesFor(check(in), "birthDate") == Codes{"date.invalid"});
    in.birthDate = "1900-01-01";
    CHECK(check(in).empty());

    in.birthDate = "2026-11-23"; // tomorrow
    p = check(in);
    REQUIRE(p.size() == 1);
    CHECK(p[0].code == "date.future");
    CHECK(p[0].args == std::vector<std::string>{"2026-11-23", "2026-11-22"});
    in.birthDate = "2026-11-22"; // born today, joined today
    CHECK(check(in).empty());
}

TEST_CASE("joining date: empty means today, not in the future, not before birth")
{
    MemberInput in = minimal();
    in.joinedOn = "2020-01-01";
    auto [member, problems] = validateMemberInput(in, Fund().context());
    CHECK(problems.empty());
    CHECK(member.joinedOn == Date::fromYmd(2020, 1, 1));

    in.joinedOn = "2027-01-01";
    CHECK(codesFor(check(in), "joinedOn") == Codes{"date.future"});
    in.joinedOn = "2020-13-01";
    CHECK(codesFor(check(in), "joinedOn") == Codes{"date.invalid"});

    in.birthDate = "2000-05-05";
    in.joinedOn = "2000-05-04";
    Problems p = check(in);
    REQUIRE(p.size() == 1);
    CHECK(p[0].field == "joinedOn");
    CHECK(p[0].code == "date.before_birth");
    CHECK(p[0].args == std::vector<std::string>{"2000-05-04", "2000-05-05"});
    in.joinedOn = "2000-05-05";
    CHECK(check(in).empty());

    // An empty joining date becomes today, which is checked against the birth date too.
    in.joinedOn = "";
    in.birthDate = "2026-11-22";
    CHECK(check(in).empty());
}

TEST_CASE("household head: an existing member who heads their own household")
{
    MemberInput in = minimal();
    in.householdHead = "1";
    CHECK(check(in).empty());

    in.householdHead = "2"; // belongs to 1's household
    Problems p = check(in);
    REQUIRE(p.size() == 1);
    CHECK(p[0].field == "householdHead");
    CHECK(p[0].code == "household_head.not_head");
    CHECK(p[0].args == std::vector<std::string>{"2", "1"});

    for (const char* unknown : {"99", "0", "-1", "abc", "1.0", "+1", "99999999999999999999"}) {
        INFO(unknown);
        in.householdHead = unknown;
        CHECK(codesFor(check(in), "householdHead") == Codes{"household_head.unknown"});
    }

    in.householdHead = "1";
    CHECK(codesFor(check(in, MemberId(1)), "householdHead") == Codes{"household_head.self"});
    CHECK(check(in, MemberId(5)).empty());

    // Without a lookup, no member exists.
    MemberContext bare;
    bare.today = kToday;
    CHECK(codesFor(validateMemberInput(in, bare).second, "householdHead") == Codes{"household_head.unknown"});
}

TEST_CASE("insurance number must not belong to another member")
{
    MemberInput in = minimal();
    in.insuranceNumber = " MS-7 ";
    Problems p = check(in);
    REQUIRE(p.size() == 1);
    CHECK(p[0].field == "insuranceNumber");
    CHECK(p[0].code == "insurance_number.taken");
    CHECK(p[0].args == std::vector<std::string>{"MS-7"});
    in.insuranceNumber = "MS-8";
    CHECK(check(in).empty());
    // Without a lookup, nothing is taken.
    MemberContext bare;
    bare.today = kToday;
    in.insuranceNumber = "MS-7";
    CHECK(validateMemberInput(in, bare).second.empty());
}

TEST_CASE("all problems are reported together, one per field")
{
    MemberInput in;
    in.lastName = "";
    in.sex = "Z";
    in.birthDate = "2030-01-01";
    in.phone = "12";
    in.joinedOn = "yesterday";
    in.householdHead = "77";
    in.insuranceNumber = "MS-7";
    in.region = std::string(150, 'r');
    const Problems p = check(in);
    std::vector<std::pair<std::string, std::string>> got;
    for (const auto& problem : p) {
        got.emplace_back(problem.field, problem.code);
        CHECK_FALSE(problem.text.empty());
    }
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"lastName", "required"},
        {"region", "too_long"},
        {"sex", "sex.invalid"},
        {"phone", "phone.invalid"},
        {"birthDate", "date.future"},
        {"joinedOn", "date.invalid"},
        {"householdHead", "household_head.unknown"},
        {"insuranceNumber", "insurance_number.taken"},
    };
    CHECK(got == expected);
}

TEST_CASE("a member read back through MemberInput validates to the same record")
{
    Member m;
    m.lastName = "Mendoza";
    m.otherNames = "Luis";
    m.sex = Sex::Male;
    m.birthDate = Date::fromYmd(1970, 1, 1);
    m.phone = "809-555-0101";
    m.joinedOn = Date::fromYmd(2010, 10, 10);
    m.householdHeadId = 1;
    m.region = "Santiago";
    const auto [back, problems] = validateMemberInput(MemberInput::from(m), Fund().context());
    REQUIRE(problems.empty());
    CHECK(memberSnapshot(back) == memberSnapshot(m));
}
