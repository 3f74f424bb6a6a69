// The meetings page puts the rotation columns on its sheet, and they are typed like the rest:
// Tab reaches the paid cell, Enter on a suggested amount records it once and goes down.
#include "tests/support/fund_fixture.h"
#include "ui/app/session.h"
#include "ui/models/meeting_sheet_model.h"
#include "ui/pages/meetings_page.h"
#include "ui/widgets/meeting_sheet_view.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace tontine;
using namespace tontine::ui;

TEST_CASE("On the meetings page, Enter records a rotation's suggested amount once and Tab reaches its cells")
{
    test::FundFixture fund;
    const MemberId awa = fund.addMember("Diop", "Awa");
    const MemberId moussa = fund.addMember("Ndiaye", "Moussa");
    const MemberId fatou = fund.addMember("Faye", "Fatou");
    RotationSpec spec;
    spec.name = "Tour";
    spec.contributionPerHand = 5000;
    spec.start = test::FixtureDay;
    spec.hands = {Hand{1, {HandShare{awa, 2}}}, Hand{2, {HandShare{moussa, 2}}}, Hand{3, {HandShare{fatou, 2}}}};
    spec.fixedOrder = {1, 2, 3};
    const RotationId id = fund.book->createRotation(spec, fund.actor());
    fund.book->openMeeting(0, "", fund.actor());
    Session session(std::move(fund.book));
    MeetingsPage page(session);
    page.resize(1366, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto* view = page.findChild<MeetingSheetView*>(QStringLiteral("meetingSheet"));
    REQUIRE(view);
    MeetingSheetModel& model = *page.sheet();
    const int duesPaid = model.columnOf(QStringLiteral("paidToday"));
    const int paid = model.columnOf(QStringLiteral("rotation:%1:paid").arg(id));
    REQUIRE(paid > duesPaid);
    REQUIRE(model.rowOf(awa) == 0);

    // Tab goes from the dues payment to the rotation payment, over the amount due, and moving
    // onto a suggestion records nothing.
    const std::int64_t entries = session.book().entryCount();
    view->setFocus();
    view->setCurrentIndex(model.index(0, duesPaid));
    QTest::keyClick(view, Qt::Key_Tab);
    CHECK(view->currentIndex() == model.index(0, paid));
    CHECK(session.book().entryCount() == entries);

    // Enter accepts the suggestion: 5 000 F recorded once, and on to the next member.
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(session.book().entryCount() == entries + 1);
    CHECK(session.book().cashBalance() == 5000);
    CHECK(paidBy(*session.book().rotation(id), awa, 1) == 5000);
    CHECK(view->currentIndex() == model.index(1, paid));
    auto* totals = page.findChild<QLabel*>(QStringLiteral("totals"));
    REQUIRE(totals);
    CHECK(totals->text().contains(QStringLiteral("Tour: collected today")));

    // Back on Awa's cell (now recorded, not suggested), Enter opens it; Enter again changes nothing.
    view->setCurrentIndex(model.index(0, paid));
    QTest::keyClick(view, Qt::Key_Return);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(editor);
    CHECK(editor->text() == QStringLiteral("5000"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(50); // the delegate commits on a queued call
    CHECK(session.book().entryCount() == entries + 1);

    // In an open cell, Tab accepts the suggestion too (once) and goes on to the next cell.
    view->setCurrentIndex(model.index(1, paid));
    QTest::keyClick(view, Qt::Key_F2);
    editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(editor);
    CHECK(editor->text() == QStringLiteral("5000"));
    QTest::keyClick(editor, Qt::Key_Tab);
    QTest::qWait(50);
    CHECK(session.book().entryCount() == entries + 2);
    CHECK(paidBy(*session.book().rotation(id), moussa, 1) == 5000);
    CHECK(view->currentIndex().row() == 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);

    // A digit opens Fatou's cell for a partial amount instead.
    view->setCurrentIndex(model.index(2, paid));
    QTest::keyClick(view, Qt::Key_2);
    editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(editor);
    QTest::keyClicks(editor, QStringLiteral("000"));
    CHECK(editor->text() == QStringLiteral("2000"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(50);
    CHECK(paidBy(*session.book().rotation(id), fatou, 1) == 2000);
    CHECK(session.book().cashBalance() == 12000);
    CHECK(session.book().entryCount() == entries + 3);
}

TEST_CASE("Enter down a rotation's column skips the members who are not in it")
{
    test::FundFixture fund;
    const MemberId awa = fund.addMember("Diop", "Awa");
    const MemberId moussa = fund.addMember("Ndiaye", "Moussa"); // not in the rotation
    const MemberId fatou = fund.addMember("Faye", "Fatou");
    RotationSpec spec;
    spec.name = "Tour";
    spec.contributionPerHand = 5000;
    spec.start = test::FixtureDay;
    spec.hands = {Hand{1, {HandShare{awa, 2}}}, Hand{2, {HandShare{fatou, 2}}}};
    spec.fixedOrder = {1, 2};
    const RotationId id = fund.book->createRotation(spec, fund.actor());
    fund.book->openMeeting(0, "", fund.actor());
    Session session(std::move(fund.book));
    MeetingsPage page(session);
    page.resize(1366, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto* view = page.findChild<MeetingSheetView*>(QStringLiteral("meetingSheet"));
    REQUIRE(view);
    MeetingSheetModel& model = *page.sheet();
    const int paid = model.columnOf(QStringLiteral("rotation:%1:paid").arg(id));
    REQUIRE(paid >= 0);
    REQUIRE(model.rowOf(moussa) == 1);
    CHECK_FALSE(model.flags(model.index(1, paid)) & Qt::ItemIsEditable);

    view->setFocus();
    view->setCurrentIndex(model.index(model.rowOf(awa), paid));
    QTest::keyClick(view, Qt::Key_Return); // Awa's suggestion, then straight to Fatou
    CHECK(view->currentIndex() == model.index(model.rowOf(fatou), paid));
    QTest::keyClick(view, Qt::Key_Return);
    const RotationState state = *session.book().rotation(id);
    CHECK(paidBy(state, awa, 1) == 5000);
    CHECK(paidBy(state, fatou, 1) == 5000);
    CHECK(session.book().cashBalance() == 10000);
    // At the last member Enter records and stays put.
    CHECK(view->currentIndex() == model.index(model.rowOf(fatou), paid));
}
