// The Savings page and its dialogs: the empty state, members' shares after purchases with the
// totals and one member's records, the actions that need an open meeting, the new-cycle
// dialog refusing bad input, and a withdrawal showing what is free.
#include "tests/ui/savings_ui_fixture.h"
#include "ui/dialogs/savings_cycle_dialog.h"
#include "ui/dialogs/savings_money_dialog.h"
#include "ui/labels.h"
#include "ui/models/savings_members_model.h"
#include "ui/models/savings_records_model.h"
#include "ui/pages/savings_page.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace tontine;
using namespace tontine::ui;
using savings_ui_test::SavingsUiFixture;

namespace {
QVariant cell(const SavingsMembersModel& model, MemberId member, int column, int role = Qt::EditRole)
{
    return model.data(model.index(model.rowOf(member), column), role);
}
} // namespace

TEST_CASE("With no cycle open the Savings page says so and offers a new cycle")
{
    SavingsUiFixture f;
    SavingsPage page(*f.session);
    CHECK_FALSE(page.cycle().has_value());
    CHECK(page.summaryText().contains(QStringLiteral("No savings cycle is open")));
    auto* create = page.findChild<QPushButton*>(QStringLiteral("newCycle"));
    auto* withdraw = page.findChild<QPushButton*>(QStringLiteral("withdraw"));
    REQUIRE(create);
    REQUIRE(withdraw);
    CHECK_FALSE(create->isHidden());
    CHECK(create->isEnabled());
    CHECK(withdraw->isHidden());
    CHECK(page.membersModel()->rowCount() == 0);

    f.createCycle();
    CHECK(page.cycle().has_value());
    CHECK(create->isHidden());
    CHECK(page.summaryText().contains(QStringLiteral("Cycle 2026")));
    CHECK(page.summaryText().contains(f.money(500)));
    CHECK(page.summaryText().contains(QStringLiteral("1 to 5 shares")));
    // Every active member is listed, with nothing saved yet.
    CHECK(page.membersModel()->rowCount() == 3);
}

