// The fund's papers rendered to PDF and read back: the monthly report with its charts, the
// collection sheet in landscape, the meeting summary, the share-out and a loan's schedule.
#include "pdf_reader.h"
#include "print_fixtures.h"

#include "core/report/collection_sheet.h"
#include "core/report/fund_report.h"
#include "ui/charts/dashboard_charts.h"
#include "ui/print/document_printer.h"
#include "ui/print/report_documents.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace tontine;
using namespace tontine::test;
using namespace tontine::ui;

namespace {

QString render(const PrintDocument& doc, QTemporaryDir& dir, const QString& name, PaperSize paper = PaperSize::A4)
{
    const QString path = dir.filePath(name);
    DocumentPrinter::writePdf(doc, path, paper);
    return path;
}

FundMonthlyReport fundReport()
{
    FundMonthlyReport r;
    r.fundName = "Tontine des femmes de Thiès";
    r.currencyCode = "XOF";
    r.language = "fr";
    r.month = Month{2026, 10};
    r.meetingsHeld = 2;
    r.cashAndBank = {{"cash", "", 310000, 452500}};
    r.flows = {{"rotation-contribution", 12, 240000, 0}, {"loan-repayment", 3, 37500, 0}, {"rotation-payout", 1, 0, 125000}};
    r.totalIn = 277500;
    r.totalOut = 125000;
    r.funds = {{"rotation:2", "Tour du marché", 50000, 165000}, {"social", "", 81000, 87000}, {"loans", "", 400000, 362500}};
    r.portfolio.loans = 3;
    r.portfolio.outstanding = 362500;
    r.portfolio.atRisk30 = 100000;
    r.portfolio.par30BasisPoints = 2759;
    r.portfolio.loansByBucket = {1, 1, 1, 0, 0};
    r.portfolio.outstandingByBucket = {162500, 100000, 100000, 0, 0};
    r.arrears = {{7, "Awa Diop", "rotation:2", "Tour du marché", 25000, 12}, {9, "Fatou Fall", "loan:4", "", 33500, 41}};
    r.rotations = {{2, "Tour du marché", "collecting", 10, 4, 25000, 5, Date::fromYmd(2026, 11, 7), "Mariama Ba"},
                   {3, "Tour des jeunes", "upcoming", 6, 0, 0, 1, Date::fromYmd(2026, 12, 5), ""}};
    r.charts.from = Date::fromYmd(2025, 11, 1);
    r.charts.to = Date::fromYmd(2026, 10, 31);
    for (int m = 0; m < 12; ++m) {
        const Date d = Date::fromYmd(2025, 11, 28).addMonths(m);
        r.charts.cash.push_back({d, 200000 + 20000 * m});
        r.charts.socialFund.push_back({d, 60000 + 2000 * m});
        r.charts.portfolio.push_back({d, 300000 + 5000 * m, m > 9 ? 100000 : 0});
        r.charts.collections.push_back({100 + m, d, 120000, 110000 + 500 * m});
    }
    r.charts.rotations = {{2, "Tour du marché", 10, 4, 1000000, 2500000}};
    r.chainHead = chainHead(318, 0x3c);
    return r;
}

} // namespace

TEST_CASE("The fund report shows every section's figures, PAR30, the chain head and its charts", "[print][report]")
{
    QTemporaryDir dir;
    const PrintDocument doc = fundReportDocument(fundReport(), fundSettings());
    REQUIRE(doc.parts.size() == 2);
    CHECK(doc.parts[1].images.size() == 5);
    for (const QImage& image : doc.parts[1].images)
        CHECK_FALSE(image.isNull());
    const QString path = render(doc, dir, QStringLiteral("report.pdf"));
    const QStringList pages = pdfPages(path);
    REQUIRE(pages.size() >= 2);
    const QString all = pages.join(QString());
    CHECK(all.contains(QStringLiteral("Monthly report — octobre 2026")));
    CHECK(all.contains(QStringLiteral("452 500 F CFA")));      // cash at the end
    CHECK(all.contains(QStringLiteral("277 500 F CFA")));      // money in
    CHECK(all.contains(QStringLiteral("Rotation pot: Tour du marché")));
    CHECK(all.contains(QStringLiteral("362 500 F CFA")));      // principal outstanding
    CHECK(all.contains(QStringLiteral("27.59 %")));            // PAR30
    CHECK(all.contains(QStringLiteral("Fatou Fall")));
    CHECK(all.contains(QStringLiteral("Loan no. 4")));
    CHECK(all.contains(QStringLiteral("Mariama Ba")));
    CHECK(all.contains(QStringLiteral("318-3c3d3e3f")));
    // A rotation's status in words, not core's code.
    CHECK(all.contains(QStringLiteral("not started")));
    CHECK_FALSE(all.contains(QStringLiteral("upcoming")));
    // The charts start on their own page, each with its title.
    const std::vector<int> counts = DocumentPrinter::pageCounts(doc, PaperSize::A4);
    const QString& chartsPage = pages[static_cast<qsizetype>(counts[0])];
    CHECK(chartsPage.contains(QStringLiteral("Charts")));
    CHECK(chartsPage.contains(dashboardChartTitle(DashboardChart::Cash)));
}

