#include "core/exchange/member_csv.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace tontine;

namespace {

Problems rejection(std::string_view text)
{
    try {
        readMemberCsv(text);
    } catch (const ValidationError& e) {
        return e.problems();
    }
    FAIL("the file was accepted: " << text);
    return {};
}

const Problem* withCode(const Problems& problems, const std::string& code)
{
    for (const auto& p : problems)
        if (p.code == code)
            return &p;
    return nullptr;
}

} // namespace

TEST_CASE("memberCsvColumns lists the export columns in order")
{
    const std::vector<std::string> expected{
        "number", "last_name", "other_names", "sex", "birth_date", "phone", "id_type", "id_number",
        "village", "municipality", "district", "region", "joined_on", "household_head",
        "insurance_number", "relationship", "active"};
    CHECK(memberCsvColumns() == expected);
}

TEST_CASE("readMemberCsv fills every field and maps field names to columns")
{
    const std::string text =
        "ref;last_name;other_names;sex;birth_date;phone;id_type;id_number;village;municipality;"
        "district;region;joined_on;household_head;insurance_number\r\n"
        "A1;Ngom;Nd\xC3\xA8ye Fatou;F;1984-03-12;77 123 45 67;CNI;1 234 1984 01234;Keur Madiop;"
        "Thi\xC3\xA8s;Thi\xC3\xA8s;Thi\xC3\xA8s;2025-01-05;;SN-001\r\n"
        "A2;Ngom;Modou;M;;;;;Keur Madiop;;;;;A1;\r\n";
    const MemberCsv csv = readMemberCsv(text);
    REQUIRE(csv.rows.size() == 2);
    const MemberCsvRow& r = csv.rows[0];
    CHECK(r.line == 2);
    CHECK(r.ref == "A1");
    CHECK(r.input.lastName == "Ngom");
    CHECK(r.input.otherNames == "Nd\xC3\xA8ye Fatou");
    CHECK(r.input.sex == "F");
    CHECK(r.input.birthDate == "1984-03-12");
    CHECK(r.input.phone == "77 123 45 67");
    CHECK(r.input.idDocType == "CNI");
    CHECK(r.input.idDocNumber == "1 234 1984 01234");
    CHECK(r.input.village == "Keur Madiop");
    CHECK(r.input.municipality == "Thi\xC3\xA8s");
    CHECK(r.input.district == "Thi\xC3\xA8s");
    CHECK(r.input.region == "Thi\xC3\xA8s");
    CHECK(r.input.joinedOn == "2025-01-05");
    CHECK(r.input.householdHead.empty());
    CHECK(r.input.insuranceNumber == "SN-001");
    CHECK(csv.rows[1].line == 3);
    CHECK(csv.rows[1].input.householdHead == "A1");

    const std::map<std::string, int> expected{
        {"ref", 1}, {"lastName", 2}, {"otherNames", 3}, {"sex", 4}, {"birthDate", 5},
        {"phone", 6}, {"idDocType", 7}, {"idDocNumber", 8}, {"village", 9},
        {"municipality", 10}, {"district", 11}, {"region", 12}, {"joinedOn", 13},
        {"householdHead", 14}, {"insuranceNumber", 15}};
    CHECK(csv.columnOf == expected);
}

TEST_CASE("readMemberCsv takes columns in any order, any case, with spaces around names")
{
    const MemberCsv csv = readMemberCsv("\xEF\xBB\xBF  Village , LAST_NAME,Phone\n"
                                        "  Nianing ,  Faye , '+221 77 000 11 22\n");
    REQUIRE(csv.rows.size() == 1);
    CHECK(csv.rows[0].input.lastName == "Faye");
    CHECK(csv.rows[0].input.village == "Nianing");
    // Cells are trimmed and the export's formula guard is removed.
    CHECK(csv.rows[0].input.phone == "+221 77 000 11 22");
    CHECK(csv.rows[0].ref.empty());
    CHECK(csv.columnOf == std::map<std::string, int>{{"village", 1}, {"lastName", 2}, {"phone", 3}});
}

TEST_CASE("readMemberCsv skips blank and all-empty rows and keeps physical line numbers")
{
    const MemberCsv csv = readMemberCsv("last_name;village\n\nDiop;Thi\xC3\xA8s\n;\n ; \n"
                                        "\"Sarr\";\"Mbour\nPlage\"\nFall;Pout\n");
    REQUIRE(csv.rows.size() == 3);
    CHECK(csv.rows[0].line == 3);
    CHECK(csv.rows[1].line == 6);
    CHECK(csv.rows[1].input.village == "Mbour\nPlage");
    CHECK(csv.rows[2].line == 8);
}

