// The meeting sheet's "Loan due" column: shown only while loans are being repaid, the amount
// due today suggested and repaid once per value typed, days late shown, the suggestion
// following the schedule from meeting to meeting, and a member with two loans refused a
// payment larger than what closes the oldest.
#include "tests/ui/loan_ui_fixture.h"
#include "ui/models/loan_columns.h"
#include "ui/models/meeting_sheet_model.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>

using namespace tontine;
using namespace tontine::ui;
using loan_ui_test::LoanUiFixture;

namespace {
const QString LoanKey = QStringLiteral("loan:due");

QModelIndex cellOf(const MeetingSheetModel& model, MemberId member)
{
    return model.index(model.rowOf(member), model.columnOf(LoanKey));
}

// Requests, approves and pays out (at the open meeting) a loan of `principal` over 6 months.
LoanId lend(LoanUiFixture& f, LoanProductId product, MemberId borrower, std::int64_t principal, MemberId approver)
{
    LoanRequest r;
    r.borrower = borrower;
    r.product = product;
    r.principal = principal;
    r.termMonths = 6;
    r.purpose = "Trade";
    r.date = f.session->actor().date;
    const LoanId id = f.book().requestLoan(r, f.session->actor());
    f.book().approveLoan(id, {approver}, f.session->actor());
    f.book().disburseLoan(id, f.session->actor());
    f.session->notifyChanged();
    return id;
}

std::optional<LoanDue> dueOf(LoanUiFixture& f, LoanId loan, Date on)
{
    for (const LoanDue& d : f.book().loanDuesOn(on))
        if (d.loan == loan)
            return d;
    return std::nullopt;
}
} // namespace

TEST_CASE("The loan column suggests what is due, repays it once and follows the schedule")
{
    LoanUiFixture f;
    f.saveAtFirstMeeting();
    f.setRules();
    const LoanProductId product = f.addProduct(LoanMethod::Declining, "Ordinary loan", 0);
    MeetingSheetModel model(*f.session);
    model.addProvider(std::make_unique<LoanColumns>());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.columnOf(LoanKey) == -1); // no loan yet: no column

    const Date first = f.session->actor().date;
    const LoanId loan = lend(f, product, f.awa, 60000, f.sarr);
    f.closeMeeting();
    const Date second = first.addMonths(1);
    f.openMeetingOn(second);
    model.reload();
    REQUIRE(model.columnOf(LoanKey) >= MeetingSheetModel::FixedColumnCount);
    CHECK(model.headerData(model.columnOf(LoanKey), Qt::Horizontal).toString().contains(QStringLiteral("Loan")));

    // The first instalment is due: suggested in grey italics, editable; others have no loan.
    const std::optional<LoanDue> due = dueOf(f, loan, second);
    REQUIRE(due);
    REQUIRE(due->dueToday > 0);
    const QModelIndex awa = cellOf(model, f.awa);
    CHECK(awa.data().toString() == f.money(due->dueToday));
    CHECK(awa.data(Qt::EditRole).toString() == plainMoneyText(due->dueToday, f.session->currency()));
    CHECK(awa.data(MeetingSheetModel::SuggestedRole).toBool());
    CHECK(awa.data(Qt::FontRole).value<QFont>().italic());
    CHECK(model.flags(awa) & Qt::ItemIsEditable);
    CHECK_FALSE(model.flags(cellOf(model, f.sarr)) & Qt::ItemIsEditable);
    CHECK(model.totalsText().contains(QStringLiteral("Loans due today %1").arg(f.money(due->dueToday))));

    // Part of it typed: repaid through Book, the rest still due, said in the tooltip.
    const std::int64_t cash = f.book().cashBalance();
    REQUIRE(model.setData(awa, QStringLiteral("5000")));
    CHECK(f.book().cashBalance() == cash + 5000);
    CHECK(awa.data().toString() == f.money(5000));
    CHECK_FALSE(awa.data(MeetingSheetModel::SuggestedRole).toBool());
    const std::optional<LoanDue> after = dueOf(f, loan, second);
    REQUIRE(after);
    CHECK(after->dueToday == due->dueToday - 5000);
    CHECK(awa.data(Qt::ToolTipRole).toString().contains(f.money(after->dueToday)));
    // Committed again: nothing more; the total for today typed: only the difference is repaid.
    const std::int64_t entries = f.book().entryCount();
    REQUIRE(model.setData(awa, awa.data(Qt::EditRole)));
    CHECK(f.book().entryCount() == entries);
    REQUIRE(model.setData(awa, plainMoneyText(due->dueToday, f.session->currency())));
    CHECK(f.book().cashBalance() == cash + due->dueToday);
    CHECK(dueOf(f, loan, second)->dueToday == 0);
    // Less than already repaid is not a way to undo a repayment.
    CHECK_FALSE(model.setData(awa, QStringLiteral("1000")));
    CHECK(awa.data(MeetingSheetModel::RefusedRole).toBool());
    CHECK(model.totalsText().contains(QStringLiteral("repaid today %1").arg(f.money(due->dueToday))));

    // Next meeting, 12 days after the second instalment fell due: the suggestion is that
    // instalment now, and the lateness shows.
    f.closeMeeting();
    const Date third = first.addMonths(2).addDays(12);
    f.openMeetingOn(third);
    model.reload();
    const std::optional<LoanDue> late = dueOf(f, loan, third);
    REQUIRE(late);
    REQUIRE(late->daysLate > 0);
    CHECK(late->dueToday != due->dueToday); // declining: less interest the second month
    const QModelIndex later = cellOf(model, f.awa);
    CHECK(later.data(MeetingSheetModel::SuggestedRole).toBool());
    CHECK(later.data().toString().contains(f.money(late->dueToday)));
    CHECK(later.data().toString().contains(QStringLiteral("late %1 d").arg(late->daysLate)));
    CHECK(later.data(Qt::ToolTipRole).toString().contains(QString::number(late->daysLate)));
    // Enter on the suggestion repays it.
    REQUIRE(model.setData(later, later.data(Qt::EditRole)));
    CHECK(dueOf(f, loan, third)->dueToday == 0);
    CHECK(f.book().verify().ok());
}

