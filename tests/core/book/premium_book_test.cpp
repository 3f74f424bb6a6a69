// Premiums through the Book (docs/premium-rules.md): partners as chained settings, premiums
// paid at the open meeting for a household, remittances to the mutual, reversals, and what is
// held — worked numeric examples.
#include "tests/core/book/premium_book_fixture.h"

using namespace premium_book_test;

namespace {

const Date Mar15 = Date::fromYmd(2026, 3, 15);

} // namespace

TEST_CASE("A partner is added and edited as chained settings", "[premiums][book]")
{
    PremiumFund f;
    const auto stored = f.book->partner(f.partnerId);
    REQUIRE(stored);
    CHECK(stored->name == "Mutuelle de santé And Fagaru");
    CHECK(stored->productCodes == std::vector<std::string>{"MSAF-FAM", "MSAF-IND"});
    CHECK(f.book->partners().size() == 1);

    const auto before = f.book->entryCount();
    Partner same = *stored;
    same.name = "  Mutuelle de santé And Fagaru "; // trimmed: the same settings
    CHECK(f.book->savePartner(same, f.actor()) == f.partnerId);
    CHECK(f.book->entryCount() == before); // nothing changed, nothing written

    Partner edited = *stored;
    edited.premium = 4000;
    edited.productCodes = {"MSAF-IND"};
    f.book->savePartner(edited, f.actor());
    CHECK(f.book->entryCount() == before + 1);
    const auto last = f.book->entry(before + 1);
    REQUIRE(last);
    CHECK(last->subject == "partner:" + std::to_string(f.partnerId));
    CHECK(last->payload == partnerSnapshot(*f.book->partner(f.partnerId)));
    CHECK(f.book->partner(f.partnerId)->productCodes == std::vector<std::string>{"MSAF-IND"});

    Partner bad = *stored;
    bad.periodMonths = 0;
    CHECK(refusalCodes([&] { f.book->savePartner(bad, f.actor()); }) == std::vector<std::string>{"partner.period_months"});
    Partner unknown = *stored;
    unknown.id = 42;
    CHECK(refusalCodes([&] { f.book->savePartner(unknown, f.actor()); }) == std::vector<std::string>{"partner.unknown"});
    f.reopen();
    CHECK(f.book->verify().ok());
}

TEST_CASE("A household of four pays 4 x 3 500 = 14 000 for twelve months", "[premiums][book]")
{
    PremiumFund f;
    f.openMeetingOn(Mar15);
    CHECK(f.book->householdHead(f.dependants[1]) == f.head);
    CHECK(f.book->householdHead(f.single) == f.single);
    const Coverage before = f.book->coverage(f.partnerId, f.dependants[1], Mar15);
    CHECK(before.head == f.head);
    CHECK(before.owedForNext() == 14000);

    // Paid by a dependant: recorded for the head, for the whole household.
    const PremiumId id = f.book->payPremium(f.partnerId, f.dependants[1], 14000, "Q-001", "", f.actor());
    const auto payments = f.book->premiumPayments(f.partnerId);
    REQUIRE(payments.size() == 1);
    const PremiumPayment& p = payments.front();
    CHECK(p.id == id);
    CHECK(p.head == f.head);
    CHECK(p.productCode == "MSAF-FAM"); // the partner's first product
    CHECK(p.membersCovered == 4);
    CHECK(p.periodStart == Mar15);
    CHECK(p.periodEnd == Date::fromYmd(2027, 3, 14));
    CHECK_FALSE(p.reversed);
    const auto e = f.book->entry(p.entrySeq);
    REQUIRE(e);
    CHECK(e->payload == premiumPayload(p));
    CHECK(e->subject.rfind("meeting:", 0) == 0);

    CHECK(f.balance("cash") == 14000);
    CHECK(f.balance("premiums") == -14000);
    CHECK(f.held() == 14000);

    const Coverage after = f.book->coverage(f.partnerId, f.head, Mar15);
    REQUIRE(after.coveredUntil);
    CHECK(*after.coveredUntil == Date::fromYmd(2027, 3, 14));
    CHECK(after.nextStart == Date::fromYmd(2027, 3, 15));

    // Both households are listed, by head.
    const auto all = f.book->coverages(f.partnerId, Mar15);
    REQUIRE(all.size() == 2);
    CHECK(all[0].head == f.head);
    CHECK(all[1].head == f.single);
    CHECK(all[1].owedForNext() == 3500);

    // The statement names the head for the premium.
    bool named = false;
    for (const auto& m : f.book->memberMovements(Mar15, Mar15))
        if (m.seq == p.entrySeq) {
            named = m.member == f.head && m.cashIn == 14000;
        }
    CHECK(named);

    // A year later the household renews: the next period follows on.
    f.closeMeeting();
    f.openMeetingOn(Date::fromYmd(2027, 3, 10));
    f.book->payPremium(f.partnerId, f.head, 14000, "Q-002", "MSAF-IND", f.actor());
    const auto renewed = f.book->premiumPayments(f.partnerId).back();
    CHECK(renewed.periodStart == Date::fromYmd(2027, 3, 15));
    CHECK(renewed.periodEnd == Date::fromYmd(2028, 3, 14));
    CHECK(renewed.productCode == "MSAF-IND");
    f.closeMeeting();
    CHECK(f.book->verify().ok());
}

