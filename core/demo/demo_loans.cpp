// The demo's loans (see demo_loans.h). Amounts are chosen within each borrower's limit and
// each guarantor's savings at the time, so every request passes the same checks a treasurer's
// would; the story is told meeting by meeting, in the order a treasurer would record it.
#include "core/demo/demo_loans.h"

#include "core/demo/demo_meetings.h"

namespace tontine::demo {

namespace {

// The loan committee: the secretary, the eldest founder and Mariama Sène.
constexpr DemoPerson kCommittee[] = {MoussaNdiaye, IbrahimaSarr, MariamaSene};

std::vector<MemberId> approvers(const DemoRoster& roster, DemoPerson a, DemoPerson b)
{
    return {roster[a], roster[b]};
}

LoanId lend(Book& book, const DemoRoster& roster, DemoPerson borrower, LoanProductId product, std::int64_t amount,
            int months, std::vector<CustomInstalment> custom, const char* purpose,
            std::vector<GuarantorPledge> guarantors, const Actor& actor, bool payOut = true)
{
    LoanRequest request;
    request.borrower = roster[borrower];
    request.product = product;
    request.principal = amount;
    request.termMonths = months;
    request.custom = std::move(custom);
    request.purpose = purpose;
    request.guarantors = std::move(guarantors);
    const LoanId id = book.requestLoan(request, actor);
    if (!payOut)
        return id;
    book.approveLoan(id, approvers(roster, kCommittee[0], kCommittee[1]), actor);
    book.disburseLoan(id, actor);
    return id;
}

// Pays what is due today on a loan, if anything.
void payDue(Book& book, LoanId loan, const Actor& actor, int percent = 100)
{
    const auto position = book.loanPosition(loan, actor.date);
    const std::int64_t unit = book.settings().roundingUnit;
    const std::int64_t amount = position.dueToday() * percent / 100 / unit * unit;
    if (amount > 0)
        book.repayLoan(loan, amount, actor);
}

void startProducts(Book& book, DemoLoanStory& story, const Actor& actor)
{
    LoanProduct ordinary;
    ordinary.name = "Prêt ordinaire";
    ordinary.rateBasisPoints = 100;
    ordinary.method = LoanMethod::Declining;
    ordinary.minTermMonths = 1;
    ordinary.maxTermMonths = 12;
    ordinary.savingsMultiplePercent = 300;
    ordinary.maxAmount = 300000;
    ordinary.guarantorsRequired = 2;
    ordinary.pledgeBasisPoints = 5000;
    ordinary.penalty.kind = PenaltyRule::Kind::Percent;
    ordinary.penalty.basisPoints = 200;
    ordinary.penalty.perPeriod = true;
    ordinary.penalty.periodDays = 30;
    ordinary.penalty.graceDays = 7;
    ordinary.topUpAllowed = true;
    ordinary.topUpMinRepaidPercent = 50;
    story.ordinary = book.saveLoanProduct(ordinary, actor);

    LoanProduct harvest;
    harvest.name = "Prêt campagne agricole";
    harvest.rateBasisPoints = 100;
    harvest.method = LoanMethod::Custom;
    harvest.minTermMonths = 1;
    harvest.maxTermMonths = 10;
    harvest.savingsMultiplePercent = 300;
    harvest.maxAmount = 200000;
    harvest.guarantorsRequired = 1;
    harvest.pledgeBasisPoints = 10000;
    harvest.penalty.kind = PenaltyRule::Kind::Fixed;
    harvest.penalty.amount = 1000;
    harvest.penalty.graceDays = 7;
    story.harvest = book.saveLoanProduct(harvest, actor);

    LoanProduct purchase;
    purchase.name = "Achat garanti par le groupe";
    purchase.rateBasisPoints = 100;
    purchase.method = LoanMethod::Flat;
    purchase.minTermMonths = 1;
    purchase.maxTermMonths = 12;
    purchase.savingsMultiplePercent = 0;
    purchase.maxAmount = 200000;
    purchase.guarantorsRequired = 0;
    purchase.pledgeBasisPoints = 0;
    purchase.penalty.kind = PenaltyRule::Kind::Percent;
    purchase.penalty.basisPoints = 200;
    purchase.penalty.graceDays = 7;
    story.purchase = book.saveLoanProduct(purchase, actor);
}

} // namespace

DemoLoanStory startDemoLoans(Book& book, const DemoRoster& roster, const Date& createdOn)
{
    const Actor treasurer{kTreasurer, createdOn};
    DemoLoanStory story;
    LoanRules rules = defaultLoanRules();
    for (DemoPerson p : kCommittee)
        rules.committee.push_back(roster[p]);
    rules.approvalsRequired = 2;
    rules.maxDaysLateToBorrow = 90;
    rules.guarantorExposurePercent = 100;
    book.setLoanRules(rules, treasurer);
    startProducts(book, story, treasurer);
    return story;
}

void runDemoLoans(Book& book, const DemoRoster& roster, DemoLoanStory& story, int m, const Date& date)
{
    const Actor treasurer{kTreasurer, date};
    const Date today = date.addMonths(kMeetings - m);
    switch (m) {
    case 1:
        story.repaid = lend(book, roster, NdeyeFatouNgom, story.ordinary, 60000, 3, {}, "Commerce de poisson",
                              {{roster[AwaDiop], 30000}, {roster[MoussaNdiaye], 30000}}, treasurer);
        break;
    case 2:
        story.defaulted = lend(book, roster, KhadyThiaw, story.ordinary, 30000, 3, {}, "Petit commerce",
                                 {{roster[CheikhTidianeGueye], 15000}, {roster[ChantalMbarga], 15000}}, treasurer);
        break;
    case 3: {
        GroupGuarantee mill;
        mill.member = roster[FatouFaye];
        mill.supplier = "Quincaillerie Sall, Thiès";
        mill.purpose = "Moulin à mil";
        mill.amount = 50000;
        mill.until = date.addMonths(3);
        mill.approvers = approvers(roster, MoussaNdiaye, MariamaSene);
        story.mill = book.createGuarantee(mill, treasurer);
        break;
    }
    case 5:
        // The mill was bought for cash after all: the supplier gives the group's word back.
        book.releaseGuarantee(story.mill, treasurer);
        story.late = lend(book, roster, ModouNgom, story.ordinary, 60000, 6, {}, "Élevage de moutons",
                            {{roster[NdeyeFatouNgom], 30000}, {roster[IbrahimaSarr], 30000}}, treasurer);
        break;
    case 6: {
        // Khady Thiaw has paid nothing since her first instalment: the committee declares the
        // default, her guarantors' pledged savings cover what they can, the rest is written off.
        book.declareDefault(story.defaulted, approvers(roster, MoussaNdiaye, IbrahimaSarr),
                            "Plus rien payé depuis deux mois ; partie à Dakar chercher du travail", treasurer);
        book.recoverFromGuarantors(story.defaulted, treasurer);
        if (const auto loan = book.loan(story.defaulted); loan && loan->status == LoanStatus::Defaulted)
            book.writeOffLoan(story.defaulted, approvers(roster, MoussaNdiaye, MariamaSene), treasurer);
        GroupGuarantee sewing;
        sewing.member = roster[CoumbaSow];
        sewing.supplier = "Atelier couture Diallo";
        sewing.purpose = "Machine à coudre";
        sewing.amount = 80000;
        sewing.until = date.addMonths(3);
        sewing.approvers = approvers(roster, IbrahimaSarr, MariamaSene);
        story.sewing = book.createGuarantee(sewing, treasurer);
        break;
    }
    case 7:
        // After the harvest: a quarter of it in two months, the rest when the groundnuts are sold.
        story.harvestLoan = lend(book, roster, AminataFall, story.harvest, 40000, 0,
                               {{date.addMonths(2), 15000}, {today.addMonths(2), 25000}}, "Arachide (campagne)",
                               {{roster[OusmaneBa], 40000}}, treasurer);
        break;
    case 8:
        // Coumba Sow could not pay the tailor: the group pays him and she repays the group.
        story.called = book.callGuarantee(story.sewing, 80000, story.purchase, 8, {}, treasurer);
        book.repayGuarantor(story.defaulted, roster[CheikhTidianeGueye], 5000, treasurer);
        break;
    case 10: {
        story.current = lend(book, roster, MariamaSene, story.ordinary, 100000, 10, {}, "Boutique de tissus",
                               {{roster[AwaDiop], 50000}, {roster[MoussaNdiaye], 50000}}, treasurer);
        GroupGuarantee seeds;
        seeds.member = roster[FatouFaye];
        seeds.supplier = "Coopérative agricole de Kaolack";
        seeds.purpose = "Engrais et semences pour l'hivernage";
        seeds.amount = 120000;
        seeds.until = today.addMonths(2);
        seeds.approvers = approvers(roster, MoussaNdiaye, IbrahimaSarr);
        book.createGuarantee(seeds, treasurer);
        break;
    }
    case 11:
        // Asked at the last meeting; the committee decides at today's.
        lend(book, roster, BabacarSeck, story.ordinary, 30000, 6, {}, "Atelier de menuiserie",
             {{roster[CoumbaSow], 15000}, {roster[RosaQuispe], 15000}}, treasurer, false);
        break;
    default:
        break;
    }
    // Repayments of the day: on time, except Modou Ngom (half at meeting 7, then nothing) and
    // Khady Thiaw (nothing after her first instalment).
    if (story.repaid && m > 1)
        if (const auto loan = book.loan(story.repaid); loan && loan->status == LoanStatus::Active)
            payDue(book, story.repaid, treasurer);
    if (story.defaulted && m == 3)
        payDue(book, story.defaulted, treasurer);
    if (story.late && (m == 6 || m == 7))
        payDue(book, story.late, treasurer, m == 6 ? 100 : 50);
    if (story.harvestLoan && m > 7)
        payDue(book, story.harvestLoan, treasurer);
    if (story.called && m > 8)
        payDue(book, story.called, treasurer);
    if (story.current && m > 10)
        payDue(book, story.current, treasurer);
}

} // namespace tontine::demo
