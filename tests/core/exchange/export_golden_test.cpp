// Each export profile against its golden file (tests/core/exchange/golden/, read byte by byte
// when written: BOM, CRLF, quoting, neutralising), and byte-identical output for the same data.
#include "core/exchange/export_profile.h"
#include "tests/core/exchange/export_sample.h"

#include <catch2/catch.hpp>

using namespace tontine;
using namespace tontine::test;

namespace {

ExportFile built(ExportProfile profile, std::string_view currency, MemberSelection members = MemberSelection::All)
{
    const ExportFile file = buildExport(sampleRequest(profile, members), sampleExportData(currency));
    INFO(describe(file.problems));
    REQUIRE(file.ok());
    return file;
}

} // namespace

TEST_CASE("openimis-insurees writes the golden file: enrolled members active in the period, heads first", "[export]")
{
    const ExportFile file = built(ExportProfile::OpenImisInsurees, "XOF", MemberSelection::Enrolled);
    checkGolden("openimis-insurees.csv", file.bytes);
    CHECK(file.suggestedName == "openimis-insurees_mutuelle-de-sante-and-fagaru_2026-10-01_2026-10-31.csv");
    CHECK(file.memberIds == std::vector<MemberId>{1, 2, 3, 4, 9});
    CHECK(file.paymentIds.empty());
    REQUIRE(file.rows.size() == 5);
    CHECK(file.header.front() == "head_insuree_number");
    // The preview holds the cells as written: the neutralising quote stays, the CSV quotes go.
    CHECK(file.rows[2][2] == "'=Diallo");
    CHECK(file.rows[1][3] == "Modou, dit \"Le Grand\"");
}

TEST_CASE("contributions writes the golden file: live payments of the period in date order", "[export]")
{
    const ExportFile file = built(ExportProfile::Contributions, "PEN");
    checkGolden("contributions.csv", file.bytes);
    CHECK(file.suggestedName == "contributions_mutuelle-de-sante-and-fagaru_2026-10-01_2026-10-31.csv");
    CHECK(file.paymentIds == std::vector<PremiumId>{1, 2, 5});
    REQUIRE(file.rows.size() == 3);
    CHECK(file.rows[0][4] == "1250.50");
}

TEST_CASE("mutuelle-fr writes the golden file: French headers, BOM, ';', decimal comma", "[export]")
{
    const ExportFile file = built(ExportProfile::MutuelleFr, "PEN");
    checkGolden("mutuelle-fr.csv", file.bytes);
    CHECK(file.bytes.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(file.suggestedName == "mutuelle-fr_mutuelle-de-sante-and-fagaru_2026-10-01_2026-10-31.csv");
    CHECK(file.memberIds == std::vector<MemberId>{1, 2, 3, 4, 7, 8, 9});
    CHECK(file.paymentIds == std::vector<PremiumId>{2, 5}); // the latest live payment of each household
}

TEST_CASE("journal writes the golden file: one row per posting of the period's money entries", "[export]")
{
    const ExportFile file = built(ExportProfile::Journal, "XOF");
    checkGolden("journal.csv", file.bytes);
    CHECK(file.suggestedName == "journal_tontine-des-femmes-de-keur-madiop_2026-10-01_2026-10-31.csv");
    CHECK(file.rows.size() == 10); // entries 10, 11, 12, 14, 15 with two postings each
}

TEST_CASE("ledger writes the golden file: opening transaction, then one transaction per entry", "[export]")
{
    const ExportFile file = built(ExportProfile::Ledger, "PEN");
    checkGolden("ledger.ledger", file.bytes);
    CHECK(file.suggestedName == "ledger_tontine-des-femmes-de-keur-madiop_2026-10-01_2026-10-31.ledger");
    CHECK(file.header == std::vector<std::string>{"date", "payee", "account", "amount"});
    REQUIRE(file.rows.size() == 14); // 4 opening postings + 10
    CHECK(file.rows[0] == std::vector<std::string>{"2026-09-30", "Opening balances", "Assets:cash", "500000.00 PEN"});
}

TEST_CASE("the members profile is writeMemberCsv over the members active in the period", "[export]")
{
    const ExportFile file = built(ExportProfile::Members, "XOF", MemberSelection::ToEnrol);
    CHECK(file.memberIds == std::vector<MemberId>{7, 8});
    REQUIRE(file.rows.size() == 2);
    CHECK(file.suggestedName == "members_tontine-des-femmes-de-keur-madiop_2026-10-01_2026-10-31.csv");
}

TEST_CASE("buildExport gives the same bytes for the same data twice", "[export]")
{
    for (ExportProfile profile : allExportProfiles()) {
        for (std::string_view currency : {"XOF", "PEN"}) {
            INFO(exportProfileCode(profile) << " " << currency);
            // openIMIS takes numbered members only.
            const auto members = profile == ExportProfile::OpenImisInsurees ? MemberSelection::Enrolled
                                                                            : MemberSelection::All;
            const ExportFile first = buildExport(sampleRequest(profile, members), sampleExportData(currency));
            const ExportFile second = buildExport(sampleRequest(profile, members), sampleExportData(currency));
            REQUIRE(first.ok());
            CHECK_FALSE(first.bytes.empty());
            CHECK(first.bytes == second.bytes);
            CHECK(first.rows == second.rows);
        }
    }
}

TEST_CASE("export profile and selection codes read back", "[export]")
{
    CHECK(allExportProfiles().size() == 6);
    for (ExportProfile profile : allExportProfiles())
        CHECK(parseExportProfile(exportProfileCode(profile)) == profile);
    CHECK(exportProfileCode(ExportProfile::OpenImisInsurees) == "openimis-insurees");
    CHECK(exportProfileCode(ExportProfile::MutuelleFr) == "mutuelle-fr");
    CHECK_FALSE(parseExportProfile("OpenIMIS").has_value());
    CHECK(needsPartner(ExportProfile::Contributions));
    CHECK_FALSE(needsPartner(ExportProfile::Ledger));
    for (auto s : {MemberSelection::Enrolled, MemberSelection::ToEnrol, MemberSelection::All})
        CHECK(parseMemberSelection(memberSelectionCode(s)) == s);
    CHECK(memberSelectionCode(MemberSelection::ToEnrol) == "to-enrol");
    CHECK_FALSE(parseMemberSelection("new").has_value());
}

TEST_CASE("exportRecordSnapshot writes every field in order", "[export]")
{
    ExportRecord r;
    r.id = 4;
    r.profile = ExportProfile::Contributions;
    r.partner = 2;
    r.from = Date::fromYmd(2026, 10, 1);
    r.to = Date::fromYmd(2026, 10, 31);
    r.members = MemberSelection::Enrolled;
    r.onlyNew = true;
    r.sentOn = Date::fromYmd(2026, 11, 2);
    r.fileName = "contributions.csv";
    r.rows = 3;
    r.sha256 = "ab01";
    r.memberIds = {1, 3};
    r.paymentIds = {5, 6, 9};
    CHECK(exportRecordSnapshot(r) ==
          "format=export/1\nid=4\nprofile=contributions\npartner=2\nfrom=2026-10-01\nto=2026-10-31\n"
          "members=enrolled\nonlyNew=1\nsentOn=2026-11-02\nfileName=contributions.csv\nrows=3\nsha256=ab01\n"
          "memberIds=1,3\npaymentIds=5,6,9\n");
}