TEST_CASE("With partial payments 5 000 then 9 000 complete a period", "[premiums][book]")
{
    PremiumFund f(true);
    f.openMeetingOn(Mar15);
    f.book->payPremium(f.partnerId, f.head, 5000, "Q-001", "", f.actor());
    Coverage c = f.book->coverage(f.partnerId, f.head, Mar15);
    CHECK_FALSE(c.coveredUntil);
    CHECK(c.paidTowardsNext == 5000);
    CHECK(c.owedForNext() == 9000);
    f.closeMeeting();

    f.openMeetingOn(Date::fromYmd(2026, 4, 15));
    CHECK(refusalCodes([&] { f.book->payPremium(f.partnerId, f.head, 9500, "Q-002", "", f.actor()); }) ==
          std::vector<std::string>{"premium.overpaid"});
    f.book->payPremium(f.partnerId, f.head, 9000, "Q-002", "", f.actor());
    const auto second = f.book->premiumPayments(f.partnerId).back();
    CHECK(second.periodStart == Mar15); // towards the part-paid period, not a new one
    CHECK(second.periodEnd == Date::fromYmd(2027, 3, 14));
    c = f.book->coverage(f.partnerId, f.head, Date::fromYmd(2026, 4, 15));
    REQUIRE(c.coveredUntil);
    CHECK(*c.coveredUntil == Date::fromYmd(2027, 3, 14));
    CHECK(f.held() == 14000);
    f.closeMeeting();
}

TEST_CASE("Premiums are refused for each rule they break, and nothing is written", "[premiums][book]")
{
    PremiumFund f;
    // Outside a meeting.
    f.moveTo(Mar15);
    CHECK(refusalCodes([&] { f.book->payPremium(f.partnerId, f.single, 3500, "Q-1", "", f.actor()); }) ==
          std::vector<std::string>{"meeting.none_open"});
    f.openMeetingOn(Mar15);
    const auto entries = f.book->entryCount();
    CHECK(refusalCodes([&] { f.book->payPremium(f.partnerId, f.single, 3000, "Q-1", "", f.actor()); }) ==
          std::vector<std::string>{"premium.not_price"});
    CHECK(refusalCodes([&] { f.book->payPremium(f.partnerId, f.single, 3500, "Q-1", "MSAF-XXL", f.actor()); }) ==
          std::vector<std::string>{"premium.unknown_product"});
    CHECK(refusalCodes([&] { f.book->payPremium(99, f.single, 3500, "Q-1", "", f.actor()); }) ==
          std::vector<std::string>{"partner.unknown"});
    CHECK(refusalCodes([&] { f.book->payPremium(f.partnerId, 99, 3500, "Q-1", "", f.actor()); }) ==
          std::vector<std::string>{"member.unknown"});
    CHECK(f.book->entryCount() == entries);

    f.book->payPremium(f.partnerId, f.single, 3500, "Q-1", "", f.actor());
    // A receipt number once per partner.
    CHECK(refusalCodes([&] { f.book->payPremium(f.partnerId, f.head, 14000, " Q-1 ", "", f.actor()); }) ==
          std::vector<std::string>{"premium.receipt_taken"});

    // Another partner may have its own receipt Q-1.
    Partner other = PremiumFund::andFagaru(false);
    other.name = "Mutuelle Thiès Santé";
    other.basis = PremiumBasis::PerHousehold;
    other.premium = 10000;
    const PartnerId second = f.book->savePartner(other, f.actor());
    f.book->payPremium(second, f.head, 10000, "Q-1", "", f.actor());

    // An inactive partner takes no new premiums.
    Partner stopped = *f.book->partner(second);
    stopped.active = false;
    f.book->savePartner(stopped, f.actor());
    CHECK(refusalCodes([&] { f.book->payPremium(second, f.single, 10000, "Q-9", "", f.actor()); }) ==
          std::vector<std::string>{"premium.partner_inactive"});

    // More than held cannot be remitted.
    CHECK(refusalCodes([&] { f.book->remitPremiums(f.partnerId, 3505, "MSAF-1", "", f.actor()); }) ==
          std::vector<std::string>{"remittance.above_held"});
    f.closeMeeting();
}

