// The demo's health insurance: the partner mutual, numbered and to-enrol members, households
// with relationships, premiums at two meetings and one remittance, Σ held = the account.
#include "core/demo/demo_fund.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace tontine;

TEST_CASE("The demo collects premiums for And Fagaru and remits some", "[demo][premiums]")
{
    test::TempDir dir;
    FixedClock clock(Date::fromYmd(2026, 3, 1), "2026-03-01T10:00:00Z");
    BookOptions options;
    options.backupOnClose = false;
    auto book = createDemoFund(dir / "demo.tontine", clock, options);

    const auto partners = book->partners();
    REQUIRE(partners.size() == 1);
    const Partner& p = partners.front();
    CHECK(p.name == "Mutuelle de santé And Fagaru");
    CHECK(p.payerName == book->settings().name);
    CHECK(p.productCodes == std::vector<std::string>{"MSAF-FAM"});
    CHECK(p.premium == 3500);
    CHECK(p.periodMonths == 12);
    CHECK(p.paymentType == "C");
    CHECK(p.exportProfile == "openimis-insurees");
    CHECK_FALSE(p.partialPayments);

    const auto members = book->members();
    const auto numbered = std::count_if(members.begin(), members.end(),
                                        [](const Member& m) { return m.insuranceNumber.rfind("SN-AF-", 0) == 0; });
    CHECK(numbered > static_cast<long>(members.size()) / 2);
    CHECK(numbered < static_cast<long>(members.size())); // some still to enrol
    for (const auto& m : members) {
        CHECK(m.birthDate);
        CHECK(m.sex != Sex::Unknown);
        CHECK((m.householdHeadId.has_value() == (m.relationship != Relationship::None)));
    }

    // Every payment is exactly its household's price, towards a period starting that day.
    const auto payments = book->premiumPayments(p.id);
    CHECK(payments.size() == 8);
    for (const auto& pay : payments) {
        CHECK(pay.amount == periodPrice(p, pay.membersCovered));
        CHECK(pay.periodStart == pay.date);
        CHECK_FALSE(pay.reversed);
    }
    const auto remitted = book->remittances(p.id);
    REQUIRE(remitted.size() == 1);
    CHECK(book->entry(remitted.front().entrySeq)->subject.empty()); // between meetings

    const auto held = book->premiumsHeld();
    REQUIRE(held.size() == 1);
    CHECK(held.front().held() > 0);
    CHECK(held.front().held() == -book->balanceOn("premiums", clock.today()));
    CHECK(held.front().collected == held.front().remitted + held.front().held());
    CHECK(book->verify().ok());
}
