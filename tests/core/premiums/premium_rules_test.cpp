// The pure premium rules (docs/premium-rules.md): partner settings, households, the price of
// a period, coverage periods, and the checks on payments and remittances — worked examples.
#include "core/premiums/partner.h"
#include "core/premiums/premium.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>

using namespace tontine;

namespace {

Partner mutual()
{
    Partner p;
    p.id = 1;
    p.name = "Mutuelle de santé And Fagaru";
    p.payerName = "Groupement Espoir de Thiès";
    p.productCodes = {"MSAF-FAM", "MSAF-IND"};
    p.premium = 3500;
    p.periodMonths = 12;
    return p;
}

std::vector<std::string> codes(const Problems& problems)
{
    std::vector<std::string> out;
    for (const auto& p : problems)
        out.push_back(p.code);
    return out;
}

bool has(const Problems& problems, const std::string& code)
{
    const auto c = codes(problems);
    return std::find(c.begin(), c.end(), code) != c.end();
}

Member person(MemberId id, std::optional<MemberId> head = std::nullopt, Date joined = Date::fromYmd(2025, 1, 1))
{
    Member m;
    m.id = id;
    m.lastName = "M" + std::to_string(id);
    m.joinedOn = joined;
    m.householdHeadId = head;
    return m;
}

PremiumPayment paid(PremiumId id, Date date, std::int64_t amount, Date start, Date end, int members = 4,
                    const std::string& receipt = "R")
{
    PremiumPayment p;
    p.id = id;
    p.partner = 1;
    p.head = 10;
    p.productCode = "MSAF-FAM";
    p.date = date;
    p.amount = amount;
    p.receiptNumber = receipt + std::to_string(id);
    p.periodStart = start;
    p.periodEnd = end;
    p.membersCovered = members;
    return p;
}

const Date Jan15 = Date::fromYmd(2026, 1, 15);

} // namespace

TEST_CASE("A partner's settings are checked field by field", "[premiums]")
{
    CHECK(validatePartner(mutual(), 5).empty());

    Partner p = mutual();
    p.name = "  ";
    p.payerName = "";
    p.productCodes = {"MSAF FAM", "A,B", "X", "X"};
    p.premium = 3502;
    p.periodMonths = 25;
    p.paymentType = "Z";
    p.contributionCategory = "";
    p.exportProfile = "ledger";
    const Problems problems = validatePartner(p, 5);
    CHECK(has(problems, "partner.name_required"));
    CHECK(has(problems, "partner.payer_required"));
    CHECK(std::count_if(problems.begin(), problems.end(), [](const Problem& x) { return x.code == "partner.product_invalid"; }) == 2);
    CHECK(has(problems, "partner.product_duplicate"));
    CHECK(has(problems, "partner.premium_unit"));
    CHECK(has(problems, "partner.period_months"));
    CHECK(has(problems, "partner.payment_type"));
    CHECK(has(problems, "partner.category_required"));
    CHECK(has(problems, "partner.export_profile"));

    Partner none = mutual();
    none.productCodes.clear();
    none.premium = 0;
    const Problems p2 = validatePartner(none, 5);
    CHECK(has(p2, "partner.products_count"));
    CHECK(has(p2, "partner.premium_positive"));

    // Amount texts name the currency when it is given.
    const Currency* xof = findCurrency("XOF");
    REQUIRE(xof);
    Partner odd = mutual();
    odd.premium = 3502;
    const Problems p3 = validatePartner(odd, 5, xof);
    REQUIRE(p3.size() == 1);
    CHECK(p3.front().field == "premium");
    CHECK(p3.front().text.find("XOF") != std::string::npos);
    CHECK(p3.front().args == std::vector<std::string>{"3502", "5"});
}

TEST_CASE("A partner's snapshot lists every setting in a fixed order", "[premiums]")
{
    Partner p = mutual();
    p.basis = PremiumBasis::PerHousehold;
    p.partialPayments = true;
    CHECK(partnerSnapshot(p) ==
          "format=partner/1\nid=1\nname=Mutuelle de santé And Fagaru\npayerName=Groupement Espoir de Thiès\n"
          "productCodes=MSAF-FAM,MSAF-IND\nbasis=household\npremium=3500\nperiodMonths=12\npaymentType=C\n"
          "contributionCategory=C\nexportProfile=openimis-insurees\npartialPayments=1\nactive=1\n");
    CHECK(parsePremiumBasis("member") == PremiumBasis::PerMember);
    CHECK(parsePremiumBasis("household") == PremiumBasis::PerHousehold);
    CHECK_FALSE(parsePremiumBasis("family"));
}