TEST_CASE("With two loans the column repays the oldest, never more than closes it")
{
    LoanUiFixture f;
    f.saveAtFirstMeeting();
    f.setRules();
    const LoanProductId product = f.addProduct(LoanMethod::Flat, "Ordinary loan", 0);
    const Date first = f.session->actor().date;
    const LoanId older = lend(f, product, f.fall, 30000, f.sarr);
    const LoanId newer = lend(f, product, f.fall, 20000, f.sarr);
    f.closeMeeting();
    f.openMeetingOn(first.addMonths(1));
    MeetingSheetModel model(*f.session);
    model.addProvider(std::make_unique<LoanColumns>());
    QSignalSpy problems(&model, &MeetingSheetModel::problemRaised);
    const QModelIndex fall = cellOf(model, f.fall);
    REQUIRE(fall.isValid());
    const Date today = f.session->actor().date;
    const std::optional<LoanDue> oldDue = dueOf(f, older, today);
    REQUIRE(oldDue);
    CHECK(fall.data().toString() == f.money(oldDue->dueToday));
    CHECK(fall.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Loans page")));

    // More than closes the older loan: refused, nothing repaid.
    const std::int64_t entries = f.book().entryCount();
    CHECK_FALSE(model.setData(fall, plainMoneyText(oldDue->payoff + 1000, f.session->currency())));
    CHECK(fall.data(MeetingSheetModel::RefusedRole).toBool());
    REQUIRE(problems.count() == 1);
    CHECK(problems.at(0).at(0).toString().contains(QStringLiteral("Loans page")));
    CHECK(f.book().entryCount() == entries);

    // What is due goes to the older loan only.
    const std::int64_t newerDue = dueOf(f, newer, today)->dueToday;
    REQUIRE(model.setData(fall, plainMoneyText(oldDue->dueToday, f.session->currency())));
    CHECK(dueOf(f, older, today)->dueToday == 0);
    CHECK(dueOf(f, newer, today)->dueToday == newerDue);
}