TEST_CASE("Remittances pass what is held on, at a meeting or between meetings", "[premiums][book]")
{
    PremiumFund f;
    f.openMeetingOn(Mar15);
    f.book->payPremium(f.partnerId, f.head, 14000, "Q-1", "", f.actor());
    f.book->payPremium(f.partnerId, f.single, 3500, "Q-2", "", f.actor());
    CHECK(f.held() == 17500);
    // On a meeting day the remittance belongs to the meeting.
    const RemittanceId atMeeting = f.book->remitPremiums(f.partnerId, 3500, "MSAF-0041", "", f.actor());
    f.closeMeeting();

    // Between meetings it stands on its own.
    f.moveTo(Date::fromYmd(2026, 3, 20));
    f.book->remitPremiums(f.partnerId, 10000, "MSAF-0042", "Taken to the office in Thiès", f.actor());
    const auto remitted = f.book->remittances(f.partnerId);
    REQUIRE(remitted.size() == 2);
    CHECK(remitted[0].id == atMeeting);
    CHECK(f.book->entry(remitted[0].entrySeq)->subject.rfind("meeting:", 0) == 0);
    CHECK(f.book->entry(remitted[1].entrySeq)->subject.empty());
    CHECK(remitted[1].note == "Taken to the office in Thiès");
    CHECK(f.book->entry(remitted[1].entrySeq)->payload == remittancePayload(remitted[1]));

    const auto held = f.book->premiumsHeld();
    REQUIRE(held.size() == 1);
    CHECK(held[0].collected == 17500);
    CHECK(held[0].remitted == 13500);
    CHECK(held[0].held() == 4000);
    // Σ held equals the premiums account, now and on each past day.
    CHECK(f.held() == -f.balance("premiums"));
    CHECK(f.held(Date::fromYmd(2026, 3, 19)) == 14000);
    CHECK(f.held(Date::fromYmd(2026, 3, 19)) == -f.book->balanceOn("premiums", Date::fromYmd(2026, 3, 19)));
    CHECK(f.held(Date::fromYmd(2026, 3, 14)) == 0);
    CHECK(f.balance("cash") == 4000);

    // The mutual's receipt once per partner.
    CHECK(refusalCodes([&] { f.book->remitPremiums(f.partnerId, 1000, "MSAF-0042", "", f.actor()); }) ==
          std::vector<std::string>{"remittance.receipt_taken"});
    CHECK(f.book->verify().ok());
}