TEST_CASE("The collection sheet is landscape, with what each member owes and blank boxes to fill in", "[print][sheet]")
{
    QTemporaryDir dir;
    CollectionSheet sheet;
    sheet.fundName = "Tontine des femmes de Thiès";
    sheet.currencyCode = "XOF";
    sheet.language = "fr";
    sheet.meetingDate = Date::fromYmd(2026, 11, 7);
    sheet.columns = {{"rotation:2", "Tour du marché"}, {"social", ""}, {"loans", ""}};
    for (int i = 1; i <= 30; ++i) {
        SheetRow row;
        row.member = member(i, "Fall" + std::to_string(i), "Ndeye");
        row.owed = {25000, 1000, i % 3 == 0 ? 33500 : 0};
        row.total = 26000 + (i % 3 == 0 ? 33500 : 0);
        sheet.rows.push_back(row);
        sheet.total += row.total;
    }
    sheet.columnTotals = {750000, 30000, 335000};
    sheet.chainHead = chainHead(320, 0x01);
    const PrintDocument doc = collectionSheetDocument(sheet, fundSettings());
    CHECK(doc.orientation == QPageLayout::Landscape);
    const QString path = render(doc, dir, QStringLiteral("sheet.pdf"));
    const QString size = pdfInfo(path, QStringLiteral("Page size"));
    CHECK(size.startsWith(QStringLiteral("842 x 595")));   // A4 turned sideways
    CHECK(size.contains(QStringLiteral("(A4)")));
    const QStringList pages = pdfPages(path);
    const QString all = pages.join(QString());
    CHECK(all.contains(QStringLiteral("7 nov. 2026")));
    CHECK(all.contains(QStringLiteral("Tour du marché")));
    CHECK(all.contains(QStringLiteral("Ndeye Fall30")));
    CHECK(all.contains(QStringLiteral("59 500 F CFA")));     // a member's total with a loan instalment
    CHECK(all.contains(QStringLiteral("1 115 000 F CFA")));  // the sheet's total
    CHECK(all.contains(QStringLiteral("320-01020304")));
    for (const QString& page : pages) {
        if (!page.contains(QStringLiteral("Ndeye Fall")))
            continue;
        CHECK(page.contains(QStringLiteral("Paid")));      // the header repeats on every page of the table
        CHECK(page.contains(QStringLiteral("Signature")));
    }
}

TEST_CASE("The printed meeting summary names members, amounts, dues and its chain head", "[print][meeting]")
{
    QTemporaryDir dir;
    MeetingSummary s;
    s.meeting.id = 41;
    s.meeting.date = Date::fromYmd(2026, 10, 3);
    s.meeting.status = MeetingStatus::Closed;
    s.meeting.openedBy = "Khady";
    s.meeting.closedBy = "Khady";
    s.meeting.openingExpected = s.meeting.openingCounted = 310000;
    s.meeting.closingExpected = s.meeting.closingCounted = 335000;
    s.attendance = {{41, 1, AttendanceStatus::Present, 0}, {41, 2, AttendanceStatus::Absent, 500}};
    MeetingSummary::Line line;
    line.seq = 300;
    line.kind = "rotation-contribution";
    line.memo = "Round 4";
    line.member = 1;
    line.cashIn = 25000;
    s.lines = {line};
    s.totalIn = 25000;
    Due due;
    due.member = 2;
    due.kind = "fine:absent";
    due.amount = 500;
    due.dueOn = s.meeting.date;
    s.outstandingDues = {due};
    s.chainHead = "300-aabbccdd";
    const std::vector<Member> members = {member(1, "Diop", "Awa"), member(2, "Sarr", "Binta")};
    const QString path = render(meetingSummaryDocument(s, members, fundSettings(), chainHead(305, 0x10)), dir,
                                QStringLiteral("meeting.pdf"));
    const QString all = pdfPages(path).join(QString());
    CHECK(all.contains(QStringLiteral("Meeting summary — 3 oct. 2026")));
    CHECK(all.contains(QStringLiteral("Awa Diop (1)")));
    CHECK(all.contains(QStringLiteral("Binta Sarr (2)")));
    CHECK(all.contains(QStringLiteral("25 000 F CFA")));
    CHECK(all.contains(QStringLiteral("300-aabbccdd")));
    CHECK(all.contains(QStringLiteral("305-10111213"))); // the books have grown since
    CHECK(all.contains(QStringLiteral("page 1 / 1")));
}

