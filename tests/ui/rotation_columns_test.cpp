// The meeting sheet's rotation columns: suggested dues recorded once, partial and refused
// payments, arrears with a late fine, members outside the rotation, totals.
#include "tests/support/fund_fixture.h"
#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/models/meeting_sheet_model.h"
#include "ui/models/rotation_columns.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>

using namespace tontine;
using namespace tontine::ui;

namespace {
struct RotationSheet {
    test::FundFixture fund;
    MemberId awa = 0;
    MemberId moussa = 0;
    MemberId fatou = 0;
    MemberId binta = 0; // not in the rotation
    RotationId rotation = 0;
    std::unique_ptr<Session> session;

    RotationSheet()
    {
        awa = fund.addMember("Diop", "Awa");
        moussa = fund.addMember("Ndiaye", "Moussa");
        fatou = fund.addMember("Faye", "Fatou");
        binta = fund.addMember("Sow", "Binta");
        session = std::make_unique<Session>(std::move(fund.book));
    }
    Book& book() { return session->book(); }
    // Awa, Moussa and Fatou hold hands 1–3 of 5 000 F a month from `start`.
    void createRotation(Date start, FineRule fine = {})
    {
        RotationSpec spec;
        spec.name = "Tour des mamans";
        spec.contributionPerHand = 5000;
        spec.start = start;
        spec.hands = {Hand{1, {HandShare{awa, 2}}}, Hand{2, {HandShare{moussa, 2}}}, Hand{3, {HandShare{fatou, 2}}}};
        spec.fixedOrder = {1, 2, 3};
        spec.lateFine = fine;
        rotation = book().createRotation(spec, session->actor());
    }
    void openMeeting() { book().openMeeting(book().cashBalance(), "", session->actor()); }
    QString money(std::int64_t minor) const { return moneyText(minor, session->currency()); }
    RotationState state() { return *book().rotation(rotation); }
    QString key(const char* kind) const { return QStringLiteral("rotation:%1:%2").arg(rotation).arg(QLatin1String(kind)); }
};

QVariant cell(const MeetingSheetModel& model, MemberId member, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(model.rowOf(member), column), role);
}
} // namespace

TEST_CASE("Rotation columns suggest what is due; accepting it records it once, a partial amount is partial")
{
    RotationSheet f;
    f.openMeeting();
    MeetingSheetModel model(*f.session);
    model.addProvider(std::make_unique<RotationColumns>());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.columnOf(QStringLiteral("rotation:1:paid")) == -1); // no rotation yet

    // A rotation created while the meeting is open comes onto the sheet at the next reload.
    FineRule fine;
    fine.kind = FineRule::Kind::Fixed;
    fine.amount = 500;
    f.createRotation(test::FixtureDay, fine);
    model.reload();
    const int due = model.columnOf(f.key("due"));
    const int paid = model.columnOf(f.key("paid"));
    REQUIRE(due >= MeetingSheetModel::FixedColumnCount);
    REQUIRE(paid == due + 1);
    CHECK(model.columnOf(f.key("fine")) == -1); // a fine rule, but nobody is late: no fine column
    CHECK(model.headerData(paid, Qt::Horizontal).toString().contains(QStringLiteral("Tour des mamans")));

    // Every member of the rotation owes this round; the paid cell suggests it, in italics.
    for (MemberId m : {f.awa, f.moussa, f.fatou}) {
        CHECK(cell(model, m, due).toString() == f.money(5000));
        CHECK(cell(model, m, paid).toString() == f.money(5000));
        CHECK(cell(model, m, paid, Qt::EditRole).toString() == QStringLiteral("5000"));
        CHECK(cell(model, m, paid, MeetingSheetModel::SuggestedRole).toBool());
        CHECK(cell(model, m, paid, Qt::FontRole).value<QFont>().italic());
        CHECK(model.flags(model.index(model.rowOf(m), paid)) & Qt::ItemIsEditable);
        CHECK_FALSE(model.flags(model.index(model.rowOf(m), due)) & Qt::ItemIsEditable);
    }
    CHECK(f.book().cashBalance() == 0);
    CHECK(model.totalsText().contains(QStringLiteral("Tour des mamans: collected today %1 / expected today %2")
                                          .arg(f.money(0), f.money(15000))));

    // Accepting Awa's suggestion records exactly 5 000 F for round 1.
    const QModelIndex awaPaid = model.index(model.rowOf(f.awa), paid);
    REQUIRE(model.setData(awaPaid, awaPaid.data(Qt::EditRole)));
    CHECK(paidBy(f.state(), f.awa, 1) == 5000);
    CHECK(f.book().arrears(f.rotation, f.awa, test::FixtureDay).at(0).outstanding == 0);
    CHECK(f.book().cashBalance() == 5000);
    CHECK_FALSE(awaPaid.data(MeetingSheetModel::SuggestedRole).toBool());
    CHECK(awaPaid.data().toString() == f.money(5000));
    CHECK(cell(model, f.awa, due).toString().isEmpty());
    CHECK(awaPaid.data(Qt::ToolTipRole).toString().contains(QStringLiteral("round 1")));
    // Committed again (Enter, then Tab through the open cell): nothing more is recorded.
    const std::int64_t entries = f.book().entryCount();
    REQUIRE(model.setData(awaPaid, awaPaid.data(Qt::EditRole)));
    CHECK(f.book().entryCount() == entries);
    CHECK(f.book().cashBalance() == 5000);

    // Moussa pays part of it: the rest stays due.
    const QModelIndex moussaPaid = model.index(model.rowOf(f.moussa), paid);
    REQUIRE(model.setData(moussaPaid, QStringLiteral("2000")));
    CHECK(paidBy(f.state(), f.moussa, 1) == 2000);
    CHECK(f.book().cashBalance() == 7000);
    CHECK(moussaPaid.data().toString() == f.money(2000));
    CHECK_FALSE(moussaPaid.data(MeetingSheetModel::SuggestedRole).toBool());
    CHECK(cell(model, f.moussa, due).toString() == f.money(3000));
    // The rest later in the meeting: the total for today is typed, the difference recorded.
    REQUIRE(model.setData(moussaPaid, QStringLiteral("5000")));
    CHECK(paidBy(f.state(), f.moussa, 1) == 5000);
    CHECK(f.book().cashBalance() == 10000);

    CHECK(model.totalsText().contains(QStringLiteral("collected today %1 / expected today %2")
                                          .arg(f.money(10000), f.money(15000))));
    CHECK(model.totalsText().contains(QStringLiteral("still due %1").arg(f.money(5000)))); // Fatou's
    CHECK(f.book().verify().ok());
}

