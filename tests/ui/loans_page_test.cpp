#include "tests/ui/loans_ui_fixture.h"
#include "ui/convert.h"
#include "ui/dialogs/call_guarantee_dialog.h"
#include "ui/dialogs/guarantee_dialog.h"
#include "ui/dialogs/guarantor_repay_dialog.h"
#include "ui/dialogs/loan_decision_dialog.h"
#include "ui/dialogs/loan_detail_dialog.h"
#include "ui/dialogs/loan_repay_dialog.h"
#include "ui/dialogs/new_loan_wizard.h"
#include "ui/dialogs/reschedule_dialog.h"
#include "ui/labels.h"
#include "ui/loan_labels.h"
#include "ui/models/guarantees_model.h"
#include "ui/models/loan_history_model.h"
#include "ui/models/loan_schedule_model.h"
#include "ui/models/loans_table_model.h"
#include "ui/models/portfolio_model.h"
#include "ui/pages/loans_page.h"
#include "ui/widgets/guarantees_panel.h"
#include "ui/widgets/portfolio_view.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace tontine;
using namespace tontine::ui;
using loans_ui_test::LoansUiFixture;
using loans_ui_test::whenModal;

namespace {
QString cell(const QAbstractItemModel& model, int row, int column) { return model.index(row, column).data().toString(); }

// Answers the next confirmation with its "Yes" button and keeps what it said.
void confirm(QString& shown)
{
    whenModal<QMessageBox>([&shown](QMessageBox* box) {
        shown = box->text();
        box->button(QMessageBox::Yes)->click();
    });
}
} // namespace

