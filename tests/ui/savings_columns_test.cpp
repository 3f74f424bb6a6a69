// The meeting sheet's savings and social fund columns: shares bought once per value typed,
// a purchase above the maximum refused with core's message, the minimum suggested, the
// social contribution owed suggested and paid into the social fund, and the keys on the page.
#include "tests/ui/savings_ui_fixture.h"
#include "ui/labels.h"
#include "ui/models/meeting_sheet_model.h"
#include "ui/models/savings_columns.h"
#include "ui/pages/meetings_page.h"
#include "ui/widgets/meeting_sheet_view.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace tontine;
using namespace tontine::ui;
using savings_ui_test::SavingsUiFixture;

namespace {
const QString SharesKey = QStringLiteral("savings:shares");
const QString SocialKey = QStringLiteral("social:paid");

QModelIndex cellOf(const MeetingSheetModel& model, MemberId member, const QString& key)
{
    return model.index(model.rowOf(member), model.columnOf(key));
}
} // namespace

TEST_CASE("The shares column records a purchase once and suggests the cycle's minimum")
{
    SavingsUiFixture f;
    f.openMeeting();
    MeetingSheetModel model(*f.session);
    model.addProvider(std::make_unique<SavingsColumns>());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.columnOf(SharesKey) == -1); // no cycle yet
    CHECK(model.columnOf(SocialKey) == -1); // no social contribution asked

    const SavingsCycleId cycle = f.createCycle();
    model.reload();
    REQUIRE(model.columnOf(SharesKey) >= MeetingSheetModel::FixedColumnCount);
    CHECK(model.headerData(model.columnOf(SharesKey), Qt::Horizontal).toString().contains(QStringLiteral("Shares")));

    // Nothing bought yet: the minimum (1) is suggested, in grey italics, and can be typed over.
    const QModelIndex awa = cellOf(model, f.awa, SharesKey);
    CHECK(awa.data().toString() == QStringLiteral("1"));
    CHECK(awa.data(MeetingSheetModel::SuggestedRole).toBool());
    CHECK(awa.data(Qt::FontRole).value<QFont>().italic());
    CHECK(model.flags(awa) & Qt::ItemIsEditable);
    CHECK(f.savingsOf(cycle, f.awa).shares == 0);

    // Awa buys 3 shares: 3 × 500 into her savings and the box.
    REQUIRE(model.setData(awa, QStringLiteral("3")));
    CHECK(f.savingsOf(cycle, f.awa).shares == 3);
    CHECK(f.savingsOf(cycle, f.awa).saved == 1500);
    CHECK(f.book().cashBalance() == 1500);
    CHECK(awa.data().toString() == QStringLiteral("3"));
    CHECK_FALSE(awa.data(MeetingSheetModel::SuggestedRole).toBool());
    CHECK(model.totalsText().contains(QStringLiteral("Shares bought today: 3 (%1)").arg(f.money(1500))));

    // Committed again (Enter, then Tab through the open cell): nothing more is bought.
    const std::int64_t entries = f.book().entryCount();
    REQUIRE(model.setData(awa, awa.data(Qt::EditRole)));
    CHECK(f.book().entryCount() == entries);
    // The total for today typed: only the difference is bought.
    REQUIRE(model.setData(awa, QStringLiteral("4")));
    CHECK(f.savingsOf(cycle, f.awa).shares == 4);
    CHECK(f.book().cashBalance() == 2000);
    // Less than already bought is not a way to undo a purchase.
    CHECK_FALSE(model.setData(awa, QStringLiteral("2")));
    CHECK(awa.data(MeetingSheetModel::RefusedRole).toBool());
    CHECK(f.savingsOf(cycle, f.awa).shares == 4);

    // Enter on the suggestion records the minimum for Fatou.
    const QModelIndex fatou = cellOf(model, f.fatou, SharesKey);
    REQUIRE(model.setData(fatou, fatou.data(Qt::EditRole)));
    CHECK(f.savingsOf(cycle, f.fatou).shares == 1);
    CHECK(f.savingsOf(cycle, f.fatou).saved == 500);

    // Her purchase reversed on the Journal page: the cell counts it out (and suggests again).
    f.book().reverse(f.book().entryCount(), "typed for the wrong member", f.session->actor());
    model.reload();
    CHECK(f.savingsOf(cycle, f.fatou).shares == 0);
    CHECK(fatou.data(MeetingSheetModel::SuggestedRole).toBool());
    CHECK(model.totalsText().contains(QStringLiteral("Shares bought today: 4 (%1)").arg(f.money(2000))));
    CHECK(f.book().verify().ok());
}