TEST_CASE("A payment Book refuses stays typed and marked in the rotation cell and changes nothing")
{
    RotationSheet f;
    f.createRotation(test::FixtureDay);
    f.openMeeting();
    MeetingSheetModel model(*f.session);
    model.addProvider(std::make_unique<RotationColumns>());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy problems(&model, &MeetingSheetModel::problemRaised);
    const int paid = model.columnOf(f.key("paid"));
    const QModelIndex fatouPaid = model.index(model.rowOf(f.fatou), paid);
    const std::int64_t entries = f.book().entryCount();

    // The whole cycle is 15 000 F: 20 000 is more than Fatou owes.
    CHECK_FALSE(model.setData(fatouPaid, QStringLiteral("20000")));
    CHECK(fatouPaid.data(MeetingSheetModel::RefusedRole).toBool());
    CHECK(fatouPaid.data(Qt::EditRole).toString() == QStringLiteral("20000"));
    CHECK_FALSE(fatouPaid.data(MeetingSheetModel::SuggestedRole).toBool());
    CHECK_FALSE(fatouPaid.data(Qt::FontRole).value<QFont>().italic()); // typed, not suggested
    CHECK_FALSE(fatouPaid.data(Qt::ToolTipRole).toString().isEmpty());
    REQUIRE(problems.count() == 1);
    CHECK(problems.at(0).at(0).toString().contains(QStringLiteral("Faye")));
    CHECK_FALSE(problems.at(0).at(0).toString().contains(QLatin1Char('\n')));
    CHECK(f.book().entryCount() == entries);
    CHECK(f.book().cashBalance() == 0);
    CHECK(paidBy(f.state(), f.fatou, 1) == 0);

    // Not an amount: refused the same way. Then a right amount clears the mark.
    CHECK_FALSE(model.setData(fatouPaid, QStringLiteral("5 OOO")));
    CHECK(f.book().entryCount() == entries);
    REQUIRE(model.setData(fatouPaid, QStringLiteral("15000"))); // the whole cycle, in advance
    CHECK_FALSE(fatouPaid.data(MeetingSheetModel::RefusedRole).toBool());
    CHECK(f.book().cashBalance() == 15000);
    CHECK(paidBy(f.state(), f.fatou, 3) == 5000);
    CHECK(fatouPaid.data(Qt::ToolTipRole).toString().contains(QStringLiteral("in advance")));
    // Less than already recorded today is not a way to undo it.
    CHECK_FALSE(model.setData(fatouPaid, QStringLiteral("5000")));
    CHECK(f.book().cashBalance() == 15000);

    // Binta is not in the rotation: her cells are empty and cannot be typed in.
    const int row = model.rowOf(f.binta);
    for (const char* kind : {"due", "paid"}) {
        const QModelIndex at = model.index(row, model.columnOf(f.key(kind)));
        CHECK(at.data().toString().isEmpty());
        CHECK_FALSE(model.flags(at) & Qt::ItemIsEditable);
    }
    CHECK_FALSE(model.setData(model.index(row, paid), QStringLiteral("5000")));
    CHECK(f.book().cashBalance() == 15000);
}

