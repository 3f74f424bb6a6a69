// What the export profiles refuse (every problem listed, nothing written) and which members
// and payments they take: the period, the selection, only new.
#include "core/exchange/export_profile.h"
#include "tests/core/exchange/export_sample.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace tontine;
using namespace tontine::test;

namespace {

std::vector<std::string> codesOf(const ExportFile& file)
{
    std::vector<std::string> out;
    for (const Problem& p : file.problems)
        out.push_back(p.field + " " + p.code);
    return out;
}

Member& byId(ExportData& d, MemberId id)
{
    for (Member& m : d.members)
        if (m.id == id)
            return m;
    FAIL("no member " << id);
    return d.members.front();
}

void requireRefused(const ExportFile& file)
{
    CHECK_FALSE(file.ok());
    CHECK(file.bytes.empty());
    CHECK(file.rows.empty());
    CHECK(file.memberIds.empty());
    CHECK(file.paymentIds.empty());
}

} // namespace

TEST_CASE("openimis-insurees refuses with every problem of every member", "[export]")
{
    ExportData d = sampleExportData();
    byId(d, 1).sex = Sex::Unknown;
    byId(d, 1).birthDate.reset();
    byId(d, 4).insuranceNumber.clear();
    // Member 8's head (7) has no number, so with All the head is in the file without a number.
    const ExportFile file = buildExport(sampleRequest(ExportProfile::OpenImisInsurees, MemberSelection::All), d);
    requireRefused(file);
    CHECK(codesOf(file) == std::vector<std::string>{
                               "1 export.unknown_sex", "1 export.missing_birth_date",
                               "4 export.missing_insurance_number", "7 export.missing_insurance_number",
                               "8 export.missing_insurance_number"});
    const Problem& p = file.problems[2];
    CHECK(p.args == std::vector<std::string>{"4", "+Ibrahima Diallo"});
    CHECK(p.text.find("+Ibrahima Diallo") != std::string::npos);
    CHECK(p.text.find("4") != std::string::npos);
}

TEST_CASE("openimis-insurees refuses a dependant whose head is neither in the file nor sent before", "[export]")
{
    ExportData d = sampleExportData();
    byId(d, 3).joinedOn = Date::fromYmd(2026, 11, 1); // the head is not active in October
    const ExportRequest request = sampleRequest(ExportProfile::OpenImisInsurees, MemberSelection::Enrolled);
    const ExportFile file = buildExport(request, d);
    requireRefused(file);
    CHECK(codesOf(file) == std::vector<std::string>{"4 export.head_missing", "9 export.head_missing"});
    CHECK(file.problems[0].args == std::vector<std::string>{"4", "+Ibrahima Diallo", "3"});

    SECTION("a head carried by an earlier export is enough, and the dependants name its number")
    {
        d.alreadySentMembers = {3};
        const ExportFile sent = buildExport(request, d);
        REQUIRE(sent.ok());
        CHECK(sent.memberIds == std::vector<MemberId>{1, 2, 4, 9});
        REQUIRE(sent.rows.size() == 4);
        CHECK(sent.rows[2][0] == "SN-010");
        CHECK(sent.rows[2][1] == "SN-011");
    }
}

TEST_CASE("insurees profiles take members active in the period, by selection, and only new ones", "[export]")
{
    ExportData d = sampleExportData();
    const auto ids = [&](ExportProfile profile, MemberSelection selection, bool onlyNew) {
        ExportRequest r = sampleRequest(profile, selection);
        r.onlyNew = onlyNew;
        const ExportFile f = buildExport(r, d);
        INFO(describe(f.problems));
        REQUIRE(f.ok());
        return f.memberIds;
    };
    using V = std::vector<MemberId>;
    // 5 left before October, 6 joined after it; 9 left on October 1st and is still carried.
    CHECK(ids(ExportProfile::OpenImisInsurees, MemberSelection::Enrolled, false) == V{1, 2, 3, 4, 9});
    CHECK(ids(ExportProfile::MutuelleFr, MemberSelection::ToEnrol, false) == V{7, 8});
    CHECK(ids(ExportProfile::MutuelleFr, MemberSelection::All, false) == V{1, 2, 3, 4, 7, 8, 9});
    d.alreadySentMembers = {1, 2, 3};
    CHECK(ids(ExportProfile::OpenImisInsurees, MemberSelection::Enrolled, true) == V{4, 9});
    CHECK(ids(ExportProfile::OpenImisInsurees, MemberSelection::Enrolled, false) == V{1, 2, 3, 4, 9});
    CHECK(ids(ExportProfile::Members, MemberSelection::Enrolled, true) == V{4, 9});
    // mutuelle-fr keeps a member sent before when their household has a payment not yet sent.
    d.alreadySentPayments = {2};
    CHECK(ids(ExportProfile::MutuelleFr, MemberSelection::All, true) == V{1, 2, 4, 7, 8, 9});
}

