// Partners, premium payments, remittances and export records changed on the file behind the
// app's back are caught by verify; the schema refuses edits to the facts while its guards stand.
#include "core/crypto/sha256.h"
#include "tests/core/book/premium_book_fixture.h"
#include "tests/support/process.h"

using namespace premium_book_test;
using tontine::test::runSqlite3;

namespace {

struct PremiumTamper : PremiumFund {
    PremiumTamper()
    {
        openMeetingOn(Date::fromYmd(2026, 3, 15));
        book->payPremium(partnerId, head, 14000, "Q-1", "", actor());
        book->remitPremiums(partnerId, 7000, "MSAF-1", "", actor());
        closeMeeting();
        REQUIRE(book->verify().ok());
    }
    VerifyReport verifyAfter(const std::string& sql)
    {
        book.reset();
        std::filesystem::remove_all(dir / "fund.backups");
        REQUIRE(runSqlite3(path, sql) == 0);
        BookOptions options;
        options.backupOnClose = false;
        book = Book::open(path, clock, options);
        return book->verify();
    }
};

std::string dropGuards(const std::string& table)
{
    return "DROP TRIGGER " + table + "_no_update; DROP TRIGGER " + table + "_no_delete; ";
}

} // namespace

TEST_CASE("The schema refuses changes to premium records", "[premiums][book]")
{
    PremiumTamper f;
    f.book.reset();
    CHECK(runSqlite3(f.path, "UPDATE premium_payment SET amount = 1") != 0);
    CHECK(runSqlite3(f.path, "DELETE FROM premium_remittance") != 0);
    CHECK(runSqlite3(f.path, "DELETE FROM partner") != 0);
    CHECK(runSqlite3(f.path, "UPDATE member SET relationship = 'cousin' WHERE id = 2") != 0);
}

TEST_CASE("verify catches a partner changed behind the app's back", "[premiums][book]")
{
    PremiumTamper f;
    const VerifyReport report = f.verifyAfter("UPDATE partner SET premium = 3000");
    CHECK_FALSE(report.ok());
    CHECK(report.problem.find("partner:1") != std::string::npos);
}

TEST_CASE("verify catches a partner's product codes changed behind the app's back", "[premiums][book]")
{
    PremiumTamper f;
    CHECK_FALSE(f.verifyAfter("UPDATE partner_product SET code = 'OTHER' WHERE position = 2").ok());
}

TEST_CASE("verify catches a premium payment changed behind the app's back", "[premiums][book]")
{
    PremiumTamper f;
    const VerifyReport report =
        f.verifyAfter(dropGuards("premium_payment") + "UPDATE premium_payment SET period_end = '2028-03-14'");
    CHECK_FALSE(report.ok());
    CHECK(report.problem.find("premium payment") != std::string::npos);
}

TEST_CASE("verify catches a premium payment removed behind the app's back", "[premiums][book]")
{
    PremiumTamper f;
    CHECK_FALSE(f.verifyAfter(dropGuards("premium_payment") + "DELETE FROM premium_payment").ok());
}

TEST_CASE("verify catches a remittance's receipt changed behind the app's back", "[premiums][book]")
{
    PremiumTamper f;
    CHECK_FALSE(
        f.verifyAfter(dropGuards("premium_remittance") + "UPDATE premium_remittance SET mutual_receipt = 'X'").ok());
}

TEST_CASE("A member's relationship changed behind the app's back is caught", "[premiums][book]")
{
    PremiumTamper f;
    CHECK_FALSE(f.verifyAfter("UPDATE member SET relationship = 'parent' WHERE id = 2").ok());
}