TEST_CASE("A purchase above the cycle's maximum is refused with core's message and changes nothing")
{
    SavingsUiFixture f;
    const SavingsCycleId cycle = f.createCycle();
    f.openMeeting();
    MeetingSheetModel model(*f.session);
    model.addProvider(std::make_unique<SavingsColumns>());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy problems(&model, &MeetingSheetModel::problemRaised);
    const QModelIndex moussa = cellOf(model, f.moussa, SharesKey);
    const std::int64_t entries = f.book().entryCount();

    // What core says of 6 shares when at most 5 may be bought at a meeting.
    const Problems expected = checkSharePurchase(*f.book().savingsCycle(cycle), f.book().savingsRecords(cycle),
                                                 f.moussa, 6, test::FixtureDay);
    REQUIRE_FALSE(expected.empty());
    CHECK_FALSE(model.setData(moussa, QStringLiteral("6")));
    CHECK(moussa.data(MeetingSheetModel::RefusedRole).toBool());
    CHECK(moussa.data(Qt::EditRole).toString() == QStringLiteral("6"));
    CHECK(moussa.data(Qt::ToolTipRole).toString().contains(problemText(expected.front())));
    REQUIRE(problems.count() == 1);
    CHECK(problems.at(0).at(0).toString().contains(QStringLiteral("Ndiaye")));
    CHECK(problems.at(0).at(0).toString().contains(problemText(expected.front())));
    CHECK(f.book().entryCount() == entries);
    CHECK(f.book().cashBalance() == 0);
    CHECK(f.savingsOf(cycle, f.moussa).shares == 0);

    // Not a whole number: refused the same way, by the column itself.
    CHECK_FALSE(model.setData(moussa, QStringLiteral("2.5")));
    CHECK(moussa.data(MeetingSheetModel::RefusedRole).toBool());
    CHECK(f.book().entryCount() == entries);

    // Within the limits it goes through and the mark goes.
    REQUIRE(model.setData(moussa, QStringLiteral("5")));
    CHECK_FALSE(moussa.data(MeetingSheetModel::RefusedRole).toBool());
    CHECK(f.savingsOf(cycle, f.moussa).shares == 5);

    // 0 over the suggestion buys nothing and shows 0, so committing the cell again buys nothing.
    const QModelIndex fatou = cellOf(model, f.fatou, SharesKey);
    const std::int64_t before = f.book().entryCount();
    REQUIRE(model.setData(fatou, QStringLiteral("0")));
    CHECK(fatou.data().toString() == QStringLiteral("0"));
    CHECK_FALSE(fatou.data(MeetingSheetModel::SuggestedRole).toBool());
    REQUIRE(model.setData(fatou, fatou.data(Qt::EditRole)));
    CHECK(f.book().entryCount() == before);
}

