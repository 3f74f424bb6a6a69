// The new-loan wizard: the live schedule preview (flat and declining interest on 100 000 at
// 1 % over 6 months), the limits shown, guarantors pre-filled with the minimum pledge and the
// borrower kept out of them, core's refusals shown with nothing written, and a request made.
#include "tests/ui/loan_ui_fixture.h"
#include "ui/dialogs/new_loan_wizard.h"
#include "ui/labels.h"
#include "ui/models/schedule_preview_model.h"
#include "ui/widgets/custom_lines_editor.h"
#include "ui/widgets/guarantor_rows.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLineEdit>

using namespace tontine;
using namespace tontine::ui;
using loan_ui_test::LoanUiFixture;

namespace {
// The words core gives for a request with these facts (the wizard must show them, not its own).
QStringList coreMessages(LoanUiFixture& f, const LoanRequest& request)
{
    QStringList out;
    for (const Problem& p : f.book().previewLoan(request).problems)
        out.append(problemText(p));
    return out;
}

LoanRequest requestOf(const LoanUiFixture& f, LoanProductId product, MemberId guarantor, std::int64_t pledge)
{
    LoanRequest r;
    r.borrower = f.awa;
    r.product = product;
    r.principal = 100000;
    r.termMonths = 6;
    r.purpose = "Trade";
    r.guarantors = {GuarantorPledge{guarantor, pledge}};
    r.date = f.session->actor().date;
    return r;
}
} // namespace

