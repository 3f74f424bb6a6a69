#include "core/members/member.h"

#include <catch2/catch.hpp>

using namespace tontine;

TEST_CASE("sex codes round-trip and parse any case")
{
    for (Sex s : {Sex::Unknown, Sex::Male, Sex::Female, Sex::Other})
        CHECK(parseSex(sexCode(s)) == s);
    CHECK(sexCode(Sex::Male) == "M");
    CHECK(sexCode(Sex::Female) == "F");
    CHECK(sexCode(Sex::Other) == "O");
    CHECK(sexCode(Sex::Unknown).empty());
    CHECK(parseSex("m") == Sex::Male);
    CHECK(parseSex("f") == Sex::Female);
    CHECK(parseSex("o") == Sex::Other);
    CHECK_FALSE(parseSex("X"));
    CHECK_FALSE(parseSex("MF"));
    CHECK_FALSE(parseSex("male"));
    CHECK_FALSE(parseSex(" M"));
}

TEST_CASE("fullName puts the other names first")
{
    Member m;
    m.lastName = "Diallo";
    m.otherNames = "Aminata Fatou";
    CHECK(m.fullName() == "Aminata Fatou Diallo");
    m.otherNames.clear();
    CHECK(m.fullName() == "Diallo");
    m.lastName.clear();
    m.otherNames = "Awa";
    CHECK(m.fullName() == "Awa");
}

TEST_CASE("MemberInput::from writes every field as text")
{
    Member m;
    m.id = 4;
    m.lastName = "Quispe";
    m.otherNames = "Rosa";
    m.sex = Sex::Female;
    m.birthDate = Date::fromYmd(1985, 6, 1);
    m.phone = "+51 987 654 321";
    m.idDocType = "DNI";
    m.idDocNumber = "12345678";
    m.village = "Chinchero";
    m.municipality = "Urubamba";
    m.district = "Chinchero";
    m.region = "Cusco";
    m.joinedOn = Date::fromYmd(2020, 3, 15);
    m.householdHeadId = 2;
    m.insuranceNumber = "SIS-99";
    const MemberInput in = MemberInput::from(m);
    CHECK(in.lastName == "Quispe");
    CHECK(in.otherNames == "Rosa");
    CHECK(in.sex == "F");
    CHECK(in.birthDate == "1985-06-01");
    CHECK(in.phone == "+51 987 654 321");
    CHECK(in.idDocType == "DNI");
    CHECK(in.idDocNumber == "12345678");
    CHECK(in.village == "Chinchero");
    CHECK(in.municipality == "Urubamba");
    CHECK(in.district == "Chinchero");
    CHECK(in.region == "Cusco");
    CHECK(in.joinedOn == "2020-03-15");
    CHECK(in.householdHead == "2");
    CHECK(in.insuranceNumber == "SIS-99");

    m.birthDate.reset();
    m.householdHeadId.reset();
    m.sex = Sex::Unknown;
    const MemberInput empty = MemberInput::from(m);
    CHECK(empty.birthDate.empty());
    CHECK(empty.householdHead.empty());
    CHECK(empty.sex.empty());
}

TEST_CASE("memberSnapshot is a fixed, documented text")
{
    Member m;
    m.id = 12;
    m.lastName = "Ouédraogo";
    m.otherNames = "Salif";
    m.sex = Sex::Male;
    m.birthDate = Date::fromYmd(1979, 2, 3);
    m.phone = "+226 70 00 00 00";
    m.joinedOn = Date::fromYmd(2021, 1, 10);
    m.householdHeadId = 3;
    m.insuranceNumber = "MS-1";
    CHECK(memberSnapshot(m) == "format=member/1\n"
                               "id=12\n"
                               "lastName=Ouédraogo\n"
                               "otherNames=Salif\n"
                               "sex=M\n"
                               "birthDate=1979-02-03\n"
                               "phone=+226 70 00 00 00\n"
                               "idDocType=\n"
                               "idDocNumber=\n"
                               "village=\n"
                               "municipality=\n"
                               "district=\n"
                               "region=\n"
                               "joinedOn=2021-01-10\n"
                               "householdHead=3\n"
                               "insuranceNumber=MS-1\n"
                               "active=1\n"
                               "leftOn=\n");
}

TEST_CASE("memberSnapshot changes with every field and escapes separators")
{
    Member base;
    base.id = 1;
    base.lastName = "Base";
    base.joinedOn = Date::fromYmd(2020, 1, 1);
    const std::string baseText = memberSnapshot(base);

    std::vector<Member> variants(17, base);
    variants[0].id = 2;
    variants[1].lastName = "Other";
    variants[2].otherNames = "X";
    variants[3].sex = Sex::Female;
    variants[4].birthDate = Date::fromYmd(1990, 1, 1);
    variants[5].phone = "123456";
    variants[6].idDocType = "CNI";
    variants[7].idDocNumber = "1";
    variants[8].village = "V";
    variants[9].municipality = "M";
    variants[10].district = "D";
    variants[11].region = "R";
    variants[12].joinedOn = Date::fromYmd(2020, 1, 2);
    variants[13].householdHeadId = 5;
    variants[14].insuranceNumber = "I";
    variants[15].active = false;
    variants[16].leftOn = Date::fromYmd(2022, 1, 1);
    for (std::size_t i = 0; i < variants.size(); ++i) {
        INFO("variant " << i);
        CHECK(memberSnapshot(variants[i]) != baseText);
    }

    // A value cannot forge another line: newlines and backslashes are escaped.
    Member forged = base;
    forged.lastName = "Base\nphone=999";
    Member tricky = base;
    tricky.lastName = "Base\\nphone=999";
    CHECK(memberSnapshot(forged).find("lastName=Base\\nphone=999\n") != std::string::npos);
    CHECK(memberSnapshot(tricky).find("lastName=Base\\\\nphone=999\n") != std::string::npos);
    CHECK(memberSnapshot(forged) != memberSnapshot(tricky));
}