TEST_CASE("readMemberCsv with only a header gives no rows")
{
    const MemberCsv csv = readMemberCsv("last_name,other_names\r\n");
    CHECK(csv.rows.empty());
    CHECK(csv.columnOf.at("otherNames") == 2);
}

TEST_CASE("readMemberCsv rejects an empty file")
{
    const Problems problems = rejection("\xEF\xBB\xBF\r\n");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].code == "csv.empty");
    CHECK(problems[0].line == 1);
}

TEST_CASE("readMemberCsv passes on malformed CSV with its line and column")
{
    const Problems problems = rejection("last_name,village\nDiop,\"Thi\xC3\xA8s\nFall,Pout\n");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].code == "csv.unterminated_quote");
    CHECK(problems[0].line == 2);
    CHECK(problems[0].column == 2);
}

TEST_CASE("readMemberCsv names unknown, unnamed and duplicate columns with their position")
{
    const Problems problems = rejection("last_name,nom,,Village,village\nDiop,x,y,z,w\n");
    REQUIRE(problems.size() == 3);

    const Problem* unknown = withCode(problems, "csv.column_unknown");
    REQUIRE(unknown);
    CHECK(unknown->line == 1);
    CHECK(unknown->column == 2);
    CHECK(unknown->args == std::vector<std::string>{"nom", "2"});
    CHECK(unknown->text.find("\"nom\"") != std::string::npos);
    CHECK(unknown->text.find("last_name") != std::string::npos); // lists the accepted names

    const Problem* unnamed = withCode(problems, "csv.column_unnamed");
    REQUIRE(unnamed);
    CHECK(unnamed->column == 3);

    const Problem* duplicate = withCode(problems, "csv.column_duplicate");
    REQUIRE(duplicate);
    CHECK(duplicate->column == 5);
    CHECK(duplicate->args == std::vector<std::string>{"village", "4", "5"});
    CHECK(duplicate->text == "Line 1, column 5: column \"village\" appears twice (columns 4 and 5)");
}

TEST_CASE("readMemberCsv refuses number and active columns with a reason")
{
    const Problems problems = rejection("number;last_name;active\n7;Diop;1\n");
    REQUIRE(problems.size() == 2);
    const Problem* number = withCode(problems, "csv.column_number_refused");
    REQUIRE(number);
    CHECK(number->column == 1);
    CHECK(number->text.find("column number is assigned by the fund; remove it") != std::string::npos);
    const Problem* active = withCode(problems, "csv.column_active_refused");
    REQUIRE(active);
    CHECK(active->column == 3);
}

TEST_CASE("readMemberCsv requires a last_name column")
{
    const Problems problems = rejection("other_names,village\nAwa,Thi\xC3\xA8s\n");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].code == "csv.column_missing");
    CHECK(problems[0].line == 1);
    CHECK(problems[0].column == 0);
    CHECK(problems[0].args == std::vector<std::string>{"last_name"});
}

TEST_CASE("readMemberCsv reports every row with the wrong cell count")
{
    const Problems problems = rejection("last_name,other_names,village\n"
                                        "Diop,Awa,Thi\xC3\xA8s\n"
                                        "Fall,Modou\n"
                                        "Sarr,Fatou,Mbour,extra\n"
                                        "Ndiaye,Moussa,Pout\n");
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].code == "csv.cell_count");
    CHECK(problems[0].line == 3);
    CHECK(problems[0].column == 3); // the first missing cell
    CHECK(problems[0].args == std::vector<std::string>{"2", "3"});
    CHECK(problems[0].text.rfind("Line 3, column 3: this row has 2 cells but the header has 3", 0) == 0);
    CHECK(problems[1].line == 4);
    CHECK(problems[1].column == 4); // the first extra cell
}

TEST_CASE("readMemberCsv reports a duplicate ref at its row and the ref column")
{
    const Problems problems = rejection("last_name;ref\nDiop;F1\nFall;F2\nSarr;f1\nNdiaye;F1\nGaye;\nGueye;\n");
    REQUIRE(problems.size() == 1); // refs are case-sensitive; empty refs never clash
    CHECK(problems[0].code == "csv.ref_duplicate");
    CHECK(problems[0].line == 5);
    CHECK(problems[0].column == 2);
    CHECK(problems[0].args == std::vector<std::string>{"F1", "2"});
}