TEST_CASE("A household is its head and the active members who name them", "[premiums]")
{
    std::vector<Member> members = {person(10), person(11, 10), person(12, 10), person(13, 10), person(14),
                                   person(15, 14), person(16, 10, Date::fromYmd(2026, 6, 1))};
    members[3].active = false; // 13 left on 2026-01-01
    members[3].leftOn = Date::fromYmd(2026, 1, 1);
    CHECK(householdOf(10, members, Jan15) == std::vector<MemberId>{10, 11, 12});
    // Before 13 left, they counted; 16 counts once joined.
    CHECK(householdOf(10, members, Date::fromYmd(2025, 12, 31)) == std::vector<MemberId>{10, 11, 12, 13});
    CHECK(householdOf(10, members, Date::fromYmd(2026, 6, 1)) == std::vector<MemberId>{10, 11, 12, 16});
    CHECK(householdOf(14, members, Jan15) == std::vector<MemberId>{14, 15});
    CHECK(householdOf(99, members, Jan15).empty());
}

TEST_CASE("The price of a period: per member times the household, or per household", "[premiums]")
{
    Partner p = mutual();
    CHECK(periodPrice(p, 4) == 14000); // a household of 4 at 3 500 per member
    CHECK(periodPrice(p, 1) == 3500);
    p.basis = PremiumBasis::PerHousehold;
    p.premium = 9000;
    CHECK(periodPrice(p, 4) == 9000);
    p.basis = PremiumBasis::PerMember;
    p.premium = std::numeric_limits<std::int64_t>::max() / 2;
    CHECK_THROWS_AS(periodPrice(p, 3), MoneyError);
}

TEST_CASE("Coverage periods chain one after the other", "[premiums]")
{
    const Partner p = mutual();
    // No payment yet: the first period starts on the day asked about.
    Coverage c = coverageOf(p, 10, {}, 4, Jan15);
    CHECK_FALSE(c.coveredUntil);
    CHECK(c.nextStart == Jan15);
    CHECK(c.nextEnd == Date::fromYmd(2027, 1, 14));
    CHECK(c.owedForNext() == 14000);

    std::vector<PremiumPayment> payments = {paid(1, Jan15, 14000, Jan15, Date::fromYmd(2027, 1, 14))};
    c = coverageOf(p, 10, payments, 4, Date::fromYmd(2026, 12, 20));
    REQUIRE(c.coveredUntil);
    CHECK(*c.coveredUntil == Date::fromYmd(2027, 1, 14));
    CHECK(c.coveredOn(Date::fromYmd(2027, 1, 14)));
    CHECK_FALSE(c.coveredOn(Date::fromYmd(2027, 1, 15)));
    // Renewed early: the next period starts the day after the last one ends.
    CHECK(c.nextStart == Date::fromYmd(2027, 1, 15));
    CHECK(c.nextEnd == Date::fromYmd(2028, 1, 14));
    // A household that grew to 5 pays for 5.
    CHECK(coverageOf(p, 10, payments, 5, Date::fromYmd(2026, 12, 20)).nextPrice == 17500);

    // A payment dated after the day asked about does not count yet.
    c = coverageOf(p, 10, payments, 4, Date::fromYmd(2026, 1, 14));
    CHECK_FALSE(c.coveredUntil);

    // A reversed payment does not count.
    payments[0].reversed = true;
    c = coverageOf(p, 10, payments, 4, Date::fromYmd(2026, 2, 1));
    CHECK_FALSE(c.coveredUntil);
    CHECK(c.nextStart == Date::fromYmd(2026, 2, 1));
}

TEST_CASE("With partial payments a period is complete once its price is paid", "[premiums]")
{
    Partner p = mutual();
    p.partialPayments = true;
    const Date end = Date::fromYmd(2027, 1, 14);
    std::vector<PremiumPayment> payments = {paid(1, Jan15, 5000, Jan15, end)};
    Coverage c = coverageOf(p, 10, payments, 4, Date::fromYmd(2026, 2, 15));
    CHECK_FALSE(c.coveredUntil);
    CHECK(c.nextStart == Jan15); // the part-paid period is completed first
    CHECK(c.nextEnd == end);
    CHECK(c.nextPrice == 14000);
    CHECK(c.paidTowardsNext == 5000);
    CHECK(c.owedForNext() == 9000);

    PremiumPayment rest = paid(2, Date::fromYmd(2026, 2, 15), 9000, Jan15, end);
    CHECK(checkPremiumPayment(p, rest, c, false, 5).empty());
    payments.push_back(rest);
    c = coverageOf(p, 10, payments, 4, Date::fromYmd(2026, 2, 15));
    REQUIRE(c.coveredUntil);
    CHECK(*c.coveredUntil == end);
    CHECK(c.paidTowardsNext == 0);
    CHECK(c.nextStart == Date::fromYmd(2027, 1, 15));

    // The price is the one of the household when the period was started: a fifth member
    // joining mid-way does not change what completes it.
    payments.pop_back();
    c = coverageOf(p, 10, payments, 5, Date::fromYmd(2026, 2, 15));
    CHECK(c.owedForNext() == 9000);
}

