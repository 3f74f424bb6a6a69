#include "tests/support/fund_fixture.h"
#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/models/meeting_sheet_model.h"
#include "ui/widgets/meeting_sheet_view.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSignalSpy>

using namespace tontine;
using namespace tontine::ui;

namespace {
struct SheetFixture {
    test::FundFixture fund;
    MemberId awa = 0;
    MemberId moussa = 0;
    MemberId left = 0;
    std::unique_ptr<Session> session;
    SheetFixture()
    {
        awa = fund.addMember("Diop", "Awa");
        moussa = fund.addMember("Ndiaye", "Moussa");
        left = fund.addMember("Faye", "Fatou");
        fund.book->deactivateMember(left, fund.actor());
        fund.book->recordOpeningSavings(awa, 20000, fund.actor());
        fund.book->setMeetingRules(MeetingRules{500, 1000, 0}, fund.actor());
        session = std::make_unique<Session>(std::move(fund.book));
    }
    Book& book() { return session->book(); }
    QString money(std::int64_t minor) const { return moneyText(minor, session->currency()); }
    std::int64_t outstanding(MemberId id)
    {
        std::int64_t sum = 0;
        for (const Due& d : book().dues(id, true))
            sum += d.outstanding();
        return sum;
    }
};

QString text(const MeetingSheetModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}
} // namespace

TEST_CASE("The meeting sheet has a row per active member once a meeting is open")
{
    SheetFixture f;
    MeetingSheetModel model(*f.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.meeting());

    f.book().openMeeting(20000, "", f.session->actor());
    model.reload();
    REQUIRE(model.meeting());
    REQUIRE(model.rowCount() == 2);
    CHECK(model.rowOf(f.left) == -1); // left the group: not on the sheet
    const int row = model.rowOf(f.awa);
    REQUIRE(row >= 0);
    CHECK(text(model, row, MeetingSheetModel::Name) == QStringLiteral("Diop, Awa"));
    CHECK(text(model, row, MeetingSheetModel::Number) == QString::number(f.awa));
    for (const char* key : {"attendance", "fine", "owed", "paidToday"})
        CHECK(model.columnOf(QLatin1String(key)) >= MeetingSheetModel::FixedColumnCount);
    CHECK(model.columnOf(QStringLiteral("nothing")) == -1);
    // Only attendance and the payment are typed in.
    CHECK(model.flags(model.index(row, model.columnOf(QStringLiteral("attendance")))) & Qt::ItemIsEditable);
    CHECK(model.flags(model.index(row, model.columnOf(QStringLiteral("paidToday")))) & Qt::ItemIsEditable);
    CHECK_FALSE(model.flags(model.index(row, model.columnOf(QStringLiteral("fine")))) & Qt::ItemIsEditable);
    CHECK_FALSE(model.flags(model.index(row, MeetingSheetModel::Name)) & Qt::ItemIsEditable);

    // The view shows the member as a row header that stays in sight when the sheet scrolls
    // sideways, and hides the number and name columns it repeats.
    CHECK(model.headerData(row, Qt::Vertical).toString() == QString::number(f.awa) + QStringLiteral("  Diop, Awa"));
    MeetingSheetView view;
    view.setModel(&model);
    CHECK(view.verticalHeader()->isVisibleTo(&view));
    CHECK(view.isColumnHidden(MeetingSheetModel::Number));
    CHECK(view.isColumnHidden(MeetingSheetModel::Name));
    CHECK_FALSE(view.isColumnHidden(model.columnOf(QStringLiteral("attendance"))));
}