TEST_CASE("The wizard previews the schedule as it is typed: 6 000 flat, 3 500 declining")
{
    LoanUiFixture f;
    f.saveAtFirstMeeting();
    f.setRules();
    const LoanProductId flat = f.addProduct(LoanMethod::Flat, "Flat loan");
    const LoanProductId declining = f.addProduct(LoanMethod::Declining, "Declining loan");

    NewLoanWizard wizard(*f.session);
    wizard.restart();
    QAbstractItemModelTester tester(wizard.scheduleModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Defaults: the first active product, its shortest term; nothing computed without an amount.
    CHECK(wizard.preview().schedule.empty());
    CHECK(wizard.termMonths() == 1);
    CHECK(wizard.scheduleModel()->rowCount() == 0);

    wizard.chooseBorrower(f.awa);
    wizard.chooseProduct(flat);
    wizard.setAmountText(QStringLiteral("100000"));
    wizard.setTermMonths(6);
    SchedulePreviewModel* model = wizard.scheduleModel();
    REQUIRE(model->rowCount() == 7); // six instalments and the totals
    CHECK(model->totalInterest() == 6000);
    CHECK(model->totalPrincipal() == 100000);
    CHECK(model->isTotalsRow(6));
    CHECK(model->index(6, SchedulePreviewModel::Interest).data().toString() == f.money(6000));
    CHECK(model->index(6, SchedulePreviewModel::Total).data().toString() == f.money(106000));
    // The first instalment falls a month after the request date.
    CHECK(model->index(0, SchedulePreviewModel::DueOn).data().toString() ==
          dateText(f.session->actor().date.addMonths(1)));

    wizard.chooseProduct(declining);
    wizard.setTermMonths(6);
    REQUIRE(model->rowCount() == 7);
    CHECK(model->totalInterest() == 3500);
    CHECK(model->index(6, SchedulePreviewModel::Interest).data().toString() == f.money(3500));
    // The first month's interest is on the whole 100 000 and shrinks after.
    CHECK(model->index(0, SchedulePreviewModel::Interest).data().toString() == f.money(1000));

    // The limits core checked: Awa's savings and her largest loan (3 × 50 000).
    CHECK(wizard.limitsText().contains(f.money(50000)));
    CHECK(wizard.limitsText().contains(f.money(150000)));
    // The guarantor row is there and pre-filled with the minimum pledge (50 % of 100 000).
    REQUIRE(wizard.guarantorRows()->rowCount() == 1);
    CHECK(wizard.preview().minimumPledge == 50000);
    wizard.setGuarantor(0, f.fall);
    std::vector<GuarantorPledge> pledges;
    REQUIRE(wizard.guarantorRows()->read(pledges));
    REQUIRE(pledges.size() == 1);
    CHECK(pledges[0].pledge == 50000);
    // Fall's savings and what he may still pledge are shown on his row.
    CHECK(wizard.guarantorRows()->standingText(0).contains(f.money(60000)));

    // A different amount moves the pre-filled pledge with it (it was not typed by hand).
    wizard.setAmountText(QStringLiteral("80000"));
    REQUIRE(wizard.guarantorRows()->read(pledges));
    CHECK(pledges[0].pledge == 40000);
    CHECK(model->totalPrincipal() == 80000);

    // An amount that is not one: said next to the field once the page is checked, no schedule.
    wizard.setAmountText(QStringLiteral("80 abc"));
    CHECK(model->rowCount() == 0);
    CHECK_FALSE(wizard.validateCurrentPage());
    CHECK(wizard.currentId() == NewLoanWizard::LoanPage);
    CHECK_FALSE(wizard.problemFor(QStringLiteral("principal")).isEmpty());
}

TEST_CASE("A request core refuses shows its message and writes nothing; a good one is requested")
{
    LoanUiFixture f;
    f.saveAtFirstMeeting();
    f.setRules();
    const LoanProductId product = f.addProduct(LoanMethod::Flat);
    const std::int64_t entries = f.book().entryCount();

    NewLoanWizard wizard(*f.session);
    wizard.restart();
    wizard.chooseBorrower(f.awa);
    wizard.setAmountText(QStringLiteral("100000"));
    wizard.setTermMonths(6);
    wizard.setPurpose(QStringLiteral("Trade"));
    REQUIRE(wizard.validateCurrentPage());
    wizard.next();
    REQUIRE(wizard.currentId() == NewLoanWizard::GuarantorsPage);

    // Diallo has 10 000 saved: a 50 000 pledge is beyond what he may stand behind.
    wizard.setGuarantor(0, f.diallo);
    const QStringList exposure = coreMessages(f, requestOf(f, product, f.diallo, 50000));
    REQUIRE_FALSE(exposure.isEmpty());
    for (const QString& message : exposure)
        CHECK(wizard.problems().contains(message));
    CHECK_FALSE(wizard.validateCurrentPage());
    CHECK(wizard.currentId() == NewLoanWizard::GuarantorsPage);
    for (const QString& message : exposure)
        CHECK(wizard.problemFor(QStringLiteral("guarantors")).contains(message));
    // Finish anyway: core refuses with the same words and nothing is written.
    CHECK_FALSE(wizard.request());
    CHECK(wizard.requestedLoan() == 0);
    for (const QString& message : exposure)
        CHECK(wizard.problems().contains(message));
    CHECK(f.book().loans().empty());
    CHECK(f.book().entryCount() == entries);

    // The borrower as her own guarantor: core's message, nothing written.
    wizard.setGuarantor(0, f.awa, QStringLiteral("50000"));
    const QStringList self = coreMessages(f, requestOf(f, product, f.awa, 50000));
    REQUIRE_FALSE(self.isEmpty());
    CHECK_FALSE(wizard.request());
    for (const QString& message : self)
        CHECK(wizard.problems().contains(message));
    CHECK(f.book().loans().empty());
    CHECK(f.book().entryCount() == entries);
    // Choosing her as borrower again takes her off the guarantors, and says so.
    wizard.chooseBorrower(f.sarr);
    wizard.setGuarantor(0, f.awa, QStringLiteral("50000"));
    wizard.chooseBorrower(f.awa);
    std::vector<GuarantorPledge> pledges;
    wizard.guarantorRows()->read(pledges);
    CHECK(pledges.empty());

    // Nothing typed was lost: with Fall as guarantor the same request goes through.
    wizard.setGuarantor(0, f.fall, QStringLiteral("50000"));
    CHECK(wizard.preview().problems.empty());
    REQUIRE(wizard.request());
    REQUIRE(wizard.requestedLoan() != 0);
    const std::optional<Loan> loan = f.book().loan(wizard.requestedLoan());
    REQUIRE(loan);
    CHECK(loan->borrower == f.awa);
    CHECK(loan->principal == 100000);
    CHECK(loan->termMonths == 6);
    CHECK(loan->purpose == "Trade");
    CHECK(loan->status == LoanStatus::Requested);
    REQUIRE(loan->guarantors.size() == 1);
    CHECK(loan->guarantors[0].guarantor == f.fall);
    CHECK(loan->guarantors[0].pledge == 50000);
    CHECK(f.book().verify().ok());
}

TEST_CASE("A custom product takes dates and principal instead of a term")
{
    LoanUiFixture f;
    f.saveAtFirstMeeting();
    f.setRules();
    const LoanProductId harvest = f.addProduct(LoanMethod::Custom, "Harvest loan", 0);

    NewLoanWizard wizard(*f.session);
    wizard.restart();
    wizard.chooseBorrower(f.awa);
    wizard.chooseProduct(harvest);
    CHECK_FALSE(wizard.termShown());
    wizard.setAmountText(QStringLiteral("60000"));
    const Date today = f.session->actor().date;
    wizard.customLines()->setLines({CustomInstalment{today.addMonths(3), 20000}, CustomInstalment{today.addMonths(5), 40000}});
    REQUIRE(wizard.scheduleModel()->rowCount() == 3);
    CHECK(wizard.scheduleModel()->totalPrincipal() == 60000);
    // Interest by time on what is left: 3 months on 60 000, then 2 on 40 000 at 1 %.
    CHECK(wizard.scheduleModel()->totalInterest() == 1800 + 800);
    CHECK(wizard.scheduleModel()->index(1, SchedulePreviewModel::DueOn).data().toString() ==
          dateText(today.addMonths(5)));
    // Lines that do not add up to the amount: core says so.
    wizard.customLines()->removeLine(1);
    CHECK_FALSE(wizard.preview().problems.empty());
    CHECK(wizard.scheduleModel()->rowCount() == 0);
}