TEST_CASE("The social fund column suggests the contribution owed and pays it into the social fund")
{
    SavingsUiFixture f;
    SocialRules rules = f.book().socialRules();
    rules.contribution = 200;
    f.book().setSocialRules(rules, f.session->actor());
    f.openMeeting(); // the contributions of this meeting become dues of every active member
    MeetingSheetModel model(*f.session);
    model.addProvider(std::make_unique<SavingsColumns>());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.columnOf(SharesKey) == -1); // no savings cycle
    REQUIRE(model.columnOf(SocialKey) >= MeetingSheetModel::FixedColumnCount);

    const QModelIndex awa = cellOf(model, f.awa, SocialKey);
    CHECK(awa.data().toString() == f.money(200));
    CHECK(awa.data(MeetingSheetModel::SuggestedRole).toBool());
    CHECK(awa.data(Qt::EditRole).toString() == QStringLiteral("200"));

    REQUIRE(model.setData(awa, awa.data(Qt::EditRole)));
    CHECK(f.book().socialFund().balance == 200);
    CHECK(f.book().cashBalance() == 200);
    CHECK(awa.data().toString() == f.money(200));
    CHECK_FALSE(awa.data(MeetingSheetModel::SuggestedRole).toBool());
    const std::int64_t entries = f.book().entryCount();
    REQUIRE(model.setData(awa, awa.data(Qt::EditRole)));
    CHECK(f.book().entryCount() == entries);
    // The dues columns leave the social fund's contributions to this column.
    CHECK(cellOf(model, f.awa, QStringLiteral("paidToday")).data().toString().isEmpty());
    CHECK(cellOf(model, f.moussa, QStringLiteral("owed")).data().toString().isEmpty());

    // More than Moussa owes: core refuses, nothing is paid.
    const QModelIndex moussa = cellOf(model, f.moussa, SocialKey);
    CHECK_FALSE(model.setData(moussa, QStringLiteral("500")));
    CHECK(moussa.data(MeetingSheetModel::RefusedRole).toBool());
    CHECK(f.book().socialFund().balance == 200);
    CHECK(model.totalsText().contains(QStringLiteral("Social fund paid today %1").arg(f.money(200))));
    CHECK(f.book().verify().ok());
}

TEST_CASE("On the meetings page the shares column is typed like the rest: a number and Enter buys and goes down")
{
    SavingsUiFixture f;
    const SavingsCycleId cycle = f.createCycle();
    f.openMeeting();
    MeetingsPage page(*f.session);
    page.resize(1366, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto* view = page.findChild<MeetingSheetView*>(QStringLiteral("meetingSheet"));
    REQUIRE(view);
    MeetingSheetModel& model = *page.sheet();
    const int shares = model.columnOf(SharesKey);
    REQUIRE(shares >= MeetingSheetModel::FixedColumnCount);
    REQUIRE(model.rowOf(f.awa) == 0);

    // Typing a digit opens the cell; Enter buys and moves to the next member.
    view->setFocus();
    view->setCurrentIndex(model.index(0, shares));
    QTest::keyClick(view, Qt::Key_3);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(50); // the delegate commits on a queued call
    CHECK(f.savingsOf(cycle, f.awa).shares == 3);
    CHECK(view->currentIndex() == model.index(1, shares));

    // Enter on the suggested minimum buys it, once, and goes on.
    const std::int64_t entries = f.book().entryCount();
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(f.book().entryCount() == entries + 1);
    CHECK(f.savingsOf(cycle, f.moussa).shares == 1);
    CHECK(view->currentIndex() == model.index(2, shares));

    // Above the maximum: refused, the problem shown under the sheet, the cursor stays.
    QTest::keyClick(view, Qt::Key_9);
    editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(50);
    CHECK(f.savingsOf(cycle, f.fatou).shares == 0);
    CHECK(view->currentIndex() == model.index(2, shares));
    auto* problem = page.findChild<QLabel*>(QStringLiteral("sheetProblem"));
    REQUIRE(problem);
    CHECK_FALSE(problem->isHidden());
    CHECK(problem->text().contains(QStringLiteral("Faye")));
    auto* totals = page.findChild<QLabel*>(QStringLiteral("totals"));
    REQUIRE(totals);
    CHECK(totals->text().contains(QStringLiteral("Shares bought today: 4")));
}
