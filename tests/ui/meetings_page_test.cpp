#include "tests/support/fund_fixture.h"
#include "ui/app/session.h"
#include "ui/convert.h"
#include "ui/dialogs/cash_count_dialog.h"
#include "ui/dialogs/meeting_summary_dialog.h"
#include "ui/models/meeting_list_model.h"
#include "ui/models/meeting_sheet_model.h"
#include "ui/pages/meetings_page.h"
#include "ui/pages/settings_page.h"
#include "ui/widgets/meeting_rules_box.h"
#include "ui/widgets/meeting_summary_view.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

#include <functional>

using namespace tontine;
using namespace tontine::ui;

namespace {
struct PageFixture {
    test::FundFixture fund;
    MemberId awa = 0;
    std::unique_ptr<Session> session;
    PageFixture()
    {
        awa = fund.addMember("Diop", "Awa");
        fund.book->recordOpeningSavings(awa, 20000, fund.actor());
        fund.book->setMeetingRules(MeetingRules{500, 1000, 0}, fund.actor());
        session = std::make_unique<Session>(std::move(fund.book));
    }
    Book& book() { return session->book(); }
    void setDay(int month, int day)
    {
        fund.clock.set(Date::fromYmd(2026, month, day), "2026-01-01T10:00:00Z");
    }
    // Counts the cash through the dialog; returns whether it was accepted.
    bool count(CashCountDialog::Mode mode, const QString& counted, const QString& note = {})
    {
        CashCountDialog dialog(*session, mode);
        dialog.findChild<QLineEdit*>(QStringLiteral("counted"))->setText(counted);
        dialog.findChild<QLineEdit*>(QStringLiteral("note"))->setText(note);
        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    }
};
} // namespace

