// The demo's health insurance story: the group collects premiums for the Mutuelle de santé
// And Fagaru. Households whose head the mutual has numbered paid at the third and fourth
// meetings; the treasurer took the third meeting's premiums to the mutual's office a week
// later, so the fourth meeting's premiums are still held (the dashboard shows them).
#include "core/demo/demo_premiums.h"

namespace tontine::demo {

namespace {

constexpr int kFirstPremiums = 2;  // 0-based meeting indices
constexpr int kSecondPremiums = 3;
constexpr const char* kMutualReceipt = "MSAF-2026-0117";

struct DemoPremium {
    DemoPerson payer; // any member of the household; recorded for its head
    const char* receipt;
};

// Who paid at each of the two meetings, with the group's receipt numbers.
const DemoPremium kFirst[] = {
    {AwaDiop, "AF-001"}, {MoussaNdiaye, "AF-002"}, {ModouNgom, "AF-003"}, {IbrahimaSarr, "AF-004"}};
const DemoPremium kSecond[] = {
    {CheikhTidianeGueye, "AF-005"}, {OusmaneBa, "AF-006"}, {RokhayaMbaye, "AF-007"}, {FatouFaye, "AF-008"}};

} // namespace

PartnerId addDemoPartner(Book& book, const Date& on)
{
    Partner p;
    p.name = "Mutuelle de santé And Fagaru";
    p.payerName = book.settings().name;
    p.productCodes = {"MSAF-FAM"};
    p.basis = PremiumBasis::PerMember;
    p.premium = 3500;
    p.periodMonths = 12;
    p.paymentType = "C";
    p.contributionCategory = "C";
    p.exportProfile = "openimis-insurees";
    p.partialPayments = false;
    return book.savePartner(p, Actor{kTreasurer, on});
}

void runDemoPremiums(Book& book, const DemoRoster& roster, PartnerId partner, int meetingIndex, const Date& date)
{
    const Actor treasurer{kTreasurer, date};
    auto pay = [&](const DemoPremium& p) {
        const MemberId member = roster[p.payer];
        // Each household pays exactly the price of its period (the mutual takes no parts).
        const Coverage coverage = book.coverage(partner, member, date);
        book.payPremium(partner, member, coverage.owedForNext(), p.receipt, "", treasurer);
    };
    if (meetingIndex == kFirstPremiums)
        for (const auto& p : kFirst)
            pay(p);
    if (meetingIndex == kSecondPremiums)
        for (const auto& p : kSecond)
            pay(p);
}

void remitDemoPremiums(Book& book, PartnerId partner, int meetingIndex, const Date& date)
{
    if (meetingIndex != kSecondPremiums)
        return;
    // What the first meeting collected, taken to the mutual a week after the second.
    std::int64_t amount = 0;
    for (const auto& p : book.premiumPayments(partner))
        if (p.date < date)
            amount += p.amount;
    const Date day = date.addDays(7);
    book.remitPremiums(partner, amount, kMutualReceipt, "Versé au bureau de la mutuelle à Thiès",
                       Actor{kTreasurer, day});
}

} // namespace tontine::demo