TEST_CASE("A loan goes from request to closure through the Loans page and its dialogs")
{
    LoansUiFixture f;
    LoansPage page(*f.session);
    QAbstractItemModelTester tester(page.loansModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // "New loan…" opens the wizard; the loan it requests is chosen in the list.
    whenModal<NewLoanWizard>([&](NewLoanWizard* w) {
        w->chooseBorrower(f.ndiaye);
        w->chooseProduct(f.product);
        w->setAmountText(QStringLiteral("60000"));
        w->setTermMonths(3);
        w->setPurpose(QStringLiteral("Trade"));
        w->setGuarantor(0, f.sarr, QStringLiteral("30000"));
        // What Finish does (the wizard's own tests drive its pages); a refusal fails below.
        static_cast<QDialog*>(w)->done(w->request() ? QDialog::Accepted : QDialog::Rejected);
    });
    page.findChild<QPushButton*>(QStringLiteral("newLoan"))->click();
    REQUIRE(f.book().loans().size() == 1);
    const LoanId id = f.book().loans().front().id;
    CHECK(page.currentLoan() == id);
    CHECK(page.statusText().contains(loanNumberText(id)));

    REQUIRE(page.loansModel()->rowCount() == 1);
    const LoansTableModel& m = *page.loansModel();
    CHECK(cell(m, 0, LoansTableModel::Number) == QStringLiteral("#%1").arg(id));
    CHECK(cell(m, 0, LoansTableModel::Borrower) == QStringLiteral("Awa Ndiaye"));
    CHECK(cell(m, 0, LoansTableModel::Product) == QStringLiteral("Ordinary loan"));
    CHECK(cell(m, 0, LoansTableModel::Purpose) == QStringLiteral("Trade"));
    CHECK(cell(m, 0, LoansTableModel::Principal) == f.money(60000));
    CHECK(cell(m, 0, LoansTableModel::Status) == loanStatusLabel(LoanStatus::Requested));

    LoanDetailDialog detail(*f.session, id);
    CHECK(detail.button(QStringLiteral("approve"))->isEnabled());
    CHECK(detail.button(QStringLiteral("cancelLoan"))->isEnabled());
    CHECK_FALSE(detail.button(QStringLiteral("disburse"))->isEnabled());
    CHECK_FALSE(detail.button(QStringLiteral("repay"))->isEnabled());
    CHECK(detail.guarantorsText().contains(QStringLiteral("Fatou Sarr")));
    CHECK(detail.guarantorsText().contains(f.money(30000)));

    // Nobody ticked: core's refusal is shown and the dialog stays; then two committee members
    // approve (the borrower is not offered: she is not on the committee).
    QString expected;
    try {
        f.book().approveLoan(id, {}, f.session->actor());
    } catch (const ValidationError& e) {
        expected = problemText(e.problems().front());
    }
    REQUIRE_FALSE(expected.isEmpty());
    QString refused;
    bool stayed = false;
    whenModal<LoanDecisionDialog>([&](LoanDecisionDialog* d) {
        d->decide();
        refused = d->problems();
        stayed = d->isVisible();
        d->setApprovers({f.ndiaye, f.sarr, f.diallo});
        d->decide();
    });
    detail.approve();
    CHECK(stayed);
    CHECK(refused.contains(expected));
    REQUIRE(f.book().loan(id)->status == LoanStatus::Approved);
    CHECK(f.book().loan(id)->approvers == std::vector<MemberId>{f.sarr, f.diallo});
    CHECK(cell(m, 0, LoansTableModel::Status) == loanStatusLabel(LoanStatus::Approved));
    CHECK_FALSE(detail.button(QStringLiteral("approve"))->isEnabled());

    // Paid out only at a meeting: the button says so until one is open.
    auto* disburse = detail.button(QStringLiteral("disburse"));
    CHECK_FALSE(disburse->isEnabled());
    CHECK(disburse->toolTip().contains(QStringLiteral("meeting")));
    f.openMeetingOn(Date::fromYmd(2026, 3, 1));
    REQUIRE(disburse->isEnabled());
    QString asked;
    confirm(asked);
    detail.disburse();
    CHECK(asked.contains(f.money(60000)));
    REQUIRE(f.book().loan(id)->status == LoanStatus::Active);
    REQUIRE(detail.scheduleModel()->rowCount() == 3);
    const LoanPosition start = f.book().loanPosition(id, Date::fromYmd(2026, 3, 1));
    CHECK(detail.scheduleModel()->index(0, LoanScheduleModel::DueOn).data().toString() ==
          dateText(start.instalments[0].instalment.dueOn));
    CHECK(cell(m, 0, LoansTableModel::Outstanding) == f.money(60000));
    f.closeMeeting();

    // Each month the repayment dialog offers what is due, and says where it went.
    for (int month = 4; month <= 5; ++month) {
        f.openMeetingOn(Date::fromYmd(2026, month, 1));
        const LoanPosition due = f.book().loanPosition(id, f.session->actor().date);
        REQUIRE(due.dueToday() > 0);
        QString offered, allocation;
        whenModal<LoanRepayDialog>([&](LoanRepayDialog* d) {
            offered = d->amountText();
            allocation = d->allocationText();
            d->repay();
        });
        detail.repay();
        CHECK(offered == plainMoneyText(due.dueToday(), f.session->currency()));
        CHECK(allocation.contains(f.money(due.interestDue)));
        CHECK(detail.statusText().contains(f.money(due.dueToday())));
        CHECK(f.book().loanPosition(id, f.session->actor().date).dueToday() == 0);
        f.closeMeeting();
    }
    CHECK(detail.historyModel()->rowCount() >= 2);

    // Paying more than the payoff is refused with core's words; then the payoff closes it.
    f.openMeetingOn(Date::fromYmd(2026, 6, 1));
    const LoanPosition last = f.book().loanPosition(id, f.session->actor().date);
    expected.clear();
    try {
        allocateRepayment(last, last.payoff() + 1000, 1, &f.book().settings().currency());
    } catch (const ValidationError& e) {
        expected = problemText(e.problems().front());
    }
    REQUIRE_FALSE(expected.isEmpty());
    LoanRepayDialog over(*f.session, *f.book().loan(id));
    over.setAmountText(plainMoneyText(last.payoff() + 1000, f.session->currency()));
    over.repay();
    CHECK(over.result() != QDialog::Accepted);
    CHECK(over.problems().contains(expected));
    CHECK(f.book().loanPosition(id, f.session->actor().date).payoff() == last.payoff());

    whenModal<LoanRepayDialog>([](LoanRepayDialog* d) {
        d->payOff();
        d->repay();
    });
    detail.repay();
    CHECK(f.book().loan(id)->status == LoanStatus::Repaid);
    CHECK(detail.statusText().contains(QStringLiteral("fully repaid")));
    CHECK_FALSE(detail.button(QStringLiteral("repay"))->isEnabled());

    // A repaid loan leaves the open list, and is in the full one.
    CHECK(page.loansModel()->rowCount() == 0);
    page.setShowAll(true);
    REQUIRE(page.loansModel()->rowCount() == 1);
    CHECK(cell(m, 0, LoansTableModel::Status) == loanStatusLabel(LoanStatus::Repaid));
}

TEST_CASE("A defaulted loan is recovered from its guarantors, repaid to them and written off")
{
    LoansUiFixture f;
    LoansPage page(*f.session);
    const LoanId id = f.request(f.fall, 40000, 2, "Agriculture", {{f.sarr, 20000}, {f.diallo, 20000}});
    f.book().approveLoan(id, {f.sarr, f.diallo}, f.session->actor());
    f.openMeetingOn(Date::fromYmd(2026, 3, 1));
    f.book().disburseLoan(id, f.session->actor());
    f.closeMeeting();

    // Nothing paid for months: late in words, and counted in the portfolio at risk.
    f.openMeetingOn(Date::fromYmd(2026, 7, 15));
    const LoanPosition pos = f.book().loanPosition(id, f.session->actor().date);
    REQUIRE(pos.daysLate > 90);
    REQUIRE(page.loansModel()->rowCount() == 1);
    CHECK(cell(*page.loansModel(), 0, LoansTableModel::DaysLate) == daysLateText(pos.daysLate));
    CHECK(cell(*page.loansModel(), 0, LoansTableModel::DaysLate).contains(QStringLiteral("days late")));
    CHECK(cell(*page.loansModel(), 0, LoansTableModel::Status).contains(QStringLiteral("late")));

    LoanDetailDialog detail(*f.session, id);
    CHECK(detail.positionText().contains(daysLateText(pos.daysLate)));
    CHECK(detail.positionText().contains(f.money(pos.payoff())));
    CHECK_FALSE(detail.button(QStringLiteral("recover"))->isEnabled());
    whenModal<LoanDecisionDialog>([&](LoanDecisionDialog* d) {
        d->setApprovers({f.sarr, f.diallo});
        d->setReason(QStringLiteral("left for Dakar"));
        d->decide();
    });
    detail.declareDefault();
    REQUIRE(f.book().loan(id)->status == LoanStatus::Defaulted);
    REQUIRE(detail.button(QStringLiteral("recover"))->isEnabled());

    // The split is shown before anything is taken, and is what Book then takes.
    const QString before = detail.recoveryConfirmationText();
    QString asked;
    confirm(asked);
    detail.recover();
    CHECK(asked == before);
    std::int64_t taken = 0;
    for (const GuarantorDebt& d : f.book().guarantorDebts()) {
        CHECK(d.loan == id);
        CHECK(asked.contains(f.money(d.recovered)));
        taken += d.recovered;
    }
    CHECK(taken > 0);
    CHECK(detail.guarantorsText().contains(QStringLiteral("owes the guarantors")));
    CHECK(detail.statusText().contains(QStringLiteral("Recovered")));

    // The borrower pays Sarr back what she is owed.
    REQUIRE(detail.button(QStringLiteral("repayGuarantor"))->isEnabled());
    whenModal<GuarantorRepayDialog>([&](GuarantorRepayDialog* d) {
        d->chooseGuarantor(f.sarr);
        d->repay();
    });
    detail.repayGuarantor();
    for (const GuarantorDebt& d : f.book().guarantorDebts(f.sarr))
        if (d.guarantor == f.sarr)
            CHECK(d.left() == 0);

    // What the pledges did not cover is written off.
    if (f.book().loan(id)->status == LoanStatus::Defaulted) {
        whenModal<LoanDecisionDialog>([&](LoanDecisionDialog* d) {
            d->setApprovers({f.sarr, f.diallo});
            d->decide();
        });
        detail.writeOff();
    }
    CHECK(f.book().loan(id)->status == LoanStatus::Closed);
}

TEST_CASE("The portfolio tab shows core's outstanding, ageing, PAR30 and guarantees")
{
    LoansUiFixture f;
    LoansPage page(*f.session);
    const LoanId early = f.request(f.ndiaye, 30000, 6, "Trade", {{f.sarr, 15000}});
    f.book().approveLoan(early, {f.sarr, f.diallo}, f.session->actor());
    f.openMeetingOn(Date::fromYmd(2026, 3, 1));
    f.book().disburseLoan(early, f.session->actor());
    f.closeMeeting();
    f.setDay(Date::fromYmd(2026, 5, 20));
    const LoanId later = f.request(f.diallo, 20000, 2, "School fees", {{f.fall, 10000}});
    f.book().approveLoan(later, {f.sarr, f.fall}, f.session->actor());
    f.openMeetingOn(Date::fromYmd(2026, 5, 20));
    f.book().disburseLoan(later, f.session->actor());
    f.session->notifyChanged();

    const Portfolio p = f.book().portfolio(f.session->actor().date);
    REQUIRE(p.loans == 2);
    REQUIRE(p.atRisk30 > 0); // the first loan has paid nothing for two instalments
    const QString figures = page.portfolioView()->figuresText();
    CHECK(figures.contains(f.money(p.outstanding)));
    CHECK(figures.contains(f.money(p.atRisk30)));
    CHECK(figures.contains(QStringLiteral("%1 %").arg(percentText(p.par30BasisPoints))));
    CHECK(page.summaryText().contains(QStringLiteral("%1 %").arg(percentText(p.par30BasisPoints))));
    const QAbstractItemModel& ageing = *page.portfolioView()->ageingModel();
    REQUIRE(ageing.rowCount() == AgeingBucketCount);
    for (int b = 0; b < AgeingBucketCount; ++b) {
        CHECK(ageing.index(b, 1).data().toInt() == p.loansByBucket[std::size_t(b)]);
        CHECK(ageing.index(b, 2).data(Qt::EditRole).toLongLong() == p.outstandingByBucket[std::size_t(b)]);
    }
    const QAbstractItemModel& purposes = *page.portfolioView()->purposesModel();
    REQUIRE(purposes.rowCount() == int(p.byPurpose.size()));
    CHECK(purposes.index(0, 0).data().toString() == QString::fromStdString(p.byPurpose[0].purpose));
}

TEST_CASE("The Loans page opens the chosen loan with Enter and fits a 1366×768 screen")
{
    LoansUiFixture f;
    LoansPage page(*f.session);
    const LoanId id = f.request(f.ndiaye, 60000, 3, "Trade with a long purpose text for the width", {{f.sarr, 30000}});
    auto* view = page.findChild<QTableView*>(QStringLiteral("loansTable"));
    REQUIRE(view);
    page.selectLoan(id);
    CHECK(page.currentLoan() == id);
    LoanId opened = 0;
    QSize needed;
    whenModal<LoanDetailDialog>([&](LoanDetailDialog* d) {
        opened = d->loanId();
        needed = d->minimumSizeHint();
        d->reject();
    });
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(opened == id);
    CHECK(needed.width() <= 1366);
    CHECK(needed.height() <= 768 - 60);
    CHECK(page.minimumSizeHint().width() <= 1366 - 260);
    CHECK(page.minimumSizeHint().height() <= 768 - 80);
}

TEST_CASE("Group guarantees are created, released and called from the Loans page")
{
    LoansUiFixture f;
    LoansPage page(*f.session);
    GuaranteesPanel* panel = page.guaranteesPanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* release = panel->findChild<QPushButton*>(QStringLiteral("releaseGuarantee"));
    auto* call = panel->findChild<QPushButton*>(QStringLiteral("callGuarantee"));
    REQUIRE(release);
    REQUIRE(call);

    // One approval is short of the two the rules require: core's message, nothing created.
    QString refused;
    whenModal<GuaranteeDialog>([&](GuaranteeDialog* d) {
        d->chooseMember(f.ndiaye);
        d->setSupplier(QStringLiteral("Coopérative agricole de Kaolack"));
        d->setPurpose(QStringLiteral("Fertiliser"));
        d->setAmountText(QStringLiteral("50000"));
        d->setUntil(Date::fromYmd(2026, 9, 30));
        d->setApprovers({f.sarr});
        d->create();
        refused = d->problems();
        d->setApprovers({f.sarr, f.diallo});
        d->create();
    });
    panel->create();
    CHECK(refused.contains(QStringLiteral("approv"), Qt::CaseInsensitive));
    REQUIRE(f.book().guarantees().size() == 1);
    const GuaranteeId first = f.book().guarantees().front().id;
    CHECK(f.book().guarantees().front().approvers == std::vector<MemberId>{f.sarr, f.diallo});
    REQUIRE(panel->model()->rowCount() == 1);
    CHECK(panel->model()->index(0, GuaranteesModel::Status).data().toString() == guaranteeStatusLabel(GuaranteeStatus::Open));
    CHECK(page.portfolioView()->figuresText().contains(f.money(50000)));

    // Released after a confirmation that names it.
    panel->selectGuarantee(first);
    REQUIRE(release->isEnabled());
    CHECK_FALSE(call->isEnabled()); // no meeting open
    CHECK(call->toolTip().contains(QStringLiteral("meeting")));
    QString asked;
    confirm(asked);
    panel->release();
    CHECK(asked.contains(QStringLiteral("Coopérative agricole de Kaolack")));
    CHECK(f.book().guarantees().front().status == GuaranteeStatus::Released);
    CHECK_FALSE(release->isEnabled());

    // A second one is called at a meeting: the supplier is paid and it becomes a loan.
    GroupGuarantee g;
    g.member = f.fall;
    g.supplier = "Quincaillerie Touba";
    g.purpose = "Sewing machine";
    g.amount = 30000;
    g.issuedOn = f.session->actor().date;
    g.until = Date::fromYmd(2026, 12, 31);
    g.approvers = {f.sarr, f.diallo};
    const GuaranteeId second = f.book().createGuarantee(g, f.session->actor());
    f.openMeetingOn(Date::fromYmd(2026, 4, 1));
    panel->selectGuarantee(second);
    REQUIRE(call->isEnabled());
    whenModal<CallGuaranteeDialog>([&](CallGuaranteeDialog* d) {
        d->chooseProduct(f.product);
        d->setTerm(3);
        d->call();
    });
    panel->call();
    std::optional<GroupGuarantee> called;
    for (const GroupGuarantee& x : f.book().guarantees())
        if (x.id == second)
            called = x;
    REQUIRE(called);
    CHECK(called->status == GuaranteeStatus::Called);
    REQUIRE(called->loan);
    const std::optional<Loan> loan = f.book().loan(*called->loan);
    REQUIRE(loan);
    CHECK(loan->borrower == f.fall);
    CHECK(loan->principal == 30000);
    CHECK(loan->status == LoanStatus::Active);
    CHECK(page.statusText().contains(loanNumberText(*called->loan)));
    CHECK(page.loansModel()->rowOf(*called->loan) >= 0);
}

TEST_CASE("Rescheduling previews the engine's new schedule and keeps the old one as a version")
{
    LoansUiFixture f;
    const LoanId id = f.request(f.ndiaye, 60000, 3, "Trade", {{f.sarr, 30000}});
    f.book().approveLoan(id, {f.sarr, f.diallo}, f.session->actor());
    f.openMeetingOn(Date::fromYmd(2026, 3, 1));
    f.book().disburseLoan(id, f.session->actor());
    f.closeMeeting();
    f.openMeetingOn(Date::fromYmd(2026, 4, 1));
    f.book().repayLoan(id, f.book().loanPosition(id, f.session->actor().date).dueToday(), f.session->actor());
    f.session->notifyChanged();

    const Loan loan = *f.book().loan(id);
    RescheduleDialog dialog(*f.session, loan);
    dialog.setTerm(6);
    ScheduleRequest plan;
    plan.rateBasisPoints = loan.product.rateBasisPoints;
    plan.method = loan.product.method;
    plan.termMonths = 6;
    plan.start = f.session->actor().date;
    plan.roundingUnit = f.book().settings().roundingUnit;
    const std::vector<Instalment> expected =
        reschedule(f.book().loanPosition(id, f.session->actor().date), plan);
    REQUIRE(dialog.previewModel()->rowCount() == int(expected.size()));
    for (int row = 0; row < int(expected.size()); ++row)
        CHECK(dialog.previewModel()->index(row, LoanScheduleModel::Principal).data(Qt::EditRole).toLongLong() ==
              expected[std::size_t(row)].principal);

    dialog.setApprovers({f.sarr, f.diallo});
    dialog.setReason(QStringLiteral("poor harvest"));
    dialog.reschedule();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(f.book().loan(id)->scheduleVersion == 2);
    CHECK(f.book().loan(id)->schedule.size() == expected.size());

    LoanDetailDialog detail(*f.session, id);
    CHECK(detail.scheduleModel()->rowCount() == int(expected.size()));
    REQUIRE(detail.versionModel()->rowCount() == int(expected.size())); // the latest version is shown
    CHECK(f.book().scheduleHistory(id).size() == 2);
}