TEST_CASE("Arrears are part of what is due; the late fine they bring is suggested and paid as a rotation fine")
{
    RotationSheet f;
    FineRule fine;
    fine.kind = FineRule::Kind::Fixed;
    fine.amount = 500;
    f.createRotation(Date::fromYmd(2026, 2, 1), fine); // round 1 was a month ago, round 2 is today
    f.openMeeting();
    MeetingSheetModel model(*f.session);
    model.addProvider(std::make_unique<RotationColumns>());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int due = model.columnOf(f.key("due"));
    const int paid = model.columnOf(f.key("paid"));
    const int fineColumn = model.columnOf(f.key("fine"));
    REQUIRE(fineColumn == paid + 1); // Awa and the others are late for round 1: fines may come

    const QModelIndex awaPaid = model.index(model.rowOf(f.awa), paid);
    const QModelIndex awaFine = model.index(model.rowOf(f.awa), fineColumn);
    CHECK(cell(model, f.awa, due).toString() == f.money(10000));
    const QString why = cell(model, f.awa, due, Qt::ToolTipRole).toString();
    CHECK(why.contains(QStringLiteral("2026-02-01")));
    CHECK(why.contains(f.money(500))); // paying now brings the fine
    CHECK(awaPaid.data().toString() == f.money(10000));
    CHECK(awaFine.data().toString().isEmpty()); // no fine owed yet
    CHECK_FALSE(awaFine.data(MeetingSheetModel::SuggestedRole).toBool());

    REQUIRE(model.setData(awaPaid, awaPaid.data(Qt::EditRole)));
    CHECK(f.book().cashBalance() == 10000);
    CHECK(finesOutstanding(f.state(), f.awa) == 500);
    // The fine the late round brought is now suggested in its own cell.
    CHECK(awaFine.data().toString() == f.money(500));
    CHECK(awaFine.data(MeetingSheetModel::SuggestedRole).toBool());
    REQUIRE(model.setData(awaFine, awaFine.data(Qt::EditRole)));
    CHECK(finesOutstanding(f.state(), f.awa) == 0);
    CHECK(f.book().cashBalance() == 10500);
    CHECK_FALSE(awaFine.data(MeetingSheetModel::SuggestedRole).toBool());
    CHECK(awaFine.data().toString() == f.money(500));
    CHECK(model.totalsText().contains(QStringLiteral("fines paid %1").arg(f.money(500))));

    // Moussa pays nothing today: 0 over the suggestion records nothing and the cell says 0, so
    // that committing the cell again later does not record the suggestion after all.
    const QModelIndex moussaPaid = model.index(model.rowOf(f.moussa), paid);
    const std::int64_t entries = f.book().entryCount();
    REQUIRE(model.setData(moussaPaid, QStringLiteral("0")));
    CHECK_FALSE(moussaPaid.data(MeetingSheetModel::SuggestedRole).toBool());
    CHECK(moussaPaid.data().toString() == f.money(0));
    REQUIRE(model.setData(moussaPaid, moussaPaid.data(Qt::EditRole)));
    CHECK(f.book().entryCount() == entries);
    CHECK(cell(model, f.moussa, due).toString() == f.money(10000));
    CHECK(model.totalsText().contains(QStringLiteral("collected today %1 / expected today %2")
                                          .arg(f.money(10000), f.money(30000))));
}

TEST_CASE("After the round is paid out at the meeting, with a shortfall advanced, the sheet still reads")
{
    RotationSheet f;
    RotationSpec spec;
    spec.name = "Tour des mamans";
    spec.contributionPerHand = 5000;
    spec.start = test::FixtureDay;
    spec.hands = {Hand{1, {HandShare{f.awa, 2}}}, Hand{2, {HandShare{f.moussa, 2}}}, Hand{3, {HandShare{f.fatou, 2}}}};
    spec.fixedOrder = {1, 2, 3};
    spec.shortfall = ShortfallRule::Advance;
    f.rotation = f.book().createRotation(spec, f.session->actor());
    f.book().recordOpeningSavings(f.binta, 5000, f.session->actor()); // what the fund advances from
    f.openMeeting();
    MeetingSheetModel model(*f.session);
    model.addProvider(std::make_unique<RotationColumns>());
    const int paid = model.columnOf(f.key("paid"));
    REQUIRE(paid >= 0);
    REQUIRE(model.setData(model.index(model.rowOf(f.awa), paid), QStringLiteral("5000")));
    REQUIRE(model.setData(model.index(model.rowOf(f.moussa), paid), QStringLiteral("5000")));
    const QString before = model.totalsText();
    CHECK(before.contains(QStringLiteral("expected today %1").arg(f.money(15000))));

    // Fatou has not paid: the fund advances her 5 000 F and Awa takes the pot, all today.
    f.book().payout(f.rotation, 1, f.session->actor());
    model.reload(); // a doctored "before the meeting" state must still be one the engine accepts
    CHECK(model.totalsText().contains(QStringLiteral("expected today %1").arg(f.money(15000))));
    CHECK(cell(model, f.awa, paid).toString() == f.money(5000));
    CHECK(f.state().outcome(1)->paidOut);
}