TEST_CASE("The share-out report shows where the amount comes from and each member's part", "[print][shareout]")
{
    QTemporaryDir dir;
    SavingsCycle cycle;
    cycle.id = 1;
    cycle.name = "Cycle 2026";
    cycle.start = Date::fromYmd(2026, 1, 1);
    cycle.end = Date::fromYmd(2026, 12, 31);
    ShareOutPlan plan;
    plan.cycle = cycle;
    plan.date = Date::fromYmd(2026, 12, 5);
    plan.meetings = 24;
    plan.fund.savings = 300000;
    plan.fund.earnings = 45000;
    plan.fund.books = 345000;
    plan.fund.cashExpected = 345000;
    plan.fund.amountShared = 345000;
    plan.result.totalShares = 60;
    plan.result.lines = {{1, 40, 200000, 200000, 230000, 0, 230000, 0, false},
                         {2, 20, 100000, 100000, 115000, 15000, 100000, 0, true}};
    const std::vector<Member> members = {member(1, "Diop", "Awa"), member(2, "Sarr", "Binta")};
    const QString path = render(shareOutDocument(cycle, plan, members, fundSettings(), chainHead(400, 0x20)), dir,
                                QStringLiteral("shareout.pdf"));
    const QString all = pdfPages(path).join(QString());
    CHECK(all.contains(QStringLiteral("Share-out — Cycle 2026")));
    CHECK(all.contains(QStringLiteral("PREVIEW")));
    CHECK(all.contains(QStringLiteral("345 000 F CFA")));
    CHECK(all.contains(QStringLiteral("Binta Sarr")));
    CHECK(all.contains(QStringLiteral("230 000 F CFA")));
    CHECK(all.contains(QStringLiteral("330 000 F CFA"))); // paid out in all
    CHECK(all.contains(QStringLiteral("400-20212223")));
}

TEST_CASE("A loan's schedule shows each instalment, what was paid and which is late", "[print][loan]")
{
    QTemporaryDir dir;
    Loan loan;
    loan.id = 4;
    loan.borrower = 9;
    loan.product.name = "Ordinary loan";
    loan.product.rateBasisPoints = 150;
    loan.principal = 300000;
    loan.status = LoanStatus::Active;
    loan.disbursedOn = Date::fromYmd(2026, 7, 1);
    std::vector<Instalment> schedule;
    for (int i = 1; i <= 3; ++i)
        schedule.push_back({i, Date::fromYmd(2026, 7, 1).addMonths(i), 100000, 4500});
    LoanPosition position;
    position.on = Date::fromYmd(2026, 10, 15);
    for (const Instalment& i : schedule) {
        InstalmentStatus s;
        s.instalment = i;
        if (i.number == 1) {
            s.principalPaid = i.principal;
            s.interestPaid = i.interest;
            s.settledOn = i.dueOn;
        } else {
            s.daysLate = (position.on.days() - i.dueOn.days());
        }
        position.instalments.push_back(s);
    }
    position.principalOutstanding = 200000;
    position.principalDue = 200000;
    position.interestDue = 9000;
    const QString path = render(loanScheduleDocument(loan, schedule, position, member(9, "Fall", "Fatou"), fundSettings(),
                                                     position.on),
                                dir, QStringLiteral("loan.pdf"));
    const QString all = pdfPages(path).join(QString());
    CHECK(all.contains(QStringLiteral("Fatou Fall")));
    CHECK(all.contains(QStringLiteral("Ordinary loan")));
    CHECK(all.contains(QStringLiteral("1.5 % a month")));
    CHECK(all.contains(QStringLiteral("104 500 F CFA")));
    CHECK(all.contains(QStringLiteral("paid on 1 août 2026")));
    CHECK(all.contains(QStringLiteral("LATE, 44 days")));
    CHECK(all.contains(QStringLiteral("209 000 F CFA"))); // due now to be up to date
}