TEST_CASE("readMemberCsv collects header and row problems together before throwing")
{
    const Problems problems = rejection("ref,last_name,colour\nA,Diop,red\nB,Fall\nA,Sarr,blue\n");
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].code == "csv.column_unknown");
    CHECK(problems[1].code == "csv.cell_count");
    CHECK(problems[1].line == 3);
    CHECK(problems[2].code == "csv.ref_duplicate");
    CHECK(problems[2].line == 4);
    const std::string all = ValidationError(problems).what();
    CHECK(all.find("Line 1, column 3") != std::string::npos);
    CHECK(all.find("Line 3") != std::string::npos);
    CHECK(all.find("Line 4, column 1") != std::string::npos);
}

namespace {

Member sampleMember()
{
    Member m;
    m.id = 12;
    m.lastName = "N\xC3\xBA\xC3\xB1\x65z";
    m.otherNames = "Mar\xC3\xAD\x61 \"Chabuca\"";
    m.sex = Sex::Female;
    m.birthDate = Date::fromDays(5000); // 1983-09-09
    m.phone = "+51 984 123 456";
    m.idDocType = "DNI";
    m.idDocNumber = "41234567";
    m.village = "San Jer\xC3\xB3nimo";
    m.municipality = "Cusco";
    m.district = "San Jer\xC3\xB3nimo, Cusco";
    m.region = "Cusco";
    m.joinedOn = Date::fromDays(20000); // 2024-10-04
    m.householdHeadId = 3;
    m.insuranceNumber = "=CMD";
    m.active = false;
    return m;
}

} // namespace

TEST_CASE("writeMemberCsv writes every column in order, guarding text but not numbers")
{
    Member head;
    head.id = 3;
    head.lastName = "Ngom";
    head.otherNames = "Nd\xC3\xA8ye Fatou";
    head.joinedOn = Date::fromDays(19000);
    const std::string text = writeMemberCsv({head, sampleMember()});
    const std::string expected =
        "number,last_name,other_names,sex,birth_date,phone,id_type,id_number,village,municipality,"
        "district,region,joined_on,household_head,insurance_number,relationship,active\r\n"
        "3,Ngom,Nd\xC3\xA8ye Fatou,,,,,,,,,," + Date::fromDays(19000).iso() + ",,,,1\r\n"
        "12,N\xC3\xBA\xC3\xB1\x65z,\"Mar\xC3\xAD\x61 \"\"Chabuca\"\"\",F," + Date::fromDays(5000).iso() +
        ",'+51 984 123 456,DNI,41234567,San Jer\xC3\xB3nimo,Cusco,\"San Jer\xC3\xB3nimo, Cusco\",Cusco," +
        Date::fromDays(20000).iso() + ",3,'=CMD,,0\r\n";
    CHECK(text == expected);
}

TEST_CASE("writeMemberCsv honours the separator and BOM options")
{
    CsvWriteOptions options;
    options.separator = ';';
    options.bom = true;
    options.lineEnd = "\n";
    const std::string text = writeMemberCsv({sampleMember()}, options);
    CHECK(text.rfind("\xEF\xBB\xBFnumber;last_name;", 0) == 0);
    const CsvTable t = readCsv(text);
    CHECK(t.separator == ';');
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[1].cells[10] == "San Jer\xC3\xB3nimo, Cusco");
}

TEST_CASE("an exported members file imports back once number and active are dropped")
{
    const Member m = sampleMember();
    const std::string exported = writeMemberCsv({m});

    // As exported, the fund's own columns are refused.
    const Problems problems = rejection(exported);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].column == 1);
    CHECK(problems[1].column == 17);

    // Drop the first and last columns, as a treasurer would in a spreadsheet.
    CsvTable table = readCsv(exported);
    std::string edited;
    for (auto& row : table.rows) {
        row.cells.erase(row.cells.begin());
        row.cells.pop_back();
        // Cells are already guarded by the export: write them back as they are.
        CsvWriteOptions raw;
        raw.neutraliseFormulas = false;
        edited += csvLine(row.cells, raw);
    }
    const MemberCsv csv = readMemberCsv(edited);
    REQUIRE(csv.rows.size() == 1);
    const MemberInput& in = csv.rows[0].input;
    CHECK(in.lastName == m.lastName);
    CHECK(in.otherNames == m.otherNames);
    CHECK(in.sex == "F");
    CHECK(in.birthDate == m.birthDate->iso());
    CHECK(in.phone == m.phone);
    CHECK(in.district == m.district);
    CHECK(in.joinedOn == m.joinedOn.iso());
    CHECK(in.householdHead == "3");
    CHECK(in.insuranceNumber == "=CMD");
}
