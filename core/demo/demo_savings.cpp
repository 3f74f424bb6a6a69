// The demo's savings group and social fund (see demo_savings.h). Chances come from the
// fund's own pseudo-random sequence (demo_random.h), drawn in a fixed order.
#include "core/demo/demo_savings.h"

namespace tontine::demo {

namespace {

// Committee members who approve grants and social loans: the secretary and the eldest founder.
constexpr DemoPerson kApproverA = MoussaNdiaye;
constexpr DemoPerson kApproverB = IbrahimaSarr;

constexpr int kGrantMeeting = 4;      // Fatou Faye's illness
constexpr int kLoanMeeting = 5;       // Cheikh Tidiane Gueye borrows, repays at 7 and 8
constexpr int kWithdrawalMeeting = 6; // Ousmane Ba takes some savings out
constexpr int kSecondLoanMeeting = 9; // Coumba Sow borrows; netted off at the share-out

void lend(Book& book, const DemoRoster& roster, DemoPerson who, std::int64_t amount, const Date& date, int months,
          const char* note)
{
    SocialLoanRequest loan;
    loan.borrower = roster[who];
    loan.amount = amount;
    loan.dueOn = date.addMonths(months);
    loan.approvers = {roster[kApproverA], roster[kApproverB]};
    loan.note = note;
    book.lendSocial(loan, Actor{kTreasurer, date});
}

void repaySocialLoan(Book& book, MemberId member, std::int64_t amount, const Date& date)
{
    for (const Due& due : book.dues(member, true))
        if (due.kind == "social-loan") {
            book.payDue(due.id, std::min(amount, due.outstanding()), Actor{kTreasurer, date});
            return;
        }
}

} // namespace

SavingsCycleId startDemoSavings(Book& book, const Date& createdOn)
{
    const Actor treasurer{kTreasurer, createdOn};
    SocialRules rules = defaultSocialRules();
    rules.contribution = kSocialContribution;
    rules.approvalsRequired = 2;
    rules.loansAllowed = true;
    rules.loanMax = 25000;
    rules.events = {SocialEventRule{SocialEvent::Illness, false, 15000},
                    SocialEventRule{SocialEvent::DeathOfMember, true, 50000},
                    SocialEventRule{SocialEvent::DeathOfRelative, true, 25000},
                    SocialEventRule{SocialEvent::Birth, true, 10000},
                    SocialEventRule{SocialEvent::Wedding, true, 10000},
                    SocialEventRule{SocialEvent::Other, false, 10000}};
    book.setSocialRules(rules, treasurer);

    SavingsCycle cycle;
    cycle.name = "Cycle 1";
    cycle.start = createdOn;
    cycle.end = createdOn.addMonths(kMeetings - 1); // shared out at the last meeting
    cycle.sharePrice = kSharePrice;
    cycle.minShares = 1;
    cycle.maxShares = 5;
    cycle.withdrawalsAllowed = true;
    cycle.loanRule = LoanAtShareOut::NetOff;
    return book.createSavingsCycle(cycle, treasurer);
}

void runDemoSavings(Book& book, SavingsCycleId cycle, const DemoRoster& roster, int m, const Date& date,
                    const DemoAttendance& attendance, DemoRandom& random)
{
    const Actor treasurer{kTreasurer, date};
    // Social contributions: one draw per outstanding contribution, in the order of the dues.
    for (const Due& due : book.dues(std::nullopt, true)) {
        if (due.kind != "social")
            continue;
        const int r = random.below(100);
        if (!inTheRoom(attendance, due.member))
            continue;
        if (r < 85 || (due.meeting && due.dueOn < date && r < 95))
            book.paySocialContribution(due.member, due.outstanding(), treasurer);
    }
    // Shares: most members in the room buy one to five; one draw per member listed.
    for (const auto& [member, status] : attendance) {
        const int r = random.below(100);
        if (!inTheRoom(attendance, member) || r >= 90)
            continue;
        book.buyShares(cycle, member, 1 + r % 5, treasurer);
    }
    if (m == kGrantMeeting) {
        SocialGrant grant;
        grant.event = SocialEvent::Illness;
        grant.beneficiary = roster[FatouFaye];
        grant.amount = 7500;
        grant.note = "hospital in Thiès, malaria";
        grant.approvers = {roster[kApproverA], roster[kApproverB]};
        book.recordGrant(grant, treasurer);
    }
    if (m == kLoanMeeting)
        lend(book, roster, CheikhTidianeGueye, 10000, date, 3, "school fees");
    if (m == kLoanMeeting + 2)
        repaySocialLoan(book, roster[CheikhTidianeGueye], 5000, date);
    if (m == kLoanMeeting + 3)
        repaySocialLoan(book, roster[CheikhTidianeGueye], 5000, date);
    if (m == kWithdrawalMeeting)
        book.withdrawSavings(cycle, roster[OusmaneBa], 5000, treasurer);
    if (m == kSecondLoanMeeting)
        lend(book, roster, CoumbaSow, 6000, date, 4, "roof repair after the rains");
}

void shareOutDemoCycle(Book& book, SavingsCycleId cycle, const DemoRoster& roster, const Date& date)
{
    ShareOutOptions options;
    options.rule = ShareOutRule::Standard;
    options.basis = ShareOutBasis::Books;
    // Two members leave part of their payout to start the next cycle with; guarantors of
    // loans still being repaid keep their pledged savings in the fund (the plan does that).
    options.reinvest = {{roster[MariamaSene], 10000}, {roster[ClaudineUwimana], 5000}};
    book.commitShareOut(cycle, options, Actor{kTreasurer, date});
}

void startNextDemoCycle(Book& book, const Date& lastMeeting)
{
    SavingsCycle next;
    next.name = "Cycle 2";
    next.start = lastMeeting.addDays(1);
    next.end = lastMeeting.addMonths(12);
    next.sharePrice = kSharePrice;
    next.minShares = 1;
    next.maxShares = 5;
    next.withdrawalsAllowed = true;
    next.loanRule = LoanAtShareOut::NetOff;
    book.createSavingsCycle(next, Actor{kTreasurer, lastMeeting});
}

} // namespace tontine::demo