TEST_CASE("The Savings page lists members' shares after purchases, the totals and the chosen member's records")
{
    SavingsUiFixture f;
    const SavingsCycleId cycle = f.createCycle(false, true);
    SavingsPage page(*f.session);
    QAbstractItemModelTester members(page.membersModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester records(page.recordsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Money needs an open meeting: the actions say so.
    auto* withdraw = page.findChild<QPushButton*>(QStringLiteral("withdraw"));
    auto* voluntary = page.findChild<QPushButton*>(QStringLiteral("voluntarySaving"));
    REQUIRE(withdraw);
    REQUIRE(voluntary);
    CHECK_FALSE(withdraw->isEnabled());
    CHECK(withdraw->toolTip().contains(QStringLiteral("Open a meeting")));

    f.openMeeting();
    CHECK(withdraw->isEnabled());
    CHECK_FALSE(voluntary->isEnabled()); // this cycle allows no voluntary savings
    CHECK(voluntary->toolTip().contains(QStringLiteral("does not allow")));

    f.book().buyShares(cycle, f.awa, 3, f.session->actor());
    f.book().buyShares(cycle, f.moussa, 5, f.session->actor());
    f.session->notifyChanged();

    const SavingsMembersModel& model = *page.membersModel();
    REQUIRE(model.rowCount() == 3);
    CHECK(cell(model, f.awa, SavingsMembersModel::Shares).toInt() == 3);
    CHECK(cell(model, f.awa, SavingsMembersModel::Saved).toLongLong() == 1500);
    CHECK(cell(model, f.awa, SavingsMembersModel::Free).toLongLong() == 1500);
    CHECK(cell(model, f.moussa, SavingsMembersModel::Shares).toInt() == 5);
    CHECK(cell(model, f.moussa, SavingsMembersModel::Saved, Qt::DisplayRole).toString() == f.money(2500));
    CHECK(cell(model, f.fatou, SavingsMembersModel::Shares).toInt() == 0);
    CHECK(cell(model, f.fatou, SavingsMembersModel::Name, Qt::DisplayRole).toString() == QStringLiteral("Fatou Faye"));
    CHECK(page.totalsText().contains(QStringLiteral("8 shares")));
    CHECK(page.totalsText().contains(f.money(4000)));

    // Choosing Moussa shows his purchase.
    page.selectMember(f.moussa);
    REQUIRE(page.recordsModel()->rowCount() == 1);
    const QModelIndex first = page.recordsModel()->index(0, SavingsRecordsModel::Shares);
    CHECK(first.data(Qt::EditRole).toInt() == 5);
    CHECK(page.recordsModel()->index(0, SavingsRecordsModel::Amount).data(Qt::EditRole).toLongLong() == 2500);
    CHECK(page.recordsModel()->index(0, SavingsRecordsModel::When).data().toString() == QStringLiteral("2026-03-01"));
    CHECK(page.recordsModel()->index(0, SavingsRecordsModel::Kind).data().toString() == QStringLiteral("Shares bought"));
}

TEST_CASE("The new-cycle dialog refuses an end before the start and a price of 0, and creates nothing")
{
    SavingsUiFixture f;
    SavingsCycleDialog dialog(*f.session);
    // The defaults: today to the day before the same date next year.
    auto* start = dialog.findChild<QDateEdit*>(QStringLiteral("start"));
    auto* end = dialog.findChild<QDateEdit*>(QStringLiteral("end"));
    auto* price = dialog.findChild<QLineEdit*>(QStringLiteral("sharePrice"));
    REQUIRE(start);
    REQUIRE(end);
    REQUIRE(price);
    CHECK(start->date() == QDate(2026, 3, 1));
    CHECK(end->date() == QDate(2027, 2, 28));

    end->setDate(QDate(2026, 2, 1));
    price->setText(QStringLiteral("0"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(f.book().savingsCycles().empty());
    // Each of core's problems is shown beside the field it names.
    SavingsCycle typed = f.cycle();
    typed.end = Date::fromYmd(2026, 2, 1);
    typed.sharePrice = 0;
    const Problems expected = validateSavingsCycle(typed, f.book().settings().roundingUnit);
    REQUIRE(expected.size() >= 2);
    for (const Problem& p : expected)
        CHECK(dialog.problemFor(toQt(p.field)).contains(problemText(p)));
    CHECK_FALSE(dialog.problemFor(QStringLiteral("sharePrice")).isEmpty());

    // Not an amount at all: said by the dialog.
    price->setText(QStringLiteral("cinq cents"));
    dialog.accept();
    CHECK(dialog.problemFor(QStringLiteral("sharePrice")).contains(QStringLiteral("Type an amount")));
    CHECK(f.book().savingsCycles().empty());

    // Corrected: the cycle is created as typed.
    end->setDate(QDate(2026, 12, 31));
    price->setText(QStringLiteral("250"));
    dialog.findChild<QSpinBox*>(QStringLiteral("maxShares"))->setValue(4);
    dialog.findChild<QCheckBox*>(QStringLiteral("withdrawalsAllowed"))->setChecked(true);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const std::optional<SavingsCycle> created = f.book().openSavingsCycle();
    REQUIRE(created);
    CHECK(created->id == dialog.createdId());
    CHECK(created->sharePrice == 250);
    CHECK(created->maxShares == 4);
    CHECK(created->end == Date::fromYmd(2026, 12, 31));
    CHECK(created->withdrawalsAllowed);
    CHECK_FALSE(created->voluntaryAllowed);
}

TEST_CASE("The withdraw dialog shows what is free and Book refuses more than that")
{
    SavingsUiFixture f;
    const SavingsCycleId cycle = f.createCycle(false, true);
    f.openMeeting();
    f.book().buyShares(cycle, f.awa, 4, f.session->actor()); // 2 000 saved

    SavingsMoneyDialog dialog(*f.session, *f.book().savingsCycle(cycle), SavingsMoneyDialog::Mode::Withdraw);
    dialog.chooseMember(f.awa);
    CHECK(dialog.member() == f.awa);
    CHECK(dialog.details().contains(f.money(2000)));

    auto* amount = dialog.findChild<QLineEdit*>(QStringLiteral("amount"));
    REQUIRE(amount);
    amount->setText(QStringLiteral("2500"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE((dialog.problemFor(QStringLiteral("amount")) + dialog.generalProblem()).isEmpty());
    CHECK(f.savingsOf(cycle, f.awa).saved == 2000);

    amount->setText(QStringLiteral("500"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(f.savingsOf(cycle, f.awa).saved == 1500);
    CHECK(f.book().cashBalance() == 1500);
}

TEST_CASE("After a share-out the Savings page shows what waits to be reinvested in the next cycle")
{
    SavingsUiFixture f;
    const SavingsCycleId cycle = f.createCycle();
    f.openMeeting();
    f.book().buyShares(cycle, f.awa, 2, f.session->actor());
    f.book().buyShares(cycle, f.moussa, 4, f.session->actor());
    SavingsPage page(*f.session);
    CHECK(page.summaryText().contains(QStringLiteral("Cycle 2026")));

    ShareOutOptions options;
    options.reinvest[f.moussa] = 1500;
    f.book().commitShareOut(cycle, options, f.session->actor());
    f.session->notifyChanged();

    CHECK_FALSE(page.cycle().has_value());
    CHECK(page.summaryText().contains(QStringLiteral("No savings cycle is open")));
    CHECK(page.summaryText().contains(QStringLiteral("was shared out on 2026-03-01")));
    CHECK(page.summaryText().contains(QStringLiteral("Waiting for the next cycle: %1").arg(f.money(1500))));
    CHECK(page.summaryText().contains(QStringLiteral("Moussa Ndiaye: %1").arg(f.money(1500))));
    CHECK_FALSE(page.summaryText().contains(QStringLiteral("Awa Diop")));
    CHECK(page.membersModel()->rowCount() == 0);
    auto* create = page.findChild<QPushButton*>(QStringLiteral("newCycle"));
    REQUIRE(create);
    CHECK_FALSE(create->isHidden());
}
