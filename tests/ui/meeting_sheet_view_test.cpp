#include "tests/support/fund_fixture.h"
#include "ui/app/session.h"
#include "ui/models/meeting_sheet_model.h"
#include "ui/pages/meetings_page.h"
#include "ui/widgets/meeting_sheet_view.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QTest>

using namespace tontine;
using namespace tontine::ui;

TEST_CASE("The meeting sheet is typed with the keyboard: a letter records attendance, Tab and Enter move on")
{
    test::FundFixture fund;
    const MemberId awa = fund.addMember("Diop", "Awa");
    const MemberId moussa = fund.addMember("Ndiaye", "Moussa");
    fund.book->setMeetingRules(MeetingRules{500, 1000, 0}, fund.actor());
    fund.book->openMeeting(0, "", fund.actor());
    Session session(std::move(fund.book));
    MeetingsPage page(session);
    page.resize(1200, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto* view = page.findChild<MeetingSheetView*>(QStringLiteral("meetingSheet"));
    REQUIRE(view);
    MeetingSheetModel& model = *page.sheet();
    const int attendance = model.columnOf(QStringLiteral("attendance"));
    const int paid = model.columnOf(QStringLiteral("paidToday"));
    REQUIRE(model.rowOf(awa) == 0);
    REQUIRE(model.rowOf(moussa) == 1);

    view->setFocus();
    view->setCurrentIndex(model.index(0, attendance));
    // "L" records Late for the first member and goes down to the next.
    QTest::keyClick(view, Qt::Key_L);
    const auto recorded = session.book().attendance(model.meeting()->id);
    REQUIRE(recorded.size() == 1);
    CHECK(recorded[0].member == awa);
    CHECK(recorded[0].status == AttendanceStatus::Late);
    CHECK(view->currentIndex() == model.index(1, attendance));
    QTest::keyClick(view, Qt::Key_A);
    CHECK(session.book().attendance(model.meeting()->id).size() == 2);

    // Tab skips the computed cells: from the first attendance to the first payment.
    view->setCurrentIndex(model.index(0, attendance));
    QTest::keyClick(view, Qt::Key_Tab);
    CHECK(view->currentIndex() == model.index(0, paid));
    // Typing opens the cell; Enter records the payment and goes to the next member.
    QTest::keyClick(view, Qt::Key_5);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(editor);
    QTest::keyClicks(editor, QStringLiteral("00"));
    CHECK(editor->text() == QStringLiteral("500"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(50); // the delegate commits on a queued call
    CHECK(session.book().dues(awa, true).empty());
    CHECK(view->currentIndex() == model.index(1, paid));
}