TEST_CASE("An export recorded as sent is chained with the hash of its bytes", "[premiums][book][exports]")
{
    PremiumTamper f;
    ExportRequest request;
    request.profile = ExportProfile::Members;
    request.from = Date::fromYmd(2026, 3, 1);
    request.to = Date::fromYmd(2026, 3, 31);
    const ExportFile file = f.book->prepareExport(request);
    REQUIRE(file.ok());
    REQUIRE_FALSE(file.bytes.empty());
    const auto before = f.book->entryCount();

    CHECK(refusalCodes([&] { f.book->recordExport(request, file, "usb/members.csv", f.actor()); }) ==
          std::vector<std::string>{"export.file_name"});
    CHECK(refusalCodes([&] { f.book->recordExport(request, file, "a\\b.csv", f.actor()); }) ==
          std::vector<std::string>{"export.file_name"});
    CHECK(refusalCodes([&] { f.book->recordExport(request, file, " ", f.actor()); }) ==
          std::vector<std::string>{"export.file_name"});
    ExportFile refused = file;
    refused.problems.push_back(Problem{"1", "export.missing_insurance_number", {}, "no number"});
    refused.bytes.clear();
    CHECK(refusalCodes([&] { f.book->recordExport(request, refused, "members.csv", f.actor()); }) ==
          std::vector<std::string>{"export.refused"});
    CHECK(f.book->entryCount() == before);

    const auto id = f.book->recordExport(request, file, "members.csv", f.actor());
    const auto records = f.book->exportRecords();
    REQUIRE(records.size() == 1);
    const ExportRecord& r = records.front();
    CHECK(r.id == id);
    CHECK(r.fileName == "members.csv");
    CHECK(r.sha256 == toHex(sha256(file.bytes)));
    CHECK(r.rows == static_cast<int>(file.rows.size()));
    CHECK(r.sentOn == f.clock.today());
    CHECK(r.operatorName == "Awa Diop");
    CHECK(r.entrySeq == before + 1);
    const auto chained = f.book->entry(r.entrySeq);
    REQUIRE(chained);
    CHECK(chained->subject == "export:" + std::to_string(id));
    CHECK(chained->payload == exportRecordSnapshot(r));
    CHECK(f.book->verify().ok());

    // Changed behind the app's back: caught.
    CHECK_FALSE(f.verifyAfter(dropGuards("export_record") + "UPDATE export_record SET sha256 = replace(sha256, substr(sha256, 1, 1), 'x')").ok());
}

TEST_CASE("Only new leaves out what an earlier export to the same partner carried", "[premiums][book][exports]")
{
    PremiumTamper f;
    // Every member with what the mutual needs, so the insurees file is not refused.
    int n = 0;
    for (const auto& m : f.book->members()) {
        MemberInput in = MemberInput::from(m);
        in.sex = "F";
        in.birthDate = "1990-01-01";
        in.insuranceNumber = "SN-AF-00010" + std::to_string(++n);
        f.book->editMember(m.id, in, f.actor());
    }
    ExportRequest request;
    request.profile = ExportProfile::OpenImisInsurees;
    request.partner = f.partnerId;
    request.from = Date::fromYmd(2026, 3, 1);
    request.to = Date::fromYmd(2026, 3, 31);
    const ExportFile all = f.book->prepareExport(request);
    INFO(all.problems.size());
    REQUIRE(all.ok());
    REQUIRE(all.memberIds.size() == 5);
    f.book->recordExport(request, all, "insurees.csv", f.actor());

    f.addPerson("Ba", "Ousmane", "", "");
    MemberInput in = MemberInput::from(f.book->members().back());
    in.sex = "M";
    in.birthDate = "1980-05-05";
    in.insuranceNumber = "SN-AF-000200";
    f.book->editMember(f.book->members().back().id, in, f.actor());
    request.onlyNew = true;
    const ExportFile fresh = f.book->prepareExport(request);
    REQUIRE(fresh.ok());
    CHECK(fresh.memberIds == std::vector<MemberId>{f.book->members().back().id});
    // Another profile to the same partner still carries everyone, once the dependant recorded
    // without a relationship has one (mutuelle-fr needs it; recording them was allowed).
    request.profile = ExportProfile::MutuelleFr;
    const ExportFile missing = f.book->prepareExport(request);
    CHECK_FALSE(missing.ok());
    CHECK(std::any_of(missing.problems.begin(), missing.problems.end(),
                      [](const Problem& p) { return p.code == "export.missing_relationship"; }));
    MemberInput fix = MemberInput::from(*f.book->member(f.dependants[2]));
    fix.relationship = "child";
    f.book->editMember(f.dependants[2], fix, f.actor());
    const ExportFile everyone = f.book->prepareExport(request);
    INFO(everyone.problems.size());
    CHECK(everyone.memberIds.size() == 6);
    CHECK_THROWS_AS(f.book->prepareExport(ExportRequest{ExportProfile::Contributions, PartnerId{77}, request.from,
                                                        request.to, MemberSelection::All, false}),
                    ValidationError);
}