TEST_CASE("mutuelle-fr refuses missing birth dates, unknown sex, missing relationships and heads", "[export]")
{
    ExportData d = sampleExportData();
    byId(d, 2).relationship = Relationship::None;
    byId(d, 7).birthDate.reset();
    byId(d, 8).sex = Sex::Unknown;
    byId(d, 3).active = false;
    byId(d, 3).leftOn = Date::fromYmd(2026, 9, 1);
    const ExportFile file = buildExport(sampleRequest(ExportProfile::MutuelleFr), d);
    requireRefused(file);
    CHECK(codesOf(file) == std::vector<std::string>{"2 export.missing_relationship", "4 export.head_missing",
                                                    "7 export.missing_birth_date", "8 export.unknown_sex",
                                                    "9 export.head_missing"});
}

TEST_CASE("mutuelle-fr lets members to enrol through with an empty number", "[export]")
{
    const ExportFile file = buildExport(sampleRequest(ExportProfile::MutuelleFr, MemberSelection::ToEnrol),
                                        sampleExportData());
    REQUIRE(file.ok());
    REQUIRE(file.rows.size() == 2);
    CHECK(file.rows[0][0].empty());
    CHECK(file.rows[0][2] == "Chef de m\xC3\xA9nage");
    CHECK(file.rows[1][2] == "Fr\xC3\xA8re/S\xC5\x93ur");
    CHECK(file.rows[1][11].empty()); // no payment in the period: payment columns empty
}

TEST_CASE("contributions refuses payments of a head without an insurance number, once per head", "[export]")
{
    ExportData d = sampleExportData();
    byId(d, 1).insuranceNumber.clear();
    d.payments.push_back(d.payments.front());
    d.payments.back().id = 6;
    d.payments.back().head = 42; // not a member
    const ExportFile file = buildExport(sampleRequest(ExportProfile::Contributions), d);
    requireRefused(file);
    CHECK(codesOf(file) == std::vector<std::string>{"1 export.missing_insurance_number", "42 export.unknown_member"});
}

TEST_CASE("contributions with only new leaves out payments already sent", "[export]")
{
    ExportData d = sampleExportData();
    d.alreadySentPayments = {1, 2};
    ExportRequest r = sampleRequest(ExportProfile::Contributions);
    r.onlyNew = true;
    const ExportFile file = buildExport(r, d);
    REQUIRE(file.ok());
    CHECK(file.paymentIds == std::vector<PremiumId>{5});
}

TEST_CASE("partner profiles need a partner and every profile a period in order", "[export]")
{
    ExportData d = sampleExportData();
    d.partner.reset();
    for (ExportProfile profile : allExportProfiles()) {
        INFO(exportProfileCode(profile));
        ExportRequest r = sampleRequest(profile);
        std::swap(r.from, r.to);
        const ExportFile file = buildExport(r, d);
        requireRefused(file);
        std::vector<std::string> expected;
        if (needsPartner(profile))
            expected.push_back("partner export.partner_required");
        expected.push_back("to export.period_reversed");
        CHECK(codesOf(file) == expected);
    }
}

TEST_CASE("journal and ledger refuse postings to unknown accounts; ledger refuses unbalanced entries", "[export]")
{
    ExportData d = sampleExportData();
    d.entries[0].postings[0].accountCode = "pot:9";
    d.entries[1].postings[0].amount += 1;
    const ExportFile journal = buildExport(sampleRequest(ExportProfile::Journal), d);
    requireRefused(journal);
    CHECK(codesOf(journal) == std::vector<std::string>{"pot:9 export.unknown_account"});
    const ExportFile ledger = buildExport(sampleRequest(ExportProfile::Ledger), d);
    requireRefused(ledger);
    CHECK(codesOf(ledger) == std::vector<std::string>{"pot:9 export.unknown_account", "11 export.unbalanced_entry"});
    d = sampleExportData();
    d.openingBalances[0].debitMinusCredit += 1;
    CHECK(codesOf(buildExport(sampleRequest(ExportProfile::Ledger), d)) ==
          std::vector<std::string>{"openingBalances export.unbalanced_opening"});
}