TEST_CASE("A premium payment is refused for each rule it breaks", "[premiums]")
{
    Partner p = mutual();
    const Coverage c = coverageOf(p, 10, {}, 4, Jan15);
    PremiumPayment pay = paid(0, Jan15, 14000, c.nextStart, c.nextEnd);
    pay.receiptNumber = "Q-001";
    CHECK(checkPremiumPayment(p, pay, c, false, 5).empty());

    CHECK(codes(checkPremiumPayment(p, pay, c, true, 5)) == std::vector<std::string>{"premium.receipt_taken"});
    PremiumPayment noReceipt = pay;
    noReceipt.receiptNumber = " ";
    CHECK(codes(checkPremiumPayment(p, noReceipt, c, false, 5)) == std::vector<std::string>{"premium.receipt_required"});

    PremiumPayment unknown = pay;
    unknown.productCode = "MSAF-XXL";
    CHECK(codes(checkPremiumPayment(p, unknown, c, false, 5)) == std::vector<std::string>{"premium.unknown_product"});

    Partner inactive = p;
    inactive.active = false;
    CHECK(codes(checkPremiumPayment(inactive, pay, c, false, 5)) == std::vector<std::string>{"premium.partner_inactive"});

    // Without partial payments the amount is exactly the period's price.
    PremiumPayment part = pay;
    part.amount = 5000;
    const Problems notPrice = checkPremiumPayment(p, part, c, false, 5);
    CHECK(codes(notPrice) == std::vector<std::string>{"premium.not_price"});
    CHECK(notPrice.front().args == std::vector<std::string>{"14000", "5000"});

    // With them, at most what the period still needs.
    p.partialPayments = true;
    CHECK(checkPremiumPayment(p, part, c, false, 5).empty());
    PremiumPayment over = pay;
    over.amount = 14005;
    CHECK(codes(checkPremiumPayment(p, over, c, false, 5)) == std::vector<std::string>{"premium.overpaid"});

    PremiumPayment odd = pay;
    odd.amount = 5001;
    CHECK(has(checkPremiumPayment(p, odd, c, false, 5), "premium.amount_unit"));
    PremiumPayment zero = pay;
    zero.amount = 0;
    CHECK(codes(checkPremiumPayment(p, zero, c, false, 5)) == std::vector<std::string>{"premium.amount_positive"});
    PremiumPayment nobody = pay;
    nobody.membersCovered = 0;
    CHECK(has(checkPremiumPayment(p, nobody, c, false, 5), "premium.no_members"));
}

TEST_CASE("A remittance is at most what is held, with the mutual's receipt", "[premiums]")
{
    PremiumRemittance r;
    r.partner = 1;
    r.date = Jan15;
    r.amount = 10000;
    r.mutualReceipt = "MSAF-2026-0042";
    CHECK(checkRemittance(r, 14000, false, 5).empty());
    CHECK(checkRemittance(r, 10000, false, 5).empty());
    const Problems above = checkRemittance(r, 9995, false, 5);
    CHECK(codes(above) == std::vector<std::string>{"remittance.above_held"});
    CHECK(above.front().args == std::vector<std::string>{"9995", "10000"});
    CHECK(codes(checkRemittance(r, 14000, true, 5)) == std::vector<std::string>{"remittance.receipt_taken"});
    r.mutualReceipt = "";
    CHECK(codes(checkRemittance(r, 14000, false, 5)) == std::vector<std::string>{"remittance.receipt_required"});
    r.mutualReceipt = "M1";
    r.amount = -5;
    CHECK(has(checkRemittance(r, 14000, false, 5), "remittance.amount_positive"));
}

TEST_CASE("Payloads of payments and remittances are canonical text", "[premiums]")
{
    PremiumPayment p = paid(7, Jan15, 14000, Jan15, Date::fromYmd(2027, 1, 14));
    p.entrySeq = 99;
    const std::string payload = premiumPayload(p);
    CHECK(payload == "format=premium/1\npartner=1\nhead=10\nproductCode=MSAF-FAM\ndate=2026-01-15\namount=14000\n"
                     "receiptNumber=R7\nperiodStart=2026-01-15\nperiodEnd=2027-01-14\nmembersCovered=4\n");
    PremiumRemittance r;
    r.partner = 1;
    r.date = Jan15;
    r.amount = 7000;
    r.mutualReceipt = "MSAF-1";
    r.note = "line\nbreak";
    CHECK(remittancePayload(r) ==
          "format=premium_remittance/1\npartner=1\ndate=2026-01-15\namount=7000\nmutualReceipt=MSAF-1\nnote=line\\nbreak\n");
}