TEST_CASE("Opening a meeting through the dialog: a difference needs a note")
{
    PageFixture f;
    MeetingsPage page(*f.session);
    CHECK_FALSE(page.showsSheet());
    const std::int64_t entries = f.book().entryCount();

    CashCountDialog dialog(*f.session, CashCountDialog::Mode::Open);
    auto* expected = dialog.findChild<QLabel*>(QStringLiteral("expected"));
    REQUIRE(expected);
    CHECK(expected->text().contains(moneyText(20000, f.session->currency())));
    dialog.findChild<QLineEdit*>(QStringLiteral("counted"))->setText(QStringLiteral("19500"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.problemFor(QStringLiteral("openingNote")).isEmpty());
    CHECK_FALSE(f.book().currentMeeting());
    CHECK(f.book().entryCount() == entries);

    // Not an amount: said next to the count.
    dialog.findChild<QLineEdit*>(QStringLiteral("counted"))->setText(QStringLiteral("19 5OO"));
    dialog.accept();
    CHECK_FALSE(dialog.problemFor(QStringLiteral("openingCounted")).isEmpty());
    CHECK_FALSE(f.book().currentMeeting());

    dialog.findChild<QLineEdit*>(QStringLiteral("counted"))->setText(QStringLiteral("19500"));
    dialog.findChild<QLineEdit*>(QStringLiteral("note"))->setText(QStringLiteral("500 F lent for transport"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto open = f.book().currentMeeting();
    REQUIRE(open);
    CHECK(open->id == dialog.meetingId());
    CHECK(open->openingCounted == 19500);
    CHECK(open->openingNote == "500 F lent for transport");
    // The page follows: the sheet with the member, and the cash the books now expect.
    CHECK(page.showsSheet());
    CHECK(page.sheet()->rowCount() == 1);
    auto* cash = page.findChild<QLabel*>(QStringLiteral("cashExpected"));
    REQUIRE(cash);
    CHECK(cash->text().contains(moneyText(19500, f.session->currency())));
    auto* totals = page.findChild<QLabel*>(QStringLiteral("totals"));
    REQUIRE(totals);
    CHECK(totals->text().contains(QStringLiteral("not marked yet: 1")));
    REQUIRE(page.sheet()->setData(page.sheet()->index(0, page.sheet()->columnOf(QStringLiteral("attendance"))),
                                  QStringLiteral("present")));
    CHECK(totals->text().contains(QStringLiteral("not marked yet: 0")));
}

TEST_CASE("Closing through the dialog shows the summary with the chain head to copy")
{
    PageFixture f;
    MeetingsPage page(*f.session);
    REQUIRE(f.count(CashCountDialog::Mode::Open, QStringLiteral("20000")));
    const MeetingId id = f.book().currentMeeting()->id;
    MeetingSheetModel& sheet = *page.sheet();
    const int row = sheet.rowOf(f.awa);
    REQUIRE(sheet.setData(sheet.index(row, sheet.columnOf(QStringLiteral("attendance"))), QStringLiteral("late")));
    REQUIRE(sheet.setData(sheet.index(row, sheet.columnOf(QStringLiteral("paidToday"))), QStringLiteral("500")));

    // Everyone is marked: no warning before closing.
    CHECK(CashCountDialog(*f.session, CashCountDialog::Mode::Close).findChild<QLabel*>(QStringLiteral("unmarked")) == nullptr);
    // A count that differs with no note: refused, still open.
    CHECK_FALSE(f.count(CashCountDialog::Mode::Close, QStringLiteral("20000")));
    CHECK(f.book().currentMeeting());
    REQUIRE(f.count(CashCountDialog::Mode::Close, QStringLiteral("20500")));
    CHECK_FALSE(f.book().currentMeeting());
    CHECK_FALSE(page.showsSheet());

    MeetingSummaryDialog summary(*f.session, id);
    const std::string head = f.book().meetingSummary(id).chainHead;
    REQUIRE_FALSE(head.empty());
    CHECK(summary.view()->chainHead() == toQt(head));
    const QString shown = summary.view()->toPlainText();
    CHECK(shown.contains(toQt(head)));
    CHECK(shown.contains(QStringLiteral("copy this chain head")));
    CHECK(shown.contains(QStringLiteral("Diop")));
    CHECK(shown.contains(moneyText(500, f.session->currency())));
}

TEST_CASE("Choosing a past meeting shows its summary")
{
    PageFixture f;
    f.setDay(4, 1);
    REQUIRE(f.count(CashCountDialog::Mode::Open, QStringLiteral("20000")));
    const MeetingId first = f.book().currentMeeting()->id;
    f.book().recordAttendance(first, f.awa, AttendanceStatus::Absent, f.session->actor());
    REQUIRE(f.count(CashCountDialog::Mode::Close, QStringLiteral("20000")));
    const std::string firstHead = f.book().meetingSummary(first).chainHead;
    f.setDay(5, 1);
    REQUIRE(f.count(CashCountDialog::Mode::Open, QStringLiteral("20000")));
    const MeetingId second = f.book().currentMeeting()->id;
    REQUIRE(f.count(CashCountDialog::Mode::Close, QStringLiteral("20000")));

    MeetingsPage page(*f.session);
    CHECK_FALSE(page.showsSheet());
    REQUIRE(page.list()->rowCount() == 2);
    // Newest first, and it is the one shown.
    CHECK(page.list()->rowAt(0)->meeting.id == second);
    CHECK(page.summaryView()->chainHead() == toQt(f.book().meetingSummary(second).chainHead));

    page.selectMeeting(first);
    CHECK(page.summaryView()->chainHead() == toQt(firstHead));
    CHECK(page.summaryView()->toPlainText().contains(QStringLiteral("2026-04-01")));
    CHECK(page.summaryView()->toPlainText().contains(QStringLiteral("Absent")));
    const int row = page.list()->rowOf(first);
    CHECK(page.list()->data(page.list()->index(row, MeetingListModel::ChainHead)).toString() == toQt(firstHead));
}

TEST_CASE("The meeting rules on the settings page are saved through Book")
{
    PageFixture f;
    SettingsPage page(*f.session);
    auto* box = page.findChild<MeetingRulesBox*>(QStringLiteral("meetingRules"));
    REQUIRE(box);
    auto* late = box->findChild<QLineEdit*>(QStringLiteral("fineLate"));
    auto* excused = box->findChild<QLineEdit*>(QStringLiteral("fineExcused"));
    REQUIRE(late);
    REQUIRE(excused);
    CHECK(late->text() == QStringLiteral("500"));

    late->setText(QStringLiteral("lots"));
    box->save();
    CHECK_FALSE(box->problemFor(QStringLiteral("fineLate")).isEmpty());
    CHECK(f.book().meetingRules().fineLate == 500);

    late->setText(QStringLiteral("250"));
    excused->setText(QStringLiteral("100"));
    box->save();
    CHECK(box->problemFor(QStringLiteral("fineLate")).isEmpty());
    CHECK(f.book().meetingRules().fineLate == 250);
    CHECK(f.book().meetingRules().fineExcused == 100);
    CHECK(f.book().meetingRules().fineAbsent == 1000);
}

TEST_CASE("Closing from the meetings page counts the cash, then shows the summary with the chain head")
{
    PageFixture f;
    REQUIRE(f.count(CashCountDialog::Mode::Open, QStringLiteral("20000")));
    const MeetingId id = f.book().currentMeeting()->id;
    MeetingsPage page(*f.session);
    REQUIRE(page.showsSheet());
    {
        CashCountDialog unmarked(*f.session, CashCountDialog::Mode::Close);
        auto* warning = unmarked.findChild<QLabel*>(QStringLiteral("unmarked"));
        REQUIRE(warning);
        CHECK(warning->text().contains(QStringLiteral("1 member")));
    }

    // The count dialog first, then the summary (no REQUIRE in timers: Catch must not throw
    // through Qt's event loop).
    bool counted = false;
    QString summaryHead;
    QString summaryText;
    int tries = 0;
    std::function<void()> answer = [&] {
        if (++tries > 40)
            return; // gives up rather than outlive the test
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* dialog = qobject_cast<CashCountDialog*>(modal)) {
            dialog->findChild<QLineEdit*>(QStringLiteral("counted"))->setText(QStringLiteral("20000"));
            dialog->accept();
            counted = dialog->result() == QDialog::Accepted;
            QTimer::singleShot(30, qApp, answer);
        } else if (auto* summary = qobject_cast<MeetingSummaryDialog*>(modal)) {
            summaryHead = summary->view()->chainHead();
            summaryText = summary->view()->toPlainText();
            summary->reject();
        } else if (modal) {
            QTimer::singleShot(30, qApp, answer);
        }
    };
    QTimer::singleShot(30, qApp, answer);
    page.closeMeeting();

    CHECK(counted);
    CHECK_FALSE(f.book().currentMeeting());
    CHECK_FALSE(page.showsSheet());
    const QString head = toQt(f.book().meetingSummary(id).chainHead);
    CHECK(summaryHead == head);
    CHECK(summaryText.contains(QStringLiteral("copy this chain head")));
    // Back on the page, the meeting just closed is the one chosen in the list.
    CHECK(page.summaryView()->chainHead() == head);
}

TEST_CASE("A meeting held on paper is typed in later under its own date")
{
    PageFixture f;
    MeetingsPage page(*f.session);
    f.setDay(1, 20); // the laptop's today; the meeting was held on the 10th

    CashCountDialog dialog(*f.session, CashCountDialog::Mode::Open);
    auto* date = dialog.findChild<QDateEdit*>(QStringLiteral("date"));
    REQUIRE(date);
    CHECK(date->date() == QDate(2026, 1, 20)); // today by default
    CHECK(date->maximumDate() == QDate(2026, 1, 20)); // never a meeting that has not happened
    date->setDate(QDate(2026, 1, 10));
    dialog.findChild<QLineEdit*>(QStringLiteral("counted"))->setText(QStringLiteral("20000"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(f.book().currentMeeting());
    CHECK(f.book().currentMeeting()->date == Date::fromYmd(2026, 1, 10));

    // Everything typed into the sheet belongs to that meeting and counts for its date.
    CHECK(f.session->actor().date == Date::fromYmd(2026, 1, 10));
    MeetingSheetModel& sheet = *page.sheet();
    const int row = sheet.rowOf(f.awa);
    REQUIRE(sheet.setData(sheet.index(row, sheet.columnOf(QStringLiteral("attendance"))), QStringLiteral("late")));
    REQUIRE(sheet.setData(sheet.index(row, sheet.columnOf(QStringLiteral("paidToday"))), QStringLiteral("500")));
    CHECK_FALSE(sheet.hasRefused());
    CHECK(f.book().cashBalance() == 20500);
    REQUIRE(f.count(CashCountDialog::Mode::Close, QStringLiteral("20500")));
    CHECK_FALSE(f.book().currentMeeting());
    CHECK(f.session->actor().date == Date::fromYmd(2026, 1, 20));

    // The next meeting can only come after it.
    CashCountDialog next(*f.session, CashCountDialog::Mode::Open);
    auto* nextDate = next.findChild<QDateEdit*>(QStringLiteral("date"));
    REQUIRE(nextDate);
    CHECK(nextDate->minimumDate() == QDate(2026, 1, 11));
}