TEST_CASE("Recording attendance through the sheet calls Book: the fine and the due appear")
{
    SheetFixture f;
    f.book().openMeeting(20000, "", f.session->actor());
    MeetingSheetModel model(*f.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy written(&model, &MeetingSheetModel::written);
    const int row = model.rowOf(f.moussa);
    const QModelIndex attendance = model.index(row, model.columnOf(QStringLiteral("attendance")));

    REQUIRE(model.setData(attendance, QStringLiteral("absent")));
    CHECK(written.count() == 1);
    const auto recorded = f.book().attendance(model.meeting()->id);
    REQUIRE(recorded.size() == 1);
    CHECK(recorded[0].member == f.moussa);
    CHECK(recorded[0].status == AttendanceStatus::Absent);
    CHECK(text(model, row, attendance.column(), Qt::EditRole) == QStringLiteral("absent"));
    CHECK(text(model, row, attendance.column()).contains(QStringLiteral("Absent")));
    CHECK(text(model, row, model.columnOf(QStringLiteral("fine"))) == f.money(1000));
    CHECK(text(model, row, model.columnOf(QStringLiteral("owed"))) == f.money(1000));
    CHECK(f.outstanding(f.moussa) == 1000);

    // Corrected while the meeting is open: late costs less, and the due follows.
    REQUIRE(model.setData(attendance, QStringLiteral("late")));
    CHECK(text(model, row, model.columnOf(QStringLiteral("fine"))) == f.money(500));
    CHECK(f.outstanding(f.moussa) == 500);
    CHECK(model.totalsText().contains(QStringLiteral("Late 1")));

    // Present: no fine at all.
    const int awaRow = model.rowOf(f.awa);
    REQUIRE(model.setData(model.index(awaRow, attendance.column()), QStringLiteral("present")));
    CHECK(text(model, awaRow, model.columnOf(QStringLiteral("fine"))).isEmpty());
    CHECK(f.outstanding(f.awa) == 0);
}

TEST_CASE("Paying dues through the sheet calls Book, and a refused amount stays typed with its problem")
{
    SheetFixture f;
    f.book().openMeeting(20000, "", f.session->actor());
    MeetingSheetModel model(*f.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy problems(&model, &MeetingSheetModel::problemRaised);
    const int row = model.rowOf(f.moussa);
    REQUIRE(model.setData(model.index(row, model.columnOf(QStringLiteral("attendance"))), QStringLiteral("absent")));
    const QModelIndex paid = model.index(row, model.columnOf(QStringLiteral("paidToday")));
    const std::int64_t cash = f.book().cashBalance();

    REQUIRE(model.setData(paid, QStringLiteral("300")));
    CHECK(f.outstanding(f.moussa) == 700);
    CHECK(f.book().cashBalance() == cash + 300);
    CHECK(text(model, row, paid.column()) == f.money(300));
    CHECK(text(model, row, model.columnOf(QStringLiteral("owed"))) == f.money(700));

    // More than is owed: Book is not asked to take it; the typed value stays, marked, with why.
    CHECK_FALSE(model.setData(paid, QStringLiteral("5000")));
    CHECK(problems.count() == 1);
    CHECK(problems.at(0).at(0).toString().contains(QStringLiteral("Ndiaye")));
    CHECK(model.data(paid, MeetingSheetModel::RefusedRole).toBool());
    CHECK(text(model, row, paid.column(), Qt::EditRole) == QStringLiteral("5000"));
    CHECK(text(model, row, paid.column()).contains(QStringLiteral("5000")));
    CHECK_FALSE(text(model, row, paid.column(), Qt::ToolTipRole).isEmpty());
    CHECK(f.outstanding(f.moussa) == 700);
    CHECK(f.book().cashBalance() == cash + 300);

    // Not an amount, or less than already paid today: refused the same way.
    CHECK_FALSE(model.setData(paid, QStringLiteral("abc")));
    CHECK_FALSE(model.setData(paid, QStringLiteral("100")));
    CHECK(problems.count() == 3);
    CHECK(f.book().cashBalance() == cash + 300);

    // The rest of the fine: the payment is the difference, and the mark goes away.
    REQUIRE(model.setData(paid, QStringLiteral("1000")));
    CHECK_FALSE(model.data(paid, MeetingSheetModel::RefusedRole).toBool());
    CHECK(f.outstanding(f.moussa) == 0);
    CHECK(f.book().cashBalance() == cash + 1000);
    CHECK(text(model, row, paid.column()) == f.money(1000));
    CHECK(text(model, row, model.columnOf(QStringLiteral("owed"))).isEmpty());
    CHECK(f.book().verify().ok());
}

TEST_CASE("Marking a status again applies the fine rule as it is now")
{
    SheetFixture f;
    f.book().setMeetingRules(MeetingRules{0, 0, 0}, f.session->actor());
    f.book().openMeeting(20000, "", f.session->actor());
    MeetingSheetModel model(*f.session);
    const int row = model.rowOf(f.awa);
    const QModelIndex attendance = model.index(row, model.columnOf(QStringLiteral("attendance")));
    REQUIRE(model.setData(attendance, QStringLiteral("late")));
    CHECK(f.outstanding(f.awa) == 0);
    const std::int64_t entries = f.book().entryCount();
    // The same status again changes nothing in the books…
    REQUIRE(model.setData(attendance, QStringLiteral("late")));
    CHECK(f.book().entryCount() == entries);
    // …until the rule changes: then it brings the fine in force.
    f.book().setMeetingRules(MeetingRules{500, 1000, 0}, f.session->actor());
    REQUIRE(model.setData(attendance, QStringLiteral("late")));
    CHECK(f.outstanding(f.awa) == 500);
    CHECK(text(model, row, model.columnOf(QStringLiteral("fine"))) == f.money(500));
}