TEST_CASE("Reversing a premium or a remittance restores what is held and the coverage", "[premiums][book]")
{
    PremiumFund f;
    f.openMeetingOn(Mar15);
    f.book->payPremium(f.partnerId, f.head, 14000, "Q-1", "", f.actor());
    const RemittanceId remitted = f.book->remitPremiums(f.partnerId, 14000, "MSAF-1", "", f.actor());
    const PremiumPayment paid = f.book->premiumPayments(f.partnerId).front();
    // What was passed on to the mutual cannot come back out of the box.
    CHECK(refusalCodes([&] { f.book->reverse(paid.entrySeq, "wrong household", f.actor()); }) ==
          std::vector<std::string>{"premium.reversal_remitted"});

    // The remittance first: held again.
    const auto remittance = f.book->remittances(f.partnerId).front();
    REQUIRE(remittance.id == remitted);
    f.book->reverse(remittance.entrySeq, "receipt was for another group", f.actor());
    CHECK(f.book->remittances(f.partnerId).front().reversed);
    CHECK(f.held() == 14000);
    // Its receipt is free again.
    f.book->remitPremiums(f.partnerId, 7000, "MSAF-1", "", f.actor());
    CHECK(f.held() == 7000);
    f.book->reverse(f.book->remittances(f.partnerId).back().entrySeq, "not yet", f.actor());

    // Then the payment: coverage and held as before it.
    f.book->reverse(paid.entrySeq, "wrong household", f.actor());
    CHECK(f.book->premiumPayments(f.partnerId).front().reversed);
    CHECK(f.held() == 0);
    CHECK(f.balance("premiums") == 0);
    const Coverage c = f.book->coverage(f.partnerId, f.head, Mar15);
    CHECK_FALSE(c.coveredUntil);
    CHECK(c.owedForNext() == 14000);
    // The reversal names the head in the statements.
    bool named = false;
    for (const auto& m : f.book->memberMovements(Mar15, Mar15))
        if (m.kind == "reversal" && m.member == f.head && m.cashOut == 14000)
            named = true;
    CHECK(named);
    // The receipt number is free again and the household can pay.
    f.book->payPremium(f.partnerId, f.head, 14000, "Q-1", "", f.actor());
    CHECK(f.book->coverage(f.partnerId, f.head, Mar15).coveredUntil);
    f.closeMeeting();
    CHECK(f.held() == -f.balance("premiums"));
    CHECK(f.book->verify().ok());
}

TEST_CASE("Only a household's latest premium can be reversed", "[premiums][book]")
{
    PremiumFund f;
    f.openMeetingOn(Mar15);
    f.book->payPremium(f.partnerId, f.single, 3500, "Q-1", "", f.actor());
    f.book->payPremium(f.partnerId, f.single, 3500, "Q-2", "", f.actor());
    const auto payments = f.book->premiumPayments(f.partnerId);
    REQUIRE(payments.size() == 2);
    CHECK(payments[1].periodStart == Date::fromYmd(2027, 3, 15));
    CHECK(refusalCodes([&] { f.book->reverse(payments[0].entrySeq, "mistake", f.actor()); }) ==
          std::vector<std::string>{"premium.reversal_not_latest"});
    f.book->reverse(payments[1].entrySeq, "mistake", f.actor());
    f.book->reverse(payments[0].entrySeq, "mistake", f.actor());
    CHECK_FALSE(f.book->coverage(f.partnerId, f.single, Mar15).coveredUntil);
    f.closeMeeting();
}

TEST_CASE("Looking back, a premium reversed later still counted before its reversal", "[premiums][book]")
{
    PremiumFund f;
    f.openMeetingOn(Mar15);
    f.book->payPremium(f.partnerId, f.single, 3500, "Q-1", "", f.actor());
    f.closeMeeting();
    f.openMeetingOn(Date::fromYmd(2026, 4, 15));
    f.book->reverse(f.book->premiumPayments(f.partnerId).front().entrySeq, "paid for the wrong mutual", f.actor());
    f.closeMeeting();

    const Date between = Date::fromYmd(2026, 3, 20);
    CHECK(f.book->coverage(f.partnerId, f.single, between).coveredUntil == Date::fromYmd(2027, 3, 14));
    CHECK(f.book->coverages(f.partnerId, between).back().coveredUntil == Date::fromYmd(2027, 3, 14));
    CHECK(f.held(between) == 3500);
    CHECK(f.held(between) == -f.book->balanceOn("premiums", between));
    const Date after = Date::fromYmd(2026, 4, 15);
    CHECK_FALSE(f.book->coverage(f.partnerId, f.single, after).coveredUntil);
    CHECK(f.held(after) == 0);
}
